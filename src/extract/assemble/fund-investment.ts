import { isCurrencyCode, type Metric } from "../../core/index.js";
import { optionalHedge } from "../lexicon.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** An investing verb or noun just before the figure: "prévoit d'investir 20 milliards", "plans to invest $5bn". */
const INVEST_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:invest(?:ir|it|ira|iront|irait|issent|i|is|ie|ies|s|ed|ing)?|investissements?\s+(?:de|d['’])|investments?\s+of)\s*[«"“]?\s*${optionalHedge(["approx", "at_least", "up_to"])}(?:US)?[$€£]?\s*$`,
  "iu",
);

/** An investing word right after the figure: "150 milliards d'euros investis", "$5bn invested", "$5bn of investment". */
const INVEST_AFTER =
  /^\s*(?:(?:déjà|already)\s+)?(?:investi(?:s|es?)?|invested|d['’]investissements?|of\s+investments?|in\s+investments?)(?!\p{L})/iu;

/** The metrics an investor's money is misread as: spending, a plan, a deal named by a generic word. */
const READ_AS_SPENDING: ReadonlySet<Metric | null> = new Set<Metric | null>([
  "capex",
  "compute_commitment",
  "total_expenses",
  "compute_spending_target",
]);

/** Capital expenditure or costs named as such ("capex", "expenses", "charges"): the investor's own books, kept. */
const NAMED_CAPEX =
  /capex|capital\s+(?:expenditure|spending)|dépenses\s+(?:d['’]investissement|en\s+capital)|expenses|costs|coûts|charges|frais/iu;

/** A site, a build-out or a compute purchase in the figure's own phrase: "15 milliards pour de nouveaux centres de données". */
const SITE_OR_COMPUTE =
  /\b(?:centres?\s+de\s+données|data[\s-]*cent(?:er|re)s?|infrastructures?|campus|supercalculateurs?|supercomput\p{L}*|serveurs|servers|usines|plants|fabs|cloud|puces|chips|GPUs?|gigawatts?|capacit\p{L}*|contrats?|contracts?|loyers?|leases?)\b/iu;

/**
 * "Le fonds Brookfield prévoit d'investir 20 milliards d'euros dans les infrastructures d'IA",
 * "Blackstone plans to invest $25 billion in data centres", "Brookfield a promis 20 milliards d'ici
 * 2030, en grande partie pour des centres de données", "Lightspeed contributed $1 billion, a person
 * familiar with the deal said": an investor (fund, asset manager, sovereign fund) puts money into
 * assets or companies others run. Its money governed by an investing word, or whose own phrase names
 * no site, build-out or compute bought, is an investment, not spending of its own; a sum its own
 * phrase ties to sites ("15 milliards pour de nouveaux centres de données") stays those sites' capex.
 */
export function reviseFundInvestment(r: DocumentReading, _s: SentenceReading, f: FigureReading): void {
  const { candidate, q, clauseStart, clauseEnd } = f;
  if (!READ_AS_SPENDING.has(candidate.metric) || !candidate.entity || !isCurrencyCode(candidate.unit)) return;
  if (!candidate.entity.split("+").every((member) => r.gazetteer.roles.get(member) === "investor")) return;
  const word = candidate.metricAt ? r.text.slice(candidate.metricAt.start, candidate.metricAt.end) : "";
  if (NAMED_CAPEX.test(word)) return;
  const before = r.text.slice(Math.max(clauseStart, q.span.start - 60), q.span.start);
  const after = r.text.slice(q.span.end, Math.min(clauseEnd, q.span.end + 40));
  if (INVEST_BEFORE.test(before) || INVEST_AFTER.test(after)) {
    f.rules.push(`metric: ${candidate.entity} is an investor; the money it invests in sites → investment`);
    candidate.metric = "investment";
    return;
  }
  const phrase = r.text.slice(q.span.end, clauseEnd).split(/[,;:()—–]/u, 1)[0]!;
  if (SITE_OR_COMPUTE.test(phrase)) return;
  f.rules.push(
    `metric: ${candidate.entity} is an investor; its money, tied to no site of its own → investment`,
  );
  candidate.metric = "investment";
  const raising = r.latestRound?.entity;
  if (!candidate.counterparty && raising && !candidate.entity.split("+").includes(raising)) {
    candidate.counterparty = raising;
    f.rules.push(`counterparty: the investee is the company raising the round just reported → ${raising}`);
  }
}
