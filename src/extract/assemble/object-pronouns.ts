/**
 * French object pronouns for a company: "Cerebras a signé avec elle un contrat", "le néocloud lui
 * louera des serveurs", "Pour elle, Broadcom fabriquera des puces". French never uses them for the
 * subject of their own clause (that would be "se", "elle-même"), so the pronoun stands for the
 * company the article is about, or the one the paragraph is about, or else the latest other company named.
 */
import type { Gazetteer, NameMention } from "../gazetteer.js";
import { matchesIn } from "../patterns.js";
import type { Sentence } from "../sentences.js";
import { anaphoraParty, isComplement } from "./parties.js";
import { firstFrom, nameStart } from "./text.js";
import type { Party } from "./types.js";

/**
 * "avec elle", "pour elle", "auprès d'elle" (not "à elle seule", "elle-même"), and "lui" as the
 * indirect object right before its verb ("lui louera", "lui a vendu"), not the stressed "lui" of
 * "OpenAI, lui, a pris" nor "selon lui".
 */
const OBJECT_PRONOUN =
  /(?<![\p{L}'’])(?:(?:avec|pour|auprès\s+d['’])\s*(elle)(?![\p{L}-])(?!\s+(?:seule|même)\b)|(?<=[\p{L}]\s+)(?<!(?:selon|à|pour|avec|de|chez|que|qu['’])\s+)(lui)(?=\s+(?:(?:a|avait|aura|avaient|va|allait|sera)\s+)?\p{Ll}{3,}))/giu;

/** The company a pronoun of `sentence` stands for, other than the subjects it sits beside. */
function meantBy(
  at: number,
  sentence: Sentence,
  text: string,
  parties: readonly Party[],
  names: NameMention[],
  topics: readonly (string | null)[],
  gazetteer: Gazetteer,
): string | null {
  const subjects = (from: number, to: number) =>
    parties.filter((p) => p.start >= from && p.end <= to && !isComplement(text, p, sentence.start));
  // The pronoun's own clause: from the last colon or semicolon before it.
  const clauseStart = sentence.start + Math.max(0, text.slice(sentence.start, at).search(/[:;][^:;]*$/u));
  const before = subjects(clauseStart, at);
  const own = before.length > 0 ? before : subjects(at, sentence.end).slice(0, 1);
  const excluded = new Set(own.map((p) => p.canonical));
  const topic = topics.find((t) => t !== null && !excluded.has(t));
  if (topic) return topic;
  for (let i = firstFrom(names, at, nameStart) - 1; i >= 0; i--) {
    const n = names[i]!;
    if (n.kind !== "company" || excluded.has(n.canonical)) continue;
    if (gazetteer.programmes.has(n.canonical) || gazetteer.roles.get(n.canonical) === "source") continue;
    return n.canonical;
  }
  return null;
}

/** The object pronouns of a sentence as parties, read after its names and subject pronouns. */
export function objectPronounParties(
  sentence: Sentence,
  text: string,
  parties: readonly Party[],
  names: NameMention[],
  topics: readonly (string | null)[],
  gazetteer: Gazetteer,
): Party[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Party[] = [];
  for (const m of matchesIn(OBJECT_PRONOUN, body)) {
    const surface = (m[1] ?? m[2])!;
    const start = sentence.start + m.index + m[0].length - surface.length;
    if (parties.some((p) => p.start <= start && start < p.end)) continue;
    const meant = meantBy(start, sentence, text, parties, names, topics, gazetteer);
    if (meant) found.push(anaphoraParty(start, surface, meant));
  }
  return found;
}

/** Right after "lui": a verb that hands hardware, capacity or servers over ("lui louera", "lui a vendu", "lui fournira"). */
const HANDED_OVER_AFTER_CLITIC =
  /^\s+(?:(?:a|avait|aura|va|allait|doit|devrait|pourrait)\s+)?(?:lou|fourni|fourn|vend|livr|céd|cèd)\p{L}*/iu;

/**
 * "CoreWeave lui louera pour 14 milliards de serveurs", "Nvidia lui a vendu 100 000 puces": the
 * company a supplier's hardware or capacity goes to, named by the "lui" between the supplier and
 * its verb.
 */
export function cliticRecipient(
  text: string,
  parties: readonly Party[],
  supplier: Party,
  figureStart: number,
): Party | undefined {
  const clitic = parties.find(
    (p) =>
      p.start > supplier.end && p.end <= figureStart && p.via === "anaphora" && /^lui$/iu.test(p.surface),
  );
  if (!clitic || clitic.canonical === supplier.canonical) return undefined;
  if (!/^\s+(?:[\p{L}'’-]+\s+){0,4}$/u.test(text.slice(supplier.end, clitic.start))) return undefined;
  const verb = HANDED_OVER_AFTER_CLITIC.exec(text.slice(clitic.end, figureStart));
  return verb ? clitic : undefined;
}

/** "lui louera", "lui a vendu", "lui fournira": whether a party is that pronoun, never a supplier itself. */
export function isCliticObject(text: string, party: Party): boolean {
  return (
    party.via === "anaphora" &&
    /^lui$/iu.test(party.surface) &&
    HANDED_OVER_AFTER_CLITIC.test(text.slice(party.end, party.end + 40))
  );
}
