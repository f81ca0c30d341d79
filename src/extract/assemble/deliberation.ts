import { firstMatch } from "../patterns.js";

/**
 * Verbs of a plan still weighed, not decided: "envisage de lever", "étudie la possibilité de",
 * "réfléchit à", "is considering", "is weighing", "is exploring", "mulls".
 */
const DELIBERATION =
  /(?<!\p{L})(?:envisag\p{L}*|étudi(?:e|ent|ait|aient)\s+(?:la\s+possibilité|l['’]idée|l['’]option)|réfléchi(?:t|ssent|ssait)\s+à|consider(?:s|ing)\s+(?:a|an|to|whether|raising|investing|spending|buying|selling|taking)|weigh(?:s|ing)\s+(?:a|an|whether|raising|investing|spending|buying|selling|taking)|explor(?:es|ing)\s+(?:a|an|whether|raising|options|investing|spending|buying|selling|taking)|mull(?:s|ing))(?!\p{L})/iu;

/**
 * Transactions with another party (money raised, invested, lent, paid for a company or a stake, compute
 * bought): weighing one is talks not concluded. A company's own spending or revenue it "envisage" is its
 * plan, a target.
 */
const TRANSACTIONS = new Set([
  "funding_round",
  "investment",
  "debt_issuance",
  "acquisition_price",
  "equity_stake",
  "compute_commitment",
  "valuation",
]);

/**
 * A transaction the company is only weighing (CLAIMS.md §7: talks not concluded, not its own set figure):
 * "Acme envisage une levée de 500 millions", "Acme is considering raising $2 billion" → rumoured.
 */
export function reviseByDeliberation(
  metric: string | null,
  ownScope: string,
  qualifier: { qualifier: string; rule: string },
): void {
  if (qualifier.qualifier !== "target" && qualifier.qualifier !== "reported") return;
  if (!TRANSACTIONS.has(metric ?? "")) return;
  const m = firstMatch(DELIBERATION, ownScope);
  if (!m) return;
  qualifier.qualifier = "rumoured";
  qualifier.rule = `"${m[0]}": a plan still weighed, not decided → rumoured`;
}
