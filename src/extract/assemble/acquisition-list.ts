/**
 * Prices in a list of companies one acquirer bought: « avec OpenAI comme principal acquéreur, incluant
 * io (6 milliards) et Windsurf (3 milliards) », "Zorbex, the busiest buyer, including Quillon ($2
 * billion)", "its acquisitions of Quillon ($2bn) and Brevo ($1bn)". The figure in brackets after a
 * company is the price its acquirer paid (CLAIMS.md §6: acquirer → company bought), not that company's
 * revenue.
 */

import { isCurrencyCode } from "../../core/index.js";
import { optionalHedge } from "../lexicon.js";
import { firstMatch } from "../patterns.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** The acquirer named by its role: "comme principal acquéreur", ", acquéreur de", "as the top buyer". */
export const ACQUIRER_ROLE =
  /(?:\b(?:comme|as|en\s+tant\s+qu['’]|the|le)\s*(?:(?:principal|premier|plus\s+gros|grand|main|top|biggest|largest|leading|busiest|most\s+active)\s+)*(?:acquéreur|acheteur|acquirer|buyer)s?|,\s*(?:(?:principal|premier|grand)\s+)?(?:acquéreur|acheteur)\s+(?:de|d['’]|des)|\b(?:acquisitions?|rachats?|achats?|purchases?)\s+(?:of|de|d['’]|des|including|incluant|dont|notamment|such\s+as|like|comme))(?!\p{L})/iu;

/** From the company bought to its figure: "io (", "Windsurf ( ". */
const BRACKET_AFTER_NAME = new RegExp(
  String.raw`^\s*\(\s*${optionalHedge(["approx"])}(?:US)?[$€£]?\s*$`,
  "iu",
);

/** The company just before the figure's bracket, and the acquirer named before the role word. */
function acquisitionParties(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
): { acquirer: Party; bought: Party } | null {
  const companies = s.parties.filter((p) => p.kind === "company" && p.end <= f.q.span.start);
  const bought = companies.at(-1);
  if (!bought || !BRACKET_AFTER_NAME.test(r.text.slice(bought.end, f.q.span.start))) return null;
  const lead = r.text.slice(s.sentence.start, bought.start);
  const role = firstMatch(ACQUIRER_ROLE, lead);
  if (!role) return null;
  const roleAt = s.sentence.start + role.index;
  const acquirer = companies.findLast((p) => p.end <= roleAt + 1 && roleAt - p.end <= 30);
  if (!acquirer || acquirer.canonical === bought.canonical) return null;
  // Another company between the role and the one bought would be bought too, never the acquirer.
  return { acquirer, bought };
}

/** A figure bracketed after a company an acquirer bought: the acquirer's acquisition price, that company its counterparty. */
export function reviseAcquisitionList(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (!isCurrencyCode(candidate.unit)) return;
  const parties = acquisitionParties(r, s, f);
  if (!parties) return;
  const { acquirer, bought } = parties;
  f.rules.push(
    `metric: ${bought.canonical} is listed among what ${acquirer.canonical} bought → acquisition_price, ${acquirer.canonical} → ${bought.canonical}`,
  );
  candidate.metric = "acquisition_price";
  candidate.entity = acquirer.canonical;
  candidate.entityAt = { start: acquirer.start, end: acquirer.end };
  candidate.counterparty = bought.canonical;
  candidate.counterpartyAt = { start: bought.start, end: bought.end };
  f.entityGroup = [];
}
