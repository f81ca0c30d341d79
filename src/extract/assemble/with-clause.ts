import { ownedBy } from "./owned-by.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/**
 * ", with Humain intending to spend up to $10 billion", ", with analysts expecting Amazon to lift
 * spending to $146.6 billion": an absolute clause opened by "with" and a verb in -ing, up to the
 * figure, with no other clause break between.
 */
const WITH_CLAUSE = /,\s+with\s+(?:[^,;:.()]*?\s)?\p{Ll}+ing\s[^,;:()]*$/u;

/**
 * A figure in an absolute "with" clause belongs to the company the clause names before it, not
 * to the main clause's subject ("Meta guided for $115 billion, with analysts expecting Amazon to
 * lift spending to $146.6 billion" → Amazon).
 */
export function reviseWithClauseOwner(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  const from = s.sentence.start;
  const before = r.text.slice(from, q.span.start);
  // The pattern is case-sensitive: a text without "with" is answered without running it.
  const m = before.includes("with") ? WITH_CLAUSE.exec(before) : null;
  if (!m) return;
  const clauseStart = from + m.index;
  if (f.entityParty && f.entityParty.start > clauseStart) return;
  const owner = s.parties.find(
    (p) =>
      p.start > clauseStart &&
      p.end <= q.span.start &&
      p.kind === "company" &&
      r.gazetteer.roles.get(p.canonical) !== "source",
  );
  if (!owner || owner.canonical === candidate.entity) return;
  f.rules.push(`entity: the "with" clause holding the figure names its own company → ${owner.canonical}`);
  ownedBy(candidate, owner);
  f.entityParty = owner;
}
