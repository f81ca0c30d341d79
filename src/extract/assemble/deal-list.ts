/**
 * A list of deals of one company, each item an amount and its partner: "$19 billion with Quillon,
 * $9 billion with Australian firm Brevix, and $2 billion with Lambda", « 5 milliards avec Quillon, 3
 * milliards avec Brevix et 1 milliard avec Lambda ». Each item keeps the list's owner; the previous
 * item's partner does not become the next item's owner.
 */
import { optionalHedge } from "../lexicon.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** From the previous item's figure to this one: its partner, then a comma or "and" ("with Brevix, and more than "). */
const BETWEEN_ITEMS = new RegExp(
  String.raw`^\s+(?:with|avec)\s+[^,;.()]{1,50}?(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)${optionalHedge(["approx", "at_least", "up_to"])}(?:US)?[$€£]?\s*$`,
  "iu",
);

/** The item's own partner, right after its figure: "with Lambda", « avec Lambda ». */
const PARTNER_AFTER = /^\s*(?:of\s+\p{Ll}+\s+)?(?:with|avec)\s+/iu;

/** A list item whose owner is the previous item's partner: the list's owner instead, its own partner the counterparty. */
export function reviseDealListOwner(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, previous } = f;
  if (!previous?.entity || previous.sentence !== candidate.sentence || previous.metric !== candidate.metric)
    return;
  if (!previous.counterparty || candidate.entity !== previous.counterparty) return;
  if (!BETWEEN_ITEMS.test(r.text.slice(previous.q.span.end, f.q.span.start))) return;
  const afterAt = f.q.span.end;
  const lead = PARTNER_AFTER.exec(r.text.slice(afterAt, s.sentence.end));
  if (!lead) return;
  const partner = s.parties.find(
    (p) => p.kind === "company" && p.start >= afterAt && p.start <= afterAt + lead[0].length + 30,
  );
  if (!partner || partner.canonical === previous.entity) return;
  f.rules.push(
    `entity: an item of ${previous.entity}'s deal list → ${previous.entity}, ${partner.canonical} the counterparty`,
  );
  candidate.entity = previous.entity;
  candidate.entityAt = previous.entityAt;
  candidate.counterparty = partner.canonical;
  candidate.counterpartyAt = { start: partner.start, end: partner.end };
  f.entityGroup = [];
}
