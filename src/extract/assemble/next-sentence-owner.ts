/**
 * An owner named only in the sentence after the figure, which says who the figure's unnamed party
 * is: "An unnamed group agreed to pay €900 million for the site. The buyer is Kessel Energy", « Un
 * fonds a mis 400 millions d'euros sur la table. Il s'agit de Vantor Capital », "… will spend $2
 * billion. Kessel confirmed the amount on Monday". Where the figure's sentence names no owner of
 * its own, a company the next sentence of the same paragraph names this way is offered to the entity
 * scorer with the feature `nextSentenceOwner`. A company the next sentence merely names, or names
 * further on, is not offered: only the sentence's opening identifies the party.
 */
import type { NameMention } from "../gazetteer.js";
import { OWNER_CONFIRMS_AFTER, OWNER_IDENTIFIED_LEAD } from "../lexicon.js";
import { namesStartingIn } from "./text.js";
import type { DocumentReading, OwnerFromOutside, SentenceReading } from "./types.js";

/** How far into the next sentence its first name may start (after "The buyer is", « Il s'agit de »). */
const OPENING_REACH = 40;

/** The first company or programme named in the sentence's opening. */
function firstNameIn(r: DocumentReading, start: number, end: number): NameMention | undefined {
  return namesStartingIn(r.names, start, Math.min(end, start + OPENING_REACH)).find(
    (n) => n.kind === "company" || n.kind === "programme",
  );
}

/**
 * The company the sentence after `s` identifies at its opening ("The buyer is X", « Il s'agit de X »,
 * "X confirmed the amount"), or null. The figures of `s` share it.
 */
export function nextSentenceOwner(r: DocumentReading, s: SentenceReading): OwnerFromOutside | null {
  const next = r.context.sentences[s.sentenceIndex + 1];
  if (!next || next.paragraph !== s.sentence.paragraph || next.headline) return null;
  const first = firstNameIn(r, next.start, next.end);
  if (!first) return null;
  const lead = r.text.slice(next.start, first.start);
  if (OWNER_IDENTIFIED_LEAD.test(lead))
    return { name: first.canonical, surface: r.text.slice(next.start, first.end).trim() };
  if (lead.trim() !== "") return null;
  const after = OWNER_CONFIRMS_AFTER.exec(r.text.slice(first.end, next.end));
  return after
    ? { name: first.canonical, surface: r.text.slice(first.start, first.end + after[0].length) }
    : null;
}
