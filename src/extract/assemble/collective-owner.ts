/**
 * "les opérateurs de centres de données dépenseront 2 900 milliards", "Deux laboratoires de
 * supercalcul … : ils achètent pour 1 milliard", "as cloud operators spend $300 billion": an unnamed
 * plural collective that is the subject of the figure's clause, with no company named in the clause,
 * owns the figure, written as in the text (CLAIMS.md §6), not the company the article is about.
 */
import { COLLECTIVE_ACTORS } from "../lexicon.js";
import { matchesIn } from "../patterns.js";
import type { FigureReading } from "./types.js";

/** Plural nouns of actors that spend, buy, build or lend (the collective vocabulary of lexicon.ts). */
export const ACTORS = COLLECTIVE_ACTORS;

const ACTOR_NOUN = new RegExp(`(?:${ACTORS})`, "iu");

/** The actors that put money into others: they never own a funding round or a valuation. */
const FUNDERS = /^(?:investisseurs|banques|pr[êe]teurs|investors|banks|lenders)$/iu;

/** A French adjective after the noun ("américains", "privés", "spécialisés"), never a verb. */
const ADJECTIVE_AFTER =
  "(?:[\\s\\u00a0]+(?!themselves|eux-mêmes|elles-mêmes)[\\p{Ll}-]+(?:ains?|aines?|[ée]s|ens|ennes|aux|els|elles|iens|iennes|ais|aises|ois|oises|iques|ics|ants|ents|aires|ifs|ives|eurs|istes))";

/** "de centres de données", "de supercalcul", "of data centres": a complement of the noun. */
const COMPLEMENT =
  "(?:[\\s\\u00a0]+(?:de|d['’]|du|des|of)[\\s\\u00a0]*(?:la[\\s\\u00a0]+|l['’])?[\\p{Ll}-]{3,}(?:[\\s\\u00a0]+(?:de|d['’]|du|des)[\\s\\u00a0]*(?:la[\\s\\u00a0]+|l['’])?[\\p{Ll}-]{3,})?)";

/**
 * "employés et", "employees and": a plural noun coordinated before the collective's own, the pair
 * one owner (« les employés et autres investisseurs »).
 */
const COORDINATED_FIRST =
  "(?:(?!(?:les|des|the|these|ces)[\\s\\u00a0])[\\p{Ll}-]+[sx][\\s\\u00a0]+(?:et|and)[\\s\\u00a0]+)";

/**
 * What opens the collective's clause, then the collective: a determiner or a count ("les", "deux",
 * "several"), up to two lower-case modifiers ("grands", "cloud"), the plural noun, adjectives and a
 * complement. The determiner is group 2, the name group 3.
 */
const COLLECTIVE = new RegExp(
  `(^|[,:;—–]\\s*|(?<![\\p{L}])(?:que|qu['’]|et|and|as|while|whereas|when|tandis\\s+que|alors\\s+que|that)\\s+)((?:les|des|ces|deux|trois|quatre|plusieurs|certains|certaines|nombre\\s+d['’]|de\\s+nombreux|the|these|two|three|four|both|several|some|many|most)(?:[\\s\\u00a0]+(?:deux|trois|quatre|two|three|four))?[\\s\\u00a0]+)?(${COORDINATED_FIRST}?(?:(?!(?:les|des|the|de|of|et|and|as|while|when|que|qu|that|a|an|un|une|le|la|to|à|for|pour|in|en|with|avec|by|par|ont|sont|are|have)[\\s\\u00a0])[\\p{Ll}-]+[\\s\\u00a0]+){0,2}?(?:${ACTORS})${ADJECTIVE_AFTER}{0,2}${COMPLEMENT}?)(?![\\p{L}])`,
  "giu",
);

/** "les deux", "ces trois", "the two", "both": a definite count points back at companies already named. */
const DEFINITE_COUNT = /^(?:(?:les|ces|the|these)\s+(?:deux|trois|quatre|two|three|four)|both)\s+$/iu;

/** "the companies", "les sociétés": a bare generic noun with a definite article stands for companies already named. */
const BARE_GENERIC = /^(?:entreprises|soci[ée]t[ée]s|companies|firms|groupes|groups)$/iu;

/**
 * "the four largest cloud providers", « les trois plus grands opérateurs »: a count with a superlative
 * picks a group by rank, a group of its own, not companies the text has named.
 */
const RANKED =
  /^(?:largest|biggest|top|leading|plus[\s\u00a0]+(?:grands|grandes|gros|importants|importantes))[\s\u00a0]/iu;

/** A count with no article before it: « deux laboratoires », "three utilities". */
const BARE_COUNT = /^(?:deux|trois|quatre|two|three|four)[\s\u00a0]+$/iu;

