import type { Language } from "../../core/index.js";
import { DEAL_NOUNS } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import { firstMatch, hasMatch } from "../patterns.js";
import type { Decision } from "./qualifier.js";
import type { FigureReading, SentenceReading } from "./types.js";

/**
 * When supply under a deal begins, right after the chips or capacity: "12,000 GPUs starting in Q1 2027",
 * "with deployment beginning in early 2027", "à partir du second semestre", "dès 2027", "devrait débuter".
 */
const SCHEDULE_AFTER =
  /^[^.;!?]{0,90}?(?<!\p{L})(?:(?:starting|beginning|commencing)\s+(?:in|from|on|at|with|mid|early|late|Q[1-4])(?!\p{L})|(?:deployments?|deliver(?:y|ies)|shipments?|roll-?out)\s+(?:beginning|starting|to\s+(?:begin|start))|à\s+partir\s+d(?:e|u|es|['’])|dès\s+(?:le|la|l['’]|les|\d|début|fin|cette|l['’]an)|devrai(?:t|ent)\s+(?:débuter|commencer|démarrer)|(?:débuter|commencer|démarrer)(?:a|ont)(?!\p{L}))/iu;

/** Words of a supply signed for, beside the deal nouns: a lease, an option, "signed", « fourni ». */
const SUPPLY_SIGNED_FOR: Readonly<Record<Language, string>> = {
  en: "leas(?:e|ed|es|ing)|options?|signed|supply",
  fr: String.raw`sign(?:é|ée|és|ées)|fourni\p{L}*`,
};

/** A deal or a supply signed for named near the figure: what it schedules is its term. */
const DEAL_OR_SUPPLY_NEAR = new RegExp(
  String.raw`(?<!\p{L})(?:${DEAL_NOUNS.en}|${SUPPLY_SIGNED_FOR.en}|${DEAL_NOUNS.fr}|${SUPPLY_SIGNED_FOR.fr})(?!\p{L})`,
  "iu",
);

/** How far before the sentence a deal may have been named (the previous sentence or a list's lead-in). */
const DEAL_REACH = 600;

/** The deal itself as the subject of "prévoit", "provides for", "calls for": the terms it sets, not a plan. */
const DEAL_PROVIDES = new RegExp(
  String.raw`(?<!\p{L})(?:${DEAL_NOUNS.en}|${DEAL_NOUNS.fr})(?!\p{L})[^.;!?]{0,90}?(?<!\p{L})(?:prévoi(?:t|ent)|provides?\s+for|calls?\s+for|porte(?:nt)?\s+sur|covers?)(?!\p{L})[^.;!?]*$`,
  "iu",
);

/** The company's own plan word before the figure: "prévoit d'exploiter", "plans to deploy", "aims to". */
const OWN_PLAN =
  /(?<!\p{L})(?:prévoi(?:t|ent)\s+d['’e]|(?:envisage\p{L}*|vise\p{L}*|ambitionne\p{L}*|compte\s+\p{L}+er|plans?\s+to|planning\s+to|aims?\s+to|intends?\s+to|expects?\s+to|hopes?\s+to|targets?)(?!\p{L}))/iu;

/**
 * Chips or capacity a deal supplies, dated by when supply begins ("Nscale will deliver 12,000 GPUs starting
 * in Q1 2027", « 1 GW … dès le second semestre 2027 »), and any deal figure the agreement itself "provides
 * for" (« le contrat prévoit la mise en service de 3 GW », "the agreement calls for 4 GW"): terms of a signed
 * deal (CLAIMS.md §7, commitment), not the company's forecast. The company's own plan word keeps a target.
 */
export function reviseByDealSchedule(
  text: string,
  s: SentenceReading,
  f: FigureReading,
  qualifier: Decision,
): void {
  const { candidate, q } = f;
  if (qualifier.qualifier !== "target" || !candidate.metric || !metricIs(candidate.metric, "deal")) return;
  const before = text.slice(s.sentence.start, q.span.start);
  const provides = firstMatch(DEAL_PROVIDES, before);
  if (provides && !hasMatch(OWN_PLAN, provides[0])) {
    qualifier.qualifier = "commitment";
    qualifier.rule = "a figure the deal itself provides for is one of its terms → commitment";
    return;
  }
  if (!metricIs(candidate.metric, "computeDeal") || hasMatch(OWN_PLAN, before)) return;
  const schedule = firstMatch(SCHEDULE_AFTER, text.slice(q.span.end, s.sentence.end));
  if (!schedule) return;
  const dealNear =
    candidate.counterparty !== null ||
    hasMatch(DEAL_OR_SUPPLY_NEAR, text.slice(Math.max(0, s.sentence.start - DEAL_REACH), s.sentence.end));
  if (!dealNear) return;
  qualifier.qualifier = "commitment";
  qualifier.rule = "chips or capacity a deal supplies, dated by when supply begins → commitment";
}
