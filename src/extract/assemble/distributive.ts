/**
 * Distributive figures: one figure every company of a list has, so the figure is one claim per
 * company rather than one claim of the group. The list is found two ways:
 * - the subject list: "SoftBank and OpenAI each committed $19 billion", "a 40% stake apiece",
 *   "GIC et CPP Investments 37,5 % chacun";
 * - the backers named after a round: "Anthropic raised $10 billion from GIC and Coatue, each
 *   contributing $1.5 billion", « auprès de GIC, le fonds de Singapour, et de l'investisseur
 *   américain Coatue, chacun contribuant à hauteur de 1,5 milliard » — each backer's investment in
 *   the company raising, not a second round of that company.
 */
import { BOTH_BEFORE_PAIR, JOINT_ACTION, SUM_WORDS } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { hasMatch } from "../patterns.js";
import { namesOneOfPair } from "./contrast-after.js";
import { listStart } from "./parties.js";
import type { Candidate, DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** The members that have the figure each, what every member's claim says besides its entity, and why. */
interface Sharing {
  members: Party[];
  fields: Partial<Candidate>;
  rule: string;
}

/** "each", "chacun", "both", "tous deux" between the companies and the figure ("A and B each committed …"). */
export const EACH_BEFORE =
  /(?:^|[\s,])(?:each|chacune?s?|both|(?:tous|toutes)\s+(?:les\s+)?deux)(?![\p{L}-]|\s+other\b|\s+(?:of|de|d['’])\s)/iu;
/** "… apiece", "… each", "… chacun" right after the figure or its noun, before the clause goes on. */
export const EACH_AFTER =
  /^[^,;:.()]{0,30}?(?:^|\s)(?:apiece|each|chacune?s?)(?=\s*(?:$|[,;:.)]|\s(?:in|for|to|and|while|as|with|et|pour|dans|contre|tandis|alors|selon)\b))/iu;
/** "each contributing", "each investing", "chacun apportant", "chacun (contribuant) à hauteur de", right before the figure. */
const EACH_CONTRIBUTING =
  /(?:^|[\s,])(?:each|chacune?)\s+(?:(?:(?:contribut\p{L}*|invest\p{L}*|provid\p{L}*|putting\s+in|put\s+in|apport\p{L}*|inject\p{L}*|contribu\p{L}*|mett\p{L}*|versant|souscriv\p{L}*)\s+)(?:(?:à\s+hauteur\s+de|pour|about|around|roughly|some|environ|près\s+de|up\s+to|jusqu['’]à)\s+)?|à\s+hauteur\s+de\s+(?:(?:environ|près\s+de)\s+)?)(?:(?:un|une|a|an)\s+)?$/iu;

/** Between a company and its owner or founder: "xAI d'Elon Musk", "xAI of Elon Musk". */
const OWNED_BY = /^\s*(?:d['’]|de\s+|of\s+)$/iu;

const isBacker = (p: Party) => p.kind !== "person" && p.kind !== "programme" && p.via !== "anaphora";

/** The companies of the subject list that have the figure each, when a distributive word says so; none otherwise. */
export function distributedMembers(r: DocumentReading, s: SentenceReading, f: FigureReading): Party[] {
  const { text } = r;
  const { q, entityParty } = f;
  if (!entityParty) return [];
  let members = f.entityGroup;
  if (members.length < 2) {
    // "GIC et CPP Investments 37,5 % chacun": the list ends with the name the figure was given to.
    let at = s.parties.indexOf(entityParty);
    if (at < 0) return [];
    // "OpenAI et xAI d'Elon Musk, qui ont tous deux levé …": the person is the last company's.
    if (
      entityParty.kind === "person" &&
      at > 0 &&
      OWNED_BY.test(text.slice(s.parties[at - 1]!.end, entityParty.start))
    )
      at--;
    members = s.parties.slice(
      listStart(s.parties, at, text, s.sentence.start),
      at + listAfter(text, s, at, q.span.start) + 1,
    );
  }
  const companies = members.filter((p) => p.kind !== "person" && p.kind !== "programme");
  if (new Set(companies.map((p) => p.canonical)).size < 2 || companies.length !== members.length) return [];
  const last = members.at(-1)!;
  if (last.end > q.span.start) return [];
  const between = text.slice(last.end, q.span.start);
  const after = text.slice(q.span.end, Math.min(s.sentence.end, q.span.end + 60));
  // "both raised money: $80 million for the former, …": the figure names one of them, not each.
  if (namesOneOfPair(text, q.span.end, s.sentence.end)) return [];
  return EACH_BEFORE.test(between) || EACH_AFTER.test(after) || bothBeforePair(text, s, members, q)
    ? members
    : [];
}

/**
 * "Both Alphabet and Meta expect capex above $70 billion", « Tous deux, Alphabet et Meta prévoient …
 * »: "both" before a pair gives each its own figure, unless the figure is their sum ("a combined $140
 * billion", « à eux deux »).
 */
function bothBeforePair(text: string, s: SentenceReading, members: Party[], q: QuantityMention): boolean {
  if (members.length !== 2) return false;
  if (!BOTH_BEFORE_PAIR.test(text.slice(s.sentence.start, members[0]!.start))) return false;
  const clause = text.slice(members[1]!.end, s.sentence.end);
  return !hasMatch(SUM_WORDS, clause) && !hasMatch(JOINT_ACTION, text.slice(members[1]!.end, q.span.end));
}

/** Between two names of a list in brackets or given as an aside: a bare comma, or a closing "and". */
const LIST_AFTER_GAP = /^\s*(?:,|,?\s*(?:et|and|&))\s*$/iu;

/**
 * "Les leaders (Alphabet, Microsoft, Amazon) prévoient chacun", "the three giants — Meta, Oracle,
 * Amazon — each plan": the figure was given to the first name of a list its verb follows; how many
 * names of the list come after it, before the figure.
 */
function listAfter(text: string, s: SentenceReading, at: number, figureStart: number): number {
  let n = 0;
  for (let i = at + 1; i < s.parties.length; i++) {
    const p = s.parties[i]!;
    if (p.end > figureStart || !LIST_AFTER_GAP.test(text.slice(s.parties[i - 1]!.end, p.start))) break;
    n++;
  }
  return n;
}

/** The subject list's companies, none of them the others' counterparty. */
function subjectList(r: DocumentReading, s: SentenceReading, f: FigureReading): Sharing | null {
  const members = distributedMembers(r, s, f);
  if (members.length === 0) return null;
  const { candidate } = f;
  const names = [...new Set(members.map((p) => p.canonical))];
  const others = candidate.counterparty?.split("+").filter((n) => !names.includes(n)) ?? [];
  const counterparty = others.length > 0 ? others.join("+") : null;
  return {
    members,
    fields: { counterparty, counterpartyAt: counterparty === null ? null : candidate.counterpartyAt },
    rule: `entity: "each" gives the figure to every company of the list → ${names.join(", ")}`,
  };
}

/** The round the sentence tells before the figure, with the company raising it. */
function roundBefore(s: SentenceReading, f: FigureReading): Candidate | null {
  return (
    s.sentenceClaims.findLast(
      (c) =>
        c !== f.candidate &&
        c.metric === "funding_round" &&
        c.entity !== null &&
        c.q.span.end <= f.q.span.start,
    ) ?? null
  );
}

/** The backers named between the round and "each contributing", each investing in the company raising. */
function roundBackers(r: DocumentReading, s: SentenceReading, f: FigureReading): Sharing | null {
  const { candidate, q } = f;
  if (candidate.metric !== "funding_round" && candidate.metric !== "investment") return null;
  const lead = r.text.slice(Math.max(s.sentence.start, q.span.start - 60), q.span.start);
  const each = EACH_CONTRIBUTING.exec(lead);
  if (!each) return null;
  const round = roundBefore(s, f);
  if (!round || round.entity === null) return null;
  const raiser = round.entity;
  const eachAt = q.span.start - lead.length + each.index;
  const members = s.parties.filter(
    (p) => isBacker(p) && p.start >= round.q.span.end && p.end <= eachAt && p.canonical !== raiser,
  );
  const names = [...new Set(members.map((p) => p.canonical))];
  if (names.length < 2) return null;
  return {
    members,
    fields: { metric: "investment", counterparty: raiser, counterpartyAt: round.entityAt },
    rule: `entity: "each contributing" gives every backer of ${raiser}'s round the figure → ${names.join(", ")}`,
  };
}

/** The candidate goes to the first member and a copy is filed for each other one. */
function shareAmong(r: DocumentReading, s: SentenceReading, candidate: Candidate, sharing: Sharing): void {
  const { members, fields, rule } = sharing;
  const names = [...new Set(members.map((p) => p.canonical))];
  const at = (name: string) => {
    const member = members.find((p) => p.canonical === name)!;
    return { start: member.start, end: member.end };
  };
  const copies: Candidate[] = names.slice(1).map((name) => ({
    ...candidate,
    ...fields,
    entity: name,
    entityAt: at(name),
    rules: [...candidate.rules, rule],
  }));
  Object.assign(candidate, fields, { entity: names[0]!, entityAt: at(names[0]!) });
  candidate.rules.push(rule);
  const filed = candidate.metric === null ? r.unknown : r.candidates;
  if (!filed.includes(candidate)) return;
  filed.push(...copies);
  s.sentenceClaims.push(...copies);
}

/** After a candidate is filed: when the figure is each member's, by the subject list, then by the round's backers. */
export function fileForEachMember(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  for (const members of [subjectList, roundBackers]) {
    const sharing = members(r, s, f);
    if (sharing) shareAmong(r, s, f.candidate, sharing);
  }
}