/**
 * The count written with the group, or "": one picked by rank ("four largest cloud providers") or
 * counted with no article (« deux laboratoires de supercalcul »), an unnamed group of that size.
 */
function writtenCount(determiner: string, name: string): string {
  if (BARE_COUNT.test(determiner)) return determiner.toLowerCase();
  if (!RANKED.test(name)) return "";
  const count = /(?:deux|trois|quatre|two|three|four)[\s\u00a0]+$/iu.exec(determiner);
  return count ? count[0] : "";
}

/** The collective is a way of naming companies the text has named ("the two companies said"), not an unnamed group. */
function namesTheNamedOnes(determiner: string, name: string): boolean {
  return (
    (DEFINITE_COUNT.test(determiner) && !RANKED.test(name)) ||
    (/^(?:les|ces|the|these)\s+$/iu.test(determiner) && BARE_GENERIC.test(name))
  );
}

/** At most this many words between the collective and the figure, as in a clause going on about it. */
const MAX_GAP_WORDS = 40;

/** "its", "son", "elle": a word for one company stands between, so the figure is that company's. */
const SINGULAR_REFERENCE = /(?<![\p{L}])(?:its|it|son|sa|ses|il|elle)(?![\p{L}])/iu;

/** The figures of a company raising money: its investors never own them. */
export const ROUND_METRICS: ReadonlySet<string> = new Set(["funding_round", "valuation", "funding_share"]);

/**
 * A company named before the figure in its clause, or after it in the same phrase ("40 times
 * Anthropic's revenue"); one set off after a comma ("…, estimates Gartner", "…, dont 120 milliards
 * pour Amazon") is a source or a part, not the figure's owner.
 */
function namedWithFigure(text: string, f: FigureReading, p: { start: number }): boolean {
  return p.start < f.q.span.start || !/[,;:—–(]/u.test(text.slice(f.q.span.end, p.start));
}

/** ", while", "whereas", « tandis que », « alors que »: a contrast opening another actor's clause. */
const CONTRAST_OPENING =
  /(?:^|[\s,])(?:while|whereas|tandis\s+que|alors\s+que|tandis\s+qu['’]|alors\s+qu['’])(?![\p{L}])/giu;

/** Where the last contrast before the figure opens its clause, relative to the clause's start, or 0. */
function contrastStart(before: string): number {
  let end = 0;
  for (const m of matchesIn(CONTRAST_OPENING, before)) end = m.index + m[0].length;
  return end;
}

/** A collective owning the figure; `afterContrast` when it opens a contrast clause after a company's. */
export interface CollectiveOwner {
  name: string;
  afterContrast: boolean;
}

/**
 * The collective that owns the figure, as written without its determiner, or null: the last one
 * before the figure in its clause, when the clause names no company before the figure and neither a sentence break,
 * a semicolon nor a word for one company ("its", "elle") lies between the collective and the figure.
 * "Hyperscalers spend $300 billion, while neocloud startups are valued at $40 billion": a contrast
 * opens the collective's own clause; the companies named before it do not stand in its way.
 */
export function collectiveOwner(text: string, f: FigureReading): CollectiveOwner | null {
  const before = text.slice(f.clauseStart, f.q.span.start);
  const contrast = contrastStart(before);
  const named = f.inClause.filter((p) => p.kind !== "product" && namedWithFigure(text, f, p));
  const afterContrast =
    contrast > 0 && named.length > 0 && named.every((p) => p.end <= f.clauseStart + contrast);
  if (named.length > 0 && !afterContrast) return null;
  let found: { name: string; start: number; end: number } | null = null;
  for (const m of matchesIn(COLLECTIVE, before))
    found = namesTheNamedOnes(m[2] ?? "", m[3]!)
      ? null
      : {
          name: writtenCount(m[2] ?? "", m[3]!) + m[3]!,
          start: m.index + (m[1]?.length ?? 0),
          end: m.index + m[0].length,
        };
  if (!found || (afterContrast && found.start < contrast)) return null;
  const gap = before.slice(found.end);
  if (
    /[;.!?]/u.test(gap.replace(/(?<=\d)[.,](?=\d)/gu, "")) ||
    gap.split(/\s+/u).length > MAX_GAP_WORDS ||
    SINGULAR_REFERENCE.test(gap)
  )
    return null;
  const head = ACTOR_NOUN.exec(found.name)?.[0] ?? "";
  if (ROUND_METRICS.has(f.candidate.metric ?? "") && FUNDERS.test(head)) return null;
  return { name: found.name.replace(/\s+/gu, " "), afterContrast };
}
