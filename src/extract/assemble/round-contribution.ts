/**
 * An investor's share of another company's round, and the round's total in the same sentence:
 * "ASML contributed €1.3 billion to the latest round, which totaled €1.7 billion", "ASML a apporté
 * 1,3 milliard d'euros sur un tour de 1,7 milliard". The share is the investor's investment in the
 * company raising (the article's topic when the sentence does not name it); the total is that
 * company's round (CLAIMS.md §6).
 */
import { CURRENCY_WORDS_AFTER_FIGURE, optionalHedge } from "../lexicon.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** The investor's verb of putting money in, between its name and the figure. */
const CONTRIBUTION_VERB =
  /(?<!\p{L})(?:contribut(?:ed|es|ing)|put\s+in|putting\s+in|chipped\s+in|injected|invested|provided|apport(?:é|e|ent|era)|inject(?:é|e|ent|era)|investi|a\s+mis|ont\s+mis)(?!\p{L})/iu;

/** What names the round's total right before it: "round, which totaled", "of the", "sur un tour de", "qui a atteint". */
const ROUND_TOTAL_BEFORE =
  /(?:(?:round|tour(?:\s+de\s+table)?|levée)\s*,\s*(?:which|that|qui)\s+(?:\p{L}+\s+){0,2}?(?:totall?ed|reached|amounted\s+to|came\s+to|atteint|s['’]élève\s+à|s['’]est\s+élevée?\s+à|totalise)|\bof\s+(?:the|a|its)|(?<!\p{L})(?:sur|d['’]|dans)\s+(?:un|une|le|la)\s+(?:tour(?:\s+de\s+table)?|levée(?:\s+de\s+fonds)?)\s+(?:de|d['’]))\s*(?:about\s+|some\s+|environ\s+)?$/iu;

/** A round named after the total: "of the €1.7 billion round", "a $2 billion round". */
const ROUND_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:round|financing|raise)(?!\p{L})/iu;

export function reviseRoundContribution(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const { text } = r;
  if (candidate.metric !== "funding_round" && candidate.metric !== "investment") return;
  if (!candidate.entity || candidate.entity.includes("+")) return;
  const investor = s.parties.find((p) => p.canonical === candidate.entity && p.end <= candidate.q.span.start);
  if (!investor) return;
  const between = text.slice(investor.end, candidate.q.span.start);
  if (!CONTRIBUTION_VERB.test(between)) return;
  const investee =
    candidate.metric === "investment" && candidate.counterparty ? candidate.counterparty : r.topic;
  if (!investee || investee === candidate.entity) return;
  const before = text.slice(Math.max(s.sentence.start, candidate.q.span.start - 60), candidate.q.span.start);
  const after = text.slice(candidate.q.span.end, candidate.q.span.end + 30);
  const isTotal =
    ROUND_TOTAL_BEFORE.test(before) &&
    (!/\bof\s+(?:the|a|its)\s*$/iu.test(before) || ROUND_AFTER.test(after));
  if (isTotal) {
    candidate.metric = "funding_round";
    candidate.entity = investee;
    candidate.counterparty = null;
    f.rules.push(`roles: the total of the round ${investor.surface} put money in → ${investee}'s round`);
  } else if (candidate.metric === "funding_round") {
    candidate.metric = "investment";
    candidate.counterparty = investee;
    f.rules.push(`metric: ${investor.surface}'s share of ${investee}'s round → investment → ${investee}`);
  }
}

/** Before a part of a total: « dont », "of which", "including". */
const PART_OF_ROUND_BEFORE = new RegExp(
  String.raw`(?:(?<!\p{L})dont|\bof\s+which|\bincluding)\s*${optionalHedge(["approx"])}$`,
  "iu",
);
/** After the part, the investor that put it in: « apportés par », « fourni par », "came from", "provided by". */
const PUT_IN_BY_AFTER = new RegExp(
  String.raw`^\s*(?:${CURRENCY_WORDS_AFTER_FIGURE}\s+)?(?:(?:ont\s+été|a\s+été|sont|est)\s+)?(?:(?:apport|fourni|investi|vers|souscrit|inject|mis)\p{L}*\s+(?:sur\s+la\s+table\s+)?par|(?:provenant|provien\p{L}*|vien(?:nen)?t|(?:sont|est)\s+venue?s?)\s+(?:de|d['’]|du)|(?:came|coming|comes)\s+from|(?:provided|contributed|put\s+up|invested)\s+by)\s*(?:la\s+|le\s+|l['’]|the\s+)?$`,
  "iu",
);

/**
 * "xAI a levé 20 milliards, dont 2 milliards apportés par Nvidia", "a $20 billion round, of which $2
 * billion came from Nvidia", "Of the $40 billion OpenAI raised, $30 billion came from SoftBank": the
 * part of a round an investor put in is that investor's investment in the company raising (CLAIMS.md
 * §6), not a second round.
 */
export function reviseContributedPart(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const { text } = r;
  if (candidate.metric !== "funding_round" || !candidate.entity) return;
  const { start, end } = candidate.q.span;
  const investor = s.parties.find(
    (p) => p.start >= end && p.start - end <= 50 && PUT_IN_BY_AFTER.test(text.slice(end, p.start)),
  );
  if (!investor) return;
  // "Of the $40 billion OpenAI raised, $30 billion came from SoftBank": the round is given just before.
  const roundJustGiven = [...s.sentenceClaims, s.previousSentenceClaim].some(
    (c) => c?.metric === "funding_round" && c.entity === candidate.entity && c.q !== candidate.q,
  );
  if (
    !roundJustGiven &&
    !PART_OF_ROUND_BEFORE.test(text.slice(Math.max(s.sentence.start, start - 30), start))
  )
    return;
  // The part may already be given to its investor ("of which $2 billion came from Nvidia"): the round before is the raiser's.
  const raiser =
    investor.canonical !== candidate.entity
      ? candidate.entity
      : (s.sentenceClaims.findLast((c) => c.metric === "funding_round")?.entity ?? null);
  if (!raiser || raiser === investor.canonical) return;
  candidate.counterparty = raiser;
  candidate.entity = investor.canonical;
  candidate.entityAt = { start: investor.start, end: investor.end };
  candidate.metric = "investment";
  f.rules.push(
    `metric: the part of ${candidate.counterparty}'s round ${investor.surface} put in → investment → ${candidate.counterparty}`,
  );
}
