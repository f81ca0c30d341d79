/**
 * A clause whose verb is left out: "Quarkon will invest $7 billion in Velorine, Norvane $4 billion and
 * Tessa $2 billion", « Quarkon investira 7 milliards dans Velorine, Norvane 4 milliards et Tessa 2
 * milliards ». Each later figure belongs to the name just before it and shares the first clause's
 * verb, so also its counterparty (CLAIMS.md §6 roles), when the metric is the same.
 */
import { GAPPED_FIGURE } from "./parties.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** Before the gapped clause's subject: a comma, "and" / « et », or both. */
const GAP_OPENING = /(?:,|(?<!\p{L})(?:and|et))\s*$/iu;

export function reviseGappedClauseCounterparty(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
): void {
  const { candidate, q } = f;
  const subject = f.entityParty;
  if (!subject || !candidate.metric || subject.canonical !== candidate.entity) return;
  if (subject.start < s.sentence.start || subject.end > q.span.start) return;
  if (!GAPPED_FIGURE.test(r.text.slice(subject.end, q.span.start))) return;
  const lead = s.sentenceClaims.findLast((c) => c.q.span.end <= subject.start);
  if (!lead || lead.metric !== candidate.metric || lead.entity === candidate.entity) return;
  if (!GAP_OPENING.test(r.text.slice(lead.q.span.end, subject.start))) return;
  const shared = lead.counterparty?.split("+").filter((n) => n !== candidate.entity) ?? [];
  const counterparty = shared.length > 0 ? shared.join("+") : null;
  if (counterparty === candidate.counterparty) return;
  candidate.counterparty = counterparty;
  candidate.counterpartyAt = counterparty === null ? null : lead.counterpartyAt;
  f.rules.push(`counterparty: the clause whose verb is left out shares the first clause's → ${counterparty}`);
}
