import type { Reconciliation, Revision, Series } from "./types.js";

/** Folds an entity name the way a person types it: case, accents and punctuation ignored. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]/gu, "");
}

/** The series about one entity (all metrics, or one), and the revisions that touch their facts. */
export function selectTimeline(
  rec: Pick<Reconciliation, "series" | "revisions">,
  entity: string,
  metric?: string,
): { series: Series[]; revisions: Revision[] } {
  const series = rec.series.filter(
    (s) => fold(s.entity) === fold(entity) && (metric === undefined || s.metric === metric),
  );
  const ids = new Set(series.flatMap((s) => s.facts.map((f) => f.id)));
  const revisions = rec.revisions.filter((r) => ids.has(r.from.id) || ids.has(r.to.id));
  return { series, revisions };
}
