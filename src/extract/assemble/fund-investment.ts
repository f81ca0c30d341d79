import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** An investing verb or noun just before the figure: "prévoit d'investir 20 milliards", "plans to invest $5bn". */
const INVEST_BEFORE =
  /(?<!\p{L})(?:invest(?:ir|it|ira|iront|irait|issent|i|is|ie|ies|s|ed|ing)?|investissements?\s+(?:de|d['’])|investments?\s+of)\s*[«"“]?\s*(?:(?:jusqu['’]à|up\s+to|about|around|some|nearly|environ|près\s+de|quelque|plus\s+de|more\s+than)\s+)?(?:US)?[$€£]?\s*$/iu;

/** An investing word right after the figure: "150 milliards d'euros investis", "$5bn invested", "$5bn of investment". */
const INVEST_AFTER =
  /^\s*(?:(?:déjà|already)\s+)?(?:investi(?:s|es?)?|invested|d['’]investissements?|of\s+investments?|in\s+investments?)(?!\p{L})/iu;

/**
 * "Le fonds Brookfield prévoit d'investir 20 milliards d'euros dans les infrastructures d'IA",
 * "Blackstone plans to invest $25 billion in data centres": an investor (fund, asset manager,
 * sovereign fund) puts money into assets others run; its money for sites, governed by an investing
 * word, is an investment, not capital expenditure of its own.
 */
export function reviseFundInvestment(r: DocumentReading, _s: SentenceReading, f: FigureReading): void {
  const { candidate, q, clauseStart, clauseEnd } = f;
  if (candidate.metric !== "capex" || !candidate.entity) return;
  if (!candidate.entity.split("+").every((member) => r.gazetteer.roles.get(member) === "investor")) return;
  const before = r.text.slice(Math.max(clauseStart, q.span.start - 60), q.span.start);
  const after = r.text.slice(q.span.end, Math.min(clauseEnd, q.span.end + 40));
  if (!INVEST_BEFORE.test(before) && !INVEST_AFTER.test(after)) return;
  f.rules.push(`metric: ${candidate.entity} is an investor; the money it invests in sites → investment`);
  candidate.metric = "investment";
}
