import { describeFact } from "./pairs.js";
import type { Conflict, Fact, Revision, UncertainDates } from "./types.js";

/**
 * A low-confidence publication date (a year alone, inferred from the text) never makes a revision
 * or a conflict by itself: which report came first, and whether a period had ended when a figure
 * was reported, both rest on it. Automatic revisions and conflicts touching such a fact are moved
 * to "dates uncertain"; a reviewer's link stands, since a person decided it.
 */
export function setAsideUncertainDates(
  revisions: readonly Revision[],
  conflicts: readonly Conflict[],
): { revisions: Revision[]; conflicts: Conflict[]; datesUncertain: UncertainDates[] } {
  const datesUncertain: UncertainDates[] = [];
  const kept = revisions.filter((revision) => {
    if (revision.kind === "manual" || !uncertain(revision.from, revision.to)) return true;
    datesUncertain.push(uncertainPair("revision", revision.from, revision.to, revision.reason));
    return false;
  });
  const open = conflicts.filter((conflict) => {
    if (!uncertain(conflict.a, conflict.b)) return true;
    datesUncertain.push(uncertainPair("conflict", conflict.a, conflict.b, conflict.text));
    return false;
  });
  return { revisions: kept, conflicts: open, datesUncertain };
}

function uncertain(a: Fact, b: Fact): boolean {
  return a.datesUncertain || b.datesUncertain;
}

function uncertainPair(would: UncertainDates["would"], a: Fact, b: Fact, what: string): UncertainDates {
  const documents = new Map<string, UncertainDates["documents"][number]>();
  for (const source of [...a.sources, ...b.sources])
    if (source.dateConfidence === "low")
      documents.set(source.documentId, {
        documentId: source.documentId,
        title: source.title,
        reported: source.reported,
      });
  const dated = [...documents.values()]
    .map((d) => `${d.title ?? d.documentId} (${d.reported ?? "no date"})`)
    .join("; ");
  return {
    id: `uncertain:${would}:${a.id}|${b.id}`,
    would,
    a,
    b,
    documents: [...documents.values()],
    text: `would be a ${would} (${what}) between ${describeFact(a)} and ${describeFact(b)}, but it rests on a date inferred from a year alone: ${dated}; give the date (ingest --manifest, documents set-date) to settle it`,
  };
}
