/**
 * A ranking that names each company before its figure ("Amazon led with $34 billion, followed by
 * Alphabet at $24 billion and Microsoft at $21 billion"; « Amazon arrive en tête avec 34 milliards,
 * suivi d'Alphabet avec 24 milliards »): each later figure is the company named right before it.
 */
import type { NameMention } from "../gazetteer.js";
import { firstFrom, nameStart } from "./text.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** What moves a ranking on to its next company: reviseRankedFigure needs it in the sentence. */
export const RANKING =
  /(?<![\p{L}])(?:(?:followed\s+by|trailed\s+by|ahead\s+of|then|suivie?s?\s+(?:de|par)|devant|puis)(?![\p{L}])|suivie?s?\s+d['’])/u;

/** Between the company and its figure: "at", "with", "à", "avec", and at most a few words, no clause break. */
const NAME_THEN_FIGURE = /^\s+(?:at|with|à|avec)\s+(?:[^\s,;.()]+\s+){0,3}$/u;

/** A figure of a ranking after its first place: the company named right before it, with "at" or "with". */
export function reviseRankedFigure(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  const { text, names } = r;
  const cue = RANKING.exec(text.slice(s.sentence.start, q.span.start));
  if (!cue) return;
  const rankingStart = s.sentence.start + cue.index + cue[0].length;
  let named: NameMention | null = null;
  for (
    let i = firstFrom(names, rankingStart, nameStart);
    i < names.length && names[i]!.end <= q.span.start;
    i++
  )
    named = names[i]!;
  if (named?.kind !== "company" || !NAME_THEN_FIGURE.test(text.slice(named.end, q.span.start))) return;
  if (candidate.entity === named.canonical) return;
  const party: Party = { ...named, kind: "company", via: "name" };
  candidate.entity = named.canonical;
  candidate.entityAt = { start: named.start, end: named.end };
  f.entityParty = party;
  f.entityGroup = [];
  f.rules.push(`entity: a ranking names ${named.canonical} right before the figure → ${named.canonical}`);
}
