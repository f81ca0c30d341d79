/**
 * A funding round belongs to the company raising it, never to its backer (CLAIMS.md §6): "Benchmark
 * first backed Cerebras in 2016, leading its $27 million Series A" is Cerebras's round; "Google
 * investirait 1 milliard de plus dans Anthropic. Ce montant s'ajouterait à une autre levée de 2
 * milliards" is Anthropic's, the company the investor the text is about has just put money into.
 */
import { latestInvestee } from "./earlier-investee.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** "backed", "invested in", "a investi dans", "soutient": a backer's verb, its investee right after. */
const BACKING_VERB =
  /^\s+(?:(?:first|also|already|early|déjà|aussi|d['’]abord)\s+)?(?:backed|funded|financed|invested\s+in|has\s+(?:backed|funded|invested\s+in)|invests\s+in|will\s+invest\s+in|a\s+(?:d['’]abord\s+|déjà\s+|aussi\s+)?(?:soutenu|financé|investi\s+dans|misé\s+sur)|soutient|finance|investit\s+dans|investira\s+dans|investirait\s+dans)\s+(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

/** "its $27 million Series A", "sa levée de fonds de": the round is said to be the backed company's. */
const ITS_ROUND_BEFORE = /(?<![\p{L}])(?:its|son|sa)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

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
        BACKING_VERB.test(r.text.slice(backer.end, p.start)) &&
        ITS_ROUND_BEFORE.test(r.text.slice(p.end, f.q.span.start)),
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
