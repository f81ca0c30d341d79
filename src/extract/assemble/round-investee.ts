/**
 * A funding round belongs to the company raising it, never to its backer (CLAIMS.md §6): "Benchmark
 * first backed Cerebras in 2016, leading its $27 million Series A" is Cerebras's round; "Google
 * investirait 1 milliard de plus dans Anthropic. Ce montant s'ajouterait à une autre levée de 2
 * milliards" is Anthropic's, the company the investor the text is about has just put money into.
 */
import { keepingCapitals } from "../capitals.js";
import type { QuantityMention } from "../numbers/types.js";
import { latestInvestee } from "./earlier-investee.js";
import { ownedBy } from "./owned-by.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** "backed", "invested in", "a investi dans", "soutient": a backer's verb, its investee right after. */
const BACKING_VERB =
  /^\s+(?:(?:first|also|already|early|déjà|aussi|d['’]abord)\s+)?(?:backed|funded|financed|invested\s+in|has\s+(?:backed|funded|invested\s+in)|invests\s+in|will\s+invest\s+in|a\s+(?:d['’]abord\s+|déjà\s+|aussi\s+)?(?:soutenu|financé|investi\s+dans|misé\s+sur)|soutient|finance|investit\s+dans|investira\s+dans|investirait\s+dans)\s+(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

/** "invested €1.3 billion in", "a investi 1,3 milliard d'euros dans": a backer's money, then its investee. */
const INVESTED_AMOUNT_IN =
  /^\s+(?:(?:has|have|had|also|a|ont|avait)\s+)?(?:invested|put|poured|injected|investi|injecté|apporté)\s+(?:[^,;:()]|(?<=\d),(?=\d)){1,40}?\s+(?:in|into|dans)\s+(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

/** "its $27 million Series A", "sa levée de fonds de": the round is said to be the backed company's. */
const ITS_ROUND_BEFORE = /(?<![\p{L}])(?:its|son|sa)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/** "as part of a", "in a", "dans le cadre d'une", "lors d'un": the backed company's round, its noun after the figure. */
const PART_OF_ROUND_BEFORE =
  /^\s*,?\s*(?:as\s+part\s+of|in|within|dans\s+le\s+cadre\s+d['’]|lors\s+d['’]|au\s+sein\s+d['’])\s*(?:an?|une?|the|its|their|sa|son|leur)?\s*(?:[\p{L}'’-]+\s+){0,4}$/iu;

/** The round follows the backed company as its own: "its Series A", or "as part of a €1.7 billion round". */
function roundOfBacked(text: string, backed: Party, q: QuantityMention): boolean {
  const between = text.slice(backed.end, q.span.start);
  if (ITS_ROUND_BEFORE.test(between)) return true;
  return (
    PART_OF_ROUND_BEFORE.test(between) && ROUND_NOUN.test(between + text.slice(q.span.end, q.span.end + 30))
  );
}

/**
 * Right before the figure: a round's noun ("un tour de table de", "la levée de fonds de", "a"), so
 * the figure is the size of the round; right after it, the company the round is in: "un tour de 100
 * M€ dans la start-up X", "la levée de 1,7 milliard d'euros de Mistral AI", "a €30 million round in
 * X", "the $2 billion Series B of X".
 */
const ROUND_BEFORE_FIGURE = keepingCapitals(
  /(?<!\p{L})(?:tour|levée|round|financement|série|series)(?:\s+(?:de\s+)?(?:table|fonds|financement|\p{Lu}))?\s+(?:de\s+|d['’])?(?:plus\s+de\s+|près\s+de\s+|environ\s+)?$|(?<!\p{L})(?:an?|the)\s+$/iu,
);
const ROUND_AFTER_FIGURE = keepingCapitals(
  /^\s*(?:(?:funding|financing|investment|equity|series\s+\p{Lu}|de\s+série\s+\p{Lu})\s+)?(?:round\s+|raise\s+)?(?:dans|de|d['’]|in|into|of|for|pour)\s*(?:(?:la|le|l['’]|the)\s*)?(?:[\p{L}-]+\s+){0,3}$/iu,
);
/** "round" or "levée" itself, before or after the figure: the figure is a round. */
const ROUND_NOUN = /(?<!\p{L})(?:tour|levée|round|financement|série|series)(?!\p{L})/iu;

/** How far after the figure the company raising may be named. */
const ROUND_OWNER_REACH = 50;

/**
 * The company a round measured in the sentence is said to be in, right after its figure, when an
 * investor leads or joins it: "Bpifrance mène un tour de 100 M€ dans la start-up X".
 */
function roundNamedAfter(r: DocumentReading, s: SentenceReading, f: FigureReading): Party | null {
  const before = r.text.slice(Math.max(s.sentence.start, f.q.span.start - 40), f.q.span.start);
  if (!ROUND_BEFORE_FIGURE.test(before)) return null;
  const company = s.parties.find((p) => p.kind === "company" && p.start >= f.q.span.end);
  if (!company || company.start - f.q.span.end > ROUND_OWNER_REACH) return null;
  if (r.gazetteer.roles.get(company.canonical) === "investor") return null;
  const after = r.text.slice(f.q.span.end, company.start);
  if (!ROUND_AFTER_FIGURE.test(after) || !ROUND_NOUN.test(before.slice(-30) + after)) return null;
  return company;
}

/**
 * A round whose figure names the company it is in right after it is that company's, whoever leads
 * or joins it as the clause's subject ("Sequoia a mené une levée de 500 millions de dollars dans X").
 */
export function reviseRoundNamedAfter(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (candidate.metric !== "funding_round") return;
  const company = roundNamedAfter(r, s, f);
  if (!company || company.canonical === candidate.entity) return;
  ownedBy(candidate, company);
  f.rules.push(`entity: the round is in "${company.surface}", whoever leads it → ${company.canonical}`);
}

/** How many claims back the investor's latest investment may stand: about a paragraph. */
const EARLIER_REACH = 6;

/**
 * The company a backer named before the figure backs in the figure's sentence, when the round is
 * then said to be its ("… backed Cerebras, leading its $27 million Series A").
 */
function backedInSentence(r: DocumentReading, s: SentenceReading, f: FigureReading): Party | null {
  for (const backer of s.parties) {
    if (backer.end > f.q.span.start) break;
    const backed = s.parties.find(
      (p) =>
        p.start > backer.end &&
        p.end <= f.q.span.start &&
        p.kind === "company" &&
        p.canonical !== backer.canonical &&
        (BACKING_VERB.test(r.text.slice(backer.end, p.start)) ||
          INVESTED_AMOUNT_IN.test(r.text.slice(backer.end, p.start))) &&
        roundOfBacked(r.text, p, f.q),
    );
    if (backed) return backed;
  }
  return null;
}

/**
 * The company that raises the round the figure measures, when the text names it as what a backer
 * invests in: in the figure's sentence, or, when the sentence names no company, the company the
 * topic's latest investment went to. Null for any other metric.
 */
export function roundInvestee(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
): { name: string; party: Party | null; how: string } | null {
  if (f.candidate.metric !== "funding_round") return null;
  const backed = backedInSentence(r, s, f);
  if (backed)
    return { name: backed.canonical, party: backed, how: `"${backed.surface}" is the company backed` };
  if (s.parties.some((p) => p.kind === "company" || p.kind === "periphrasis") || !s.local) return null;
  const investor = s.local;
  const investee = latestInvestee(r, investor, EARLIER_REACH);
  if (!investee || investee === investor) return null;
  return { name: investee, party: null, how: `${investor} invests in ${investee}, the company raising` };
}
