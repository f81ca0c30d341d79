/**
 * Capitalised names coordinated in one list: "Microsoft, Nvidia and Quarkon", « Amazon, Meta et de
 * Norvane », "Oracle & Tessellis". A name the gazetteer does not know is a company when the list
 * holds a company ("Meta and Velorine have committed…"), or when the whole list opens a clause with
 * a verb of corporate finance (« Quarkon, Norvane et Velorine prévoient d'investir… »): business news
 * lists companies with companies, and a group acting together is written so (CLAIMS.md §6).
 */
import { FINANCE_VERB_AFTER } from "./business-cues.js";
import { matchesStartingAt } from "./name-starts.js";

/** One to four capitalised words ("Quarkon", "Primary Digital Infrastructure"); a digit may end one. */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{N}&-]*){0,3}`;

/** Between the last two names: "and", « et », "&", « ainsi que », a repeated « de », « d' », « du ». */
const CLOSING = String.raw`,?[ \u00a0]+(?:and|et|&|ainsi[ \u00a0]+que)[ \u00a0]+(?:(?:de|du|of)[ \u00a0]+|d['’][ \u00a0]*)?`;

/** A list of two to six names: commas between them, a conjunction before the last. */
const LIST = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])${NAME}(?:,[ \u00a0]+(?:(?:de|du|of)[ \u00a0]+|d['’][ \u00a0]*)?${NAME}){0,4}${CLOSING}${NAME}(?![\p{L}\p{N}])`,
  "gu",
);

const MEMBER = new RegExp(NAME, "gu");

/** One member of a list, as written, with its offset. */
export interface ListedName {
  name: string;
  at: number;
}

/** A list of coordinated names, and whether a verb of corporate finance follows it. */
export interface NameList {
  members: ListedName[];
  subjectOfFinance: boolean;
}

/** The members of one matched list: its capitalised runs, the conjunction left out. */
function membersOf(list: string, at: number): ListedName[] {
  const out: ListedName[] = [];
  for (const m of list.matchAll(MEMBER)) out.push({ name: m[0], at: at + m.index });
  return out;
}

/** Every list of coordinated capitalised names in `text`, tried at its capitals only. */
export function coordinatedNames(text: string, capitals: readonly number[]): NameList[] {
  return matchesStartingAt(LIST, text, capitals).map((m) => ({
    members: membersOf(m[0], m.index),
    subjectOfFinance: FINANCE_VERB_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80)),
  }));
}
