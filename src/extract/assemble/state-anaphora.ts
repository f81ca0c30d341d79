/**
 * "India is becoming a hotspot … the country's data center capacity has grown to 1.5 GW", "the
 * kingdom's sovereign AI plan", "the bloc's gigafactories": a possessive noun that points back at the
 * latest state or public body named before it stands for that body, as a name of it would. Bare
 * « le pays », « le gouvernement », "the government" stay unread: they are as often a speaker or a
 * complement as the owner.
 */
import type { Gazetteer, NameMention } from "../gazetteer.js";

/** "the country's", "the kingdom's"; "the bloc's" (a union of states). */
const STATE_NOUN = /(?<![\p{L}])[Tt]he\s+(?:country|kingdom|bloc)(?=['’]s\s)/gu;

/** A body no country noun points at: it is a union of states, or one of its institutions. */
const SUPRANATIONAL = /^European\b/u;

/** How far back, in characters, the body the noun points at may be named. */
const REACH = 1500;

function isBloc(noun: string): boolean {
  return /bloc$/u.test(noun);
}

/** The names with every state noun added as a mention of the body it points back at. */
export function withStateAnaphora(text: string, names: NameMention[], gazetteer: Gazetteer): NameMention[] {
  if (gazetteer.publicBodies.size === 0) return names;
  const bodies = names.filter((n) => gazetteer.publicBodies.has(n.canonical));
  if (bodies.length === 0) return names;
  const added: NameMention[] = [];
  for (const match of text.matchAll(STATE_NOUN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (names.some((n) => n.start < end && n.end > start)) continue;
    const bloc = isBloc(match[0]);
    let antecedent: NameMention | undefined;
    for (const body of bodies) {
      if (body.end > start) break;
      if (start - body.end > REACH) continue;
      if (SUPRANATIONAL.test(body.canonical) === bloc) antecedent = body;
    }
    if (antecedent)
      added.push({ start, end, canonical: antecedent.canonical, kind: antecedent.kind, surface: match[0] });
  }
  if (added.length === 0) return names;
  return [...names, ...added].sort((a, b) => a.start - b.start);
}
