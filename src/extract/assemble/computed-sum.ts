import type { CompanyKind, Gazetteer } from "../gazetteer.js";
import { ADDED_TO_FIGURE, SUM_WORDS } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import { firstMatch, hasMatch } from "../patterns.js";
import type { Candidate, SentenceReading } from "./types.js";

type Decision = { qualifier: string; rule: string };

/** Spending, its growth and yearly flows: what a journalist adds up across companies or quarters. */
function summable(metric: Candidate["metric"]): boolean {
  return metric === "capex" || metric === "capex_growth" || metricIs(metric, "yearlyFlow");
}

/** Words of one venture the members run together: its figures are theirs, not a sum of their accounts. */
const JOINT_VENTURE =
  /\b(?:together|jointly|joint[-\s]+venture|partnership|consortium)\b|(?<!\p{L})(?:ensemble|conjointement|co-?entreprise|partenariat|consortium)(?!\p{L})/iu;

/** Firms that finance a venture beside its builders: a group with one of them is a venture, not rivals. */
const FINANCING_KINDS: ReadonlySet<CompanyKind> = new Set(["fund", "bank", "analyst"]);

/**
 * "Meta, Microsoft et Alphabet ont dépensé 78 milliards": a result of companies that each keep their own
 * accounts (none of them a fund, a bank or a state, each of a known kind) is a sum someone worked out.
 */
function separateAccounts(entity: string, sentence: string, gazetteer: Gazetteer): boolean {
  const members = entity.split("+");
  if (members.length < 2 || hasMatch(JOINT_VENTURE, sentence)) return false;
  return members.every((m) => {
    const kinds = gazetteer.kinds.get(m);
    return (
      kinds !== undefined &&
      !kinds.some((k) => FINANCING_KINDS.has(k)) &&
      !gazetteer.publicBodies.has(m) &&
      !gazetteer.programmes.has(m)
    );
  });
}

/**
 * "Au total, les géants de la tech prévoient d'investir plus de 650 milliards", "in total, the four
 * spent $410 billion", "Combined with $24 billion in Q1, total capex could reach $118 billion": a total
 * the writer adds up from several companies' or periods' figures is an estimate, not anyone's own figure.
 */
export function reviseByComputedSum(
  text: string,
  s: SentenceReading,
  candidate: Candidate,
  qualifier: Decision,
  gazetteer: Gazetteer,
): void {
  if (qualifier.qualifier !== "target" && qualifier.qualifier !== "reported") return;
  if (!summable(candidate.metric)) return;
  const { q, entity } = candidate;
  const before = text.slice(s.sentence.start, q.span.start);
  const collective = entity?.includes("+") ? firstMatch(SUM_WORDS, s.body) : null;
  // Only the figure right after the one added to it is the sum ("…, exceeding the prior forecast" is not).
  const addend = s.sentenceQs.filter((o) => o.span.end <= q.span.start).at(-1);
  const added = addend ? firstMatch(ADDED_TO_FIGURE, text.slice(s.sentence.start, addend.span.start)) : null;
  const m = collective ?? (added && before.length > 0 ? added : null);
  if (m) {
    qualifier.qualifier = "estimated";
    qualifier.rule = `"${m[0].trim()}": a total the writer adds up → estimated`;
  } else if (qualifier.qualifier === "reported" && entity && separateAccounts(entity, s.body, gazetteer)) {
    qualifier.qualifier = "estimated";
    qualifier.rule = `${entity}: a result of companies with accounts of their own is a sum → estimated`;
  }
}
