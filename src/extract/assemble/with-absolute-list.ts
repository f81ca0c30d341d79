/**
 * An absolute clause opened by "with" / « avec » whose subject is a list of companies and whose
 * predicate has no finite verb: "…, with Quarkon, Norvane, Velorine, and Tessa collectively set to
 * pour $90 billion into data centers", "With Quarkon and Norvane planning to spend $12 billion, …",
 * « …, avec Quarkon, Norvane et Velorine prévoyant d'investir 40 milliards ». The figure in that clause
 * is the whole list's, a group acting together (CLAIMS.md §6), not the last name's with the others as
 * its counterparties.
 */
import { ABSOLUTE_PREDICATE } from "../lexicon.js";
import { joinParties, listFrom } from "./parties.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** "with" / « avec » opening the sentence or a clause after a comma, then an optional determiner. */
const WITH_OPENING = /(?:^|[,;—–]\s*)(?:with|avec)\s+(?:(?:the|le|la|les)\s+|l['’])?$/iu;
/** From the predicate to the figure: one clause, no other break. */
const ONE_CLAUSE = /^[^,;:()]*$/u;

/** The list of companies the "with" clause holding the figure opens with, or null. */
function absoluteSubject(r: DocumentReading, s: SentenceReading, figureStart: number): Party[] | null {
  const { text } = r;
  const parties = s.parties.filter(
    (p) => p.start >= s.sentence.start && p.end <= figureStart && p.kind === "company",
  );
  for (let i = 0; i < parties.length; i++) {
    const first = parties[i]!;
    const from = Math.max(s.sentence.start, first.start - 16);
    // Cut inside the sentence, the lead's start is no sentence start: a letter before it says so.
    const lead = (from === s.sentence.start ? "" : "x") + text.slice(from, first.start);
    if (!WITH_OPENING.test(lead)) continue;
    const list = listFrom(parties, i, text, figureStart);
    const after = text.slice(list.at(-1)!.end, figureStart);
    const predicate = ABSOLUTE_PREDICATE.exec(after);
    if (!predicate || !ONE_CLAUSE.test(after)) continue;
    if (list.some((p) => r.gazetteer.roles.get(p.canonical) === "source")) return null;
    return list;
  }
  return null;
}

export function reviseWithAbsoluteList(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  // The patterns are case-insensitive: a sentence without the word is answered without them.
  const words = r.text.slice(s.sentence.start, f.q.span.start).toLowerCase();
  if (!words.includes("with") && !words.includes("avec")) return;
  const list = absoluteSubject(r, s, f.q.span.start);
  if (!list) return;
  const entity = joinParties(list);
  const members = new Set(list.map((p) => p.canonical));
  const counterparty = candidate.counterparty?.split("+").filter((n) => !members.has(n)) ?? [];
  candidate.counterparty = counterparty.length > 0 ? counterparty.join("+") : null;
  if (candidate.counterparty === null) candidate.counterpartyAt = null;
  if (candidate.entity === entity) return;
  candidate.entity = entity;
  candidate.entityAt = { start: list[0]!.start, end: list[0]!.end };
  f.entityParty = list[0]!;
  f.entityGroup = list.length > 1 ? list : [];
  f.rules.push(`entity: the companies a "with" clause without a finite verb makes its subject → ${entity}`);
}
