/**
 * Distributive figures: "SoftBank and OpenAI each committed $19 billion", "a 40% stake apiece",
 * "GIC et CPP Investments 37,5 % chacun" — every company of the list has the figure, so the figure
 * is one claim per company rather than one claim of the group.
 */
import { listStart } from "./parties.js";
import type { Candidate, DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** "each", "chacun", "both", "tous deux" between the companies and the figure ("A and B each committed …"). */
const EACH_BEFORE =
  /(?:^|[\s,])(?:each|chacune?s?|both|(?:tous|toutes)\s+(?:les\s+)?deux)(?![\p{L}-]|\s+other\b|\s+(?:of|de|d['’])\s)/iu;
/** "… apiece", "… each", "… chacun" right after the figure or its noun, before the clause goes on. */
const EACH_AFTER =
  /^[^,;:.()]{0,30}?(?:^|\s)(?:apiece|each|chacune?s?)(?=\s*(?:$|[,;:.)]|\s(?:in|for|to|and|while|as|with|et|pour|dans|contre|tandis|alors|selon)\b))/iu;

/** Between a company and its owner or founder: "xAI d'Elon Musk", "xAI of Elon Musk". */
const OWNED_BY = /^\s*(?:d['’]|de\s+|of\s+)$/iu;

/** The companies that have the figure each, when a distributive word says so; none otherwise. */
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
    members = s.parties.slice(listStart(s.parties, at, text, s.sentence.start), at + 1);
  }
  const companies = members.filter((p) => p.kind !== "person" && p.kind !== "programme");
  if (new Set(companies.map((p) => p.canonical)).size < 2 || companies.length !== members.length) return [];
  const last = members.at(-1)!;
  if (last.end > q.span.start) return [];
  const between = text.slice(last.end, q.span.start);
  const after = text.slice(q.span.end, Math.min(s.sentence.end, q.span.end + 60));
  return EACH_BEFORE.test(between) || EACH_AFTER.test(after) ? members : [];
}

/**
 * After a candidate is filed: when the figure is each company's, the candidate goes to the first
 * company and a copy is filed for each other one, none of them the others' counterparty.
 */
export function fileForEachMember(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const members = distributedMembers(r, s, f);
  if (members.length === 0) return;
  const { candidate } = f;
  const names = [...new Set(members.map((p) => p.canonical))];
  const others = candidate.counterparty?.split("+").filter((n) => !names.includes(n)) ?? [];
  const counterparty = others.length > 0 ? others.join("+") : null;
  const rule = `entity: "each" gives the figure to every company of the list → ${names.join(", ")}`;
  const copies: Candidate[] = names.slice(1).map((name) => {
    const member = members.find((p) => p.canonical === name)!;
    return {
      ...candidate,
      entity: name,
      entityAt: { start: member.start, end: member.end },
      counterparty,
      counterpartyAt: counterparty === null ? null : candidate.counterpartyAt,
      rules: [...candidate.rules, rule],
    };
  });
  const first = members[0]!;
  candidate.entity = names[0]!;
  candidate.entityAt = { start: first.start, end: first.end };
  candidate.counterparty = counterparty;
  if (counterparty === null) candidate.counterpartyAt = null;
  candidate.rules.push(rule);
  const filed = candidate.metric === null ? r.unknown : r.candidates;
  if (!filed.includes(candidate)) return;
  filed.push(...copies);
  s.sentenceClaims.push(...copies);
}
