/**
 * Enumerations that pair each figure with its own company by the list's pattern, not by the
 * sentence's subject:
 * - the owner after the figure: « 40 milliards de dollars de Salesforce et 12 milliards d'Intel »,
 *   "$4bn of Intel, $3bn of IBM and $2bn of Dell" — each figure is the company its "de"/"of" names;
 * - two parallel runs joined by slashes: "$12bn / $9bn / $4bn, Intel / IBM / Dell", "Intel / IBM:
 *   20% / 15%" — the n-th figure of one run is the n-th company of the other.
 * A list of companies followed by one figure (the group's), or a list of years, is none of these.
 */
import type { QuantityMention } from "../numbers/types.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** Between a figure and the company that owns it: "de", "d'", "of". */
const OWNER_AFTER = /^\s*(?:de\s+(?:la\s+part\s+(?:de\s+|d['’]))?|d['’]|of\s+)$/iu;
/** Between one item "VALUE de NAME" and the next: a comma, "et", "and", a semicolon. */
const ITEM_GAP = /^\s*(?:,|;)?\s*(?:(?:et|and|&|ainsi\s+que|as\s+well\s+as|plus)\s+)?$/iu;
/** Between two members of a slash run. */
const SLASH = /^\s*\/\s*$/u;
/** Between a run of figures and its run of companies (either order): a comma, a colon, a dash, "for". */
const RUNS_GAP = /^\s*\)?\s*(?:[,:–—-]|\(|,?\s*(?:for|pour|chez|at)\b)\s*$/iu;

const isOwner = (p: Party) => p.kind !== "person" && p.via !== "anaphora";

/** The company named right after `q` by "de"/"of", when there is one. */
function ownerAfter(text: string, parties: Party[], q: QuantityMention): Party | null {
  const p = parties.find((o) => o.start >= q.span.end && o.start - q.span.end <= 12);
  return p && isOwner(p) && OWNER_AFTER.test(text.slice(q.span.end, p.start)) ? p : null;
}

/** "VALUE de A et VALUE de B": the figure's company when a neighbouring figure of the sentence has its own. */
function ownerOfValueOfList(text: string, s: SentenceReading, q: QuantityMention): Party | null {
  const own = ownerAfter(text, s.parties, q);
  if (!own) return null;
  const at = s.figures.indexOf(q);
  if (at < 0) return null;
  const prev = at > 0 ? s.figures[at - 1]! : null;
  const next = s.figures[at + 1] ?? null;
  const prevOwner = prev ? ownerAfter(text, s.parties, prev) : null;
  const nextOwner = next ? ownerAfter(text, s.parties, next) : null;
  const linkedBefore =
    prev !== null &&
    prevOwner !== null &&
    prevOwner.canonical !== own.canonical &&
    ITEM_GAP.test(text.slice(prevOwner.end, q.span.start));
  const linkedAfter =
    next !== null &&
    nextOwner !== null &&
    nextOwner.canonical !== own.canonical &&
    ITEM_GAP.test(text.slice(own.end, next.span.start));
  return linkedBefore || linkedAfter ? own : null;
}

/** The run of spans joined by slashes that holds `at`, in text order. */
function slashRun<T extends { start: number; end: number }>(text: string, items: T[], at: number): T[] {
  let first = at;
  while (first > 0 && SLASH.test(text.slice(items[first - 1]!.end, items[first]!.start))) first--;
  let last = at;
  while (last < items.length - 1 && SLASH.test(text.slice(items[last]!.end, items[last + 1]!.start))) last++;
  return items.slice(first, last + 1);
}

/** "$12bn / $9bn, Intel / IBM" or "Intel / IBM: $12bn / $9bn": the company in the figure's place. */
function ownerInParallelRun(text: string, s: SentenceReading, q: QuantityMention): Party | null {
  const at = s.figures.indexOf(q);
  if (at < 0) return null;
  const spans = s.figures.map((o) => ({ start: o.span.start, end: o.span.end, q: o }));
  const figures = slashRun(text, spans, at);
  if (figures.length < 2) return null;
  const place = figures.findIndex((o) => o.q === q);
  const parties = s.parties.filter(isOwner);
  const after = parties.findIndex((p) => p.start >= figures.at(-1)!.end);
  const before = parties.findLastIndex((p) => p.end <= figures[0]!.start);
  for (const [i, gap] of [
    [after, (run: Party[]) => text.slice(figures.at(-1)!.end, run[0]!.start)],
    [before, (run: Party[]) => text.slice(run.at(-1)!.end, figures[0]!.start)],
  ] as const) {
    if (i < 0) continue;
    const run = slashRun(text, parties, i);
    if (run.length !== figures.length || !RUNS_GAP.test(gap(run))) continue;
    if (new Set(run.map((p) => p.canonical)).size !== run.length) continue;
    return run[place]!;
  }
  return null;
}

/** An item of an enumeration: the company the list pairs with the figure, replacing the owner read before. */
export function reviseListedOwner(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  const namedAfter = ownerOfValueOfList(r.text, s, q);
  const owner = namedAfter ?? ownerInParallelRun(r.text, s, q);
  if (!owner || candidate.entity === owner.canonical) return;
  candidate.entity = owner.canonical;
  candidate.entityAt = { start: owner.start, end: owner.end };
  if (candidate.counterparty === owner.canonical) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
  f.entityParty = owner;
  f.entityGroup = [];
  f.rules.push(
    namedAfter
      ? `entity: a list of figures each followed by its company ("de", "of") → ${owner.canonical}`
      : `entity: two runs joined by slashes pair the figure with the company in its place → ${owner.canonical}`,
  );
}
