/**
 * A companion named in a phrase that opens the sentence, before the verb's own subject: "Alongside
 * OpenAI, SoftBank and Oracle plan to spend $40 billion", « Aux côtés d'OpenAI, SoftBank et Oracle
 * prévoient … ». The names after the comma are the subject and act as a group (CLAIMS.md §6); the
 * companion stands beside them, neither a member nor a counterparty — unless the phrase joins it to
 * the action ("Together with OpenAI, …", « Conjointement avec OpenAI, … »).
 * A list the phrase ends with a comma and another subject ("Alongside OpenAI, SoftBank and Oracle,
 * Stargate plans …") is all companions: the subject is the name after it.
 * After a bare "With X," / « Avec X, » the companion is no member either, but keeps the role the verb
 * gives it ("With Nvidia, OpenAI signed a $30 billion deal": Nvidia is the counterparty).
 */
import {
  ABSOLUTE_PREDICATE,
  BARE_COMPANION_LEAD,
  COMPANION_LEAD,
  JOINED_COMPANION_LEAD,
  listItemGap,
} from "../lexicon.js";
import { joinParties } from "./parties.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** Between the companion and the subject: a bare comma. */
const PHRASE_END = /^\s*,\s*$/u;
/** Between two names of the subject list: a comma, "and"/"et", or both. */
const SUBJECT_GAP = listItemGap(["&"]);
/** After the subject, its verb: a word, no comma. */
const VERB_NEXT = /^\s+\p{L}/u;

interface FrontedSubject {
  companions: Party[];
  subject: Party[];
  joined: boolean;
  /** "With Nvidia, …": the companion keeps the role the verb gives it, such as a deal's counterparty. */
  bare: boolean;
}

const closedByAnd = (text: string, run: Party[]) =>
  run.length === 1 || /(?:and|et|&)\s*$/iu.test(text.slice(run.at(-2)!.end, run.at(-1)!.start));

/** The names from `from` joined as one list by commas and a closing "and", which ends it. */
function runFrom(text: string, parties: Party[], from: number): Party[] {
  const run = [parties[from]!];
  for (const next of parties.slice(from + 1)) {
    if (closedByAnd(text, run) && run.length > 1) break;
    if (!SUBJECT_GAP.test(text.slice(run.at(-1)!.end, next.start))) break;
    run.push(next);
  }
  return run;
}

function frontedSubject(text: string, s: SentenceReading, figureStart: number): FrontedSubject | null {
  const parties = s.parties.filter((p) => p.start >= s.sentence.start && p.end <= figureStart);
  if (parties.length < 2 || parties.some((p) => p.kind === "person")) return null;
  const lead = text.slice(s.sentence.start, parties[0]!.start);
  const joined = JOINED_COMPANION_LEAD.test(lead);
  const bare = !joined && BARE_COMPANION_LEAD.test(lead);
  if (!joined && !bare && !COMPANION_LEAD.test(lead)) return null;
  // "Alongside OpenAI, SoftBank and Oracle, Stargate plans": a whole list closed by a comma is the phrase's.
  const run = runFrom(text, parties, 0);
  const afterRun = parties[run.length];
  const companions =
    afterRun && closedByAnd(text, run) && PHRASE_END.test(text.slice(run.at(-1)!.end, afterRun.start))
      ? run
      : run.length > 1 && PHRASE_END.test(text.slice(run[0]!.end, run[1]!.start))
        ? [run[0]!]
        : null;
  if (!companions) return null;
  const subject = runFrom(text, parties, companions.length);
  if (!closedByAnd(text, subject) || companions.length + subject.length !== parties.length) return null;
  const afterSubject = text.slice(subject.at(-1)!.end, figureStart);
  if (!VERB_NEXT.test(afterSubject)) return null;
  // "With A, B and C set to spend …": one list, the subject of an absolute clause (with-absolute-list).
  if (bare && ABSOLUTE_PREDICATE.test(afterSubject)) return null;
  const names = new Set(companions.map((p) => p.canonical));
  if (subject.some((p) => names.has(p.canonical))) return null;
  return { companions, subject, joined, bare };
}

export function reviseFrontedCompanion(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (!candidate.entity) return;
  const fronted = frontedSubject(r.text, s, f.q.span.start);
  if (!fronted) return;
  const { companions, subject, joined, bare } = fronted;
  const named = new Set([...companions, ...subject].map((p) => p.canonical));
  const cleared = bare ? new Set(subject.map((p) => p.canonical)) : named;
  // A figure another clause's company owns keeps its owner.
  if (!candidate.entity.split("+").every((n) => named.has(n))) return;
  const group = joined ? [...companions, ...subject] : subject;
  const entity = joinParties(group);
  const counterparty = candidate.counterparty?.split("+").filter((n) => !cleared.has(n)) ?? [];
  candidate.counterparty = counterparty.length > 0 ? counterparty.join("+") : null;
  if (candidate.counterparty === null) candidate.counterpartyAt = null;
  if (candidate.entity === entity) return;
  candidate.entity = entity;
  candidate.entityAt = { start: group[0]!.start, end: group[0]!.end };
  f.entityParty = group[0]!;
  f.entityGroup = group.length > 1 ? group : [];
  f.rules.push(
    joined
      ? `entity: the companies the phrase opening the sentence joins to the action, and its subject → ${entity}`
      : `entity: the subject after the companions the phrase opening the sentence names, not one of them → ${entity}`,
  );
}
