/**
 * "Helix, a joint venture between Quarkon, Norvane and Tessa, which plans to spend $60 billion", «
 * Helix, une coentreprise entre Quarkon et Norvane, prévoit de dépenser 60 milliards »: the figure
 * the clause after the apposition gives is the venture's (CLAIMS.md §6: a programme's own figures are
 * the programme's), not its members' together.
 */
import { VENTURE_OF_APPOSED } from "../lexicon.js";
import { joinParties, listFrom } from "./parties.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** After the members: the apposition's closing comma, perhaps "which" / « qui », then one clause to the figure. */
const CLOSED_THEN_CLAUSE = /^\s*,\s*(?:(?:which|that|qui)\s+)?[^,;:()]{1,80}$/iu;

export function reviseVentureApposition(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (!candidate.entity) return;
  const { text } = r;
  const parties = s.parties.filter((p) => p.start >= s.sentence.start && p.end <= q.span.start);
  for (let i = 0; i + 1 < parties.length; i++) {
    const venture = parties[i]!;
    const first = parties[i + 1]!;
    if (!VENTURE_OF_APPOSED.test(text.slice(venture.end, first.start))) continue;
    const members = listFrom(parties, i + 1, text, q.span.start);
    if (!CLOSED_THEN_CLAUSE.test(text.slice(members.at(-1)!.end, q.span.start))) continue;
    const named = new Set(members.map((p) => p.canonical));
    if (!candidate.entity.split("+").every((n) => named.has(n))) return;
    candidate.entity = venture.canonical;
    candidate.entityAt = { start: venture.start, end: venture.end };
    f.entityParty = venture;
    f.entityGroup = [];
    if (
      candidate.counterparty === venture.canonical ||
      candidate.counterparty?.split("+").every((n) => named.has(n))
    ) {
      candidate.counterparty = null;
      candidate.counterpartyAt = null;
    }
    f.rules.push(
      `entity: the venture whose members the apposition lists, not its members (${joinParties(members)}) → ${venture.canonical}`,
    );
    return;
  }
}
