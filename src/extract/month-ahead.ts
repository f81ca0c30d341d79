import { FUTURE_TENSE, planVerbs } from "./lexicon.js";
import { firstMatch, hasMatch } from "./patterns.js";

/**
 * A plan or a schedule: "plans to pay", "is expected to close", « prévoit de verser », « compte ouvrir »:
 * the act it names lies ahead like a verb in the future.
 */
const PLANNED = new RegExp(
  String.raw`\b${planVerbs("ahead", ["en"])}\s+to\b|\b(?:is|are)\s+(?:expected|scheduled|slated|poised|planned|due)\b|(?<!\p{L})${planVerbs("ahead", ["fr"])}\s+(?:de\s+|d['’])?\p{L}+(?:er|ir|re)(?!\p{L})|(?<!\p{L})(?:prévue?s?|programmée?s?|attendue?s?)\s*$`,
  "iu",
);

/** What bounds the clause a date stands in: a semicolon, a colon, a bracket, a line. */
const CLAUSE_EDGE = /[;:!?\n()]/u;

/** A comma or a full stop bounds a clause when a space follows it; within a number ("22.5", "1,000") it does not. */
function edgeAt(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === "," || c === ".") return !/\d/u.test(text[i + 1] ?? " ");
  return CLAUSE_EDGE.test(c);
}

/** A finished act in the clause: an auxiliary of the past, or a participle straight before the date. */
const PAST_IN_CLAUSE =
  /\b(?:was|were|had|has|have|did)\b|(?<!\p{L})(?:a|ont|avait|avaient|était|étaient|fut|furent)\s+(?:\p{L}+\s+)?\p{L}{2,}(?:é|ée|és|ées|u|ue|is|it)(?!\p{L})/iu;
const PARTICIPLE_BEFORE_DATE =
  /(?<!\b(?:is|are|be|been|being|est|sont|être|été|sera|seront|serait)\s+)(?:\b\p{L}{3,}ed|(?<!\p{L})\p{L}{2,}(?:é|ée|és|ées))\s*$/iu;

function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && !edgeAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !edgeAt(text, to)) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

/**
 * "SoftBank will sell its shares in December", « l'opération sera bouclée en janvier », "In March, the
 * plant will open": a month named without its year in a clause whose verb is in the future is the
 * coming one, not the latest one gone. "would" (reported speech) and a past auxiliary keep it past.
 */
export function monthAhead(text: string, start: number, end: number): boolean {
  const own = clauseAround(text, start, end);
  // "In December, the plant will open": a date standing alone before a comma dates the next clause.
  const alone = own.before.trim() === "" && own.after.trim() === "" && text[end] === ",";
  const clause = alone ? clauseAround(text, end + 1, end + 1).after : `${own.before} ${own.after}`;
  const future = firstMatch(FUTURE_TENSE, clause);
  const planned = hasMatch(PLANNED, own.before) || hasMatch(PLANNED, clause);
  if (!planned && (future === null || /^would$/iu.test(future[0]))) return false;
  return !hasMatch(PAST_IN_CLAUSE, clause) && !hasMatch(PARTICIPLE_BEFORE_DATE, own.before);
}
