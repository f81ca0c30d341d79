import { PARENT_APPOSITION_LEAD } from "../lexicon.js";
import type { Party } from "./types.js";

/**
 * A company's parent, owner or backer named in an apposition right after it: "Corvel, owned by the
 * fund Arnhelm, will invest", « le campus de Corvel, filiale du groupe Arnhelm, aura 800 MW », "Corvel, a
 * unit of Arnhelm, plans". The clause is about the company before the apposition: the parent named
 * inside it is no subject of the verb after it, and does not take the figure.
 */

/** From the company's end to the parent: a comma, the lead, then at most three words (an article, "fonds", "group"). */
const TO_PARENT = new RegExp(
  String.raw`^\s*,\s*(?:${PARENT_APPOSITION_LEAD})(?:\s+|(?<=['’]))(?:[\p{L}-]+\s+){0,3}?$`,
  "iu",
);

/** From the parent to the figure: the comma that closes the apposition, then no stronger break (a place in brackets may stand). */
const CLOSED_BEFORE_FIGURE = /^[^,;:.()]{0,40},(?:[^;:()]|\([^;:()]{1,30}\))*$/u;

/** The company `parent` is apposed to as its parent, when the apposition closes before the figure. */
export function apposedParentOf(
  text: string,
  parties: readonly Party[],
  parent: Party,
  figureStart: number,
): Party | null {
  if (parent.end > figureStart) return null;
  const head = parties.findLast((p) => p.end <= parent.start);
  if (!head || head.canonical === parent.canonical) return null;
  if (!TO_PARENT.test(text.slice(head.end, parent.start))) return null;
  return CLOSED_BEFORE_FIGURE.test(text.slice(parent.end, figureStart)) ? head : null;
}

/** Whether `party` is named, before the figure, as the parent of the company before it. */
export function isApposedParent(
  text: string,
  parties: readonly Party[],
  party: Party,
  figureStart: number,
): boolean {
  return apposedParentOf(text, parties, party, figureStart) !== null;
}

/** Whether `party` is followed, before the figure, by an apposition naming its parent. */
export function hasApposedParent(
  text: string,
  parties: readonly Party[],
  party: Party,
  figureStart: number,
): boolean {
  return parties.some((p) => p.start > party.end && apposedParentOf(text, parties, p, figureStart) === party);
}
