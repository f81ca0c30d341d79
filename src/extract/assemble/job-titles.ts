/**
 * A person's job title names a post, and the company the post is held at: "Jane Roe, Vice-President
 * of Global Data Centers at Velorine", "John Poe, Head of Cloud Infrastructure at Pellaro", « Marie
 * Lenoir, directrice des Opérations Mondiales chez Quarkon ». The capitalised words after the title
 * ("Global Data Centers") are the post's field, not a company, however corporate they sound; the
 * name after "at", « chez » is the company.
 */

/** Words that head a job title, in either case: "Vice-President", "Head", « directrice », « responsable ». */
const TITLE_HEAD = String.raw`(?<![\p{L}])(?:[Vv]ice[- ]?[Pp]r[ée]sident(?:e)?|[Pp]r[ée]sident(?:e)?|[Hh]ead|[Dd]irector|[Mm]anager|[Oo]fficer|[Cc]hief|[Ll]ead|[Cc]hair(?:man|woman)?|VP|SVP|EVP|GM|[Dd]irect(?:eur|rice)|[Rr]esponsable|[Cc]he(?:f|ffe)|[Pp]atron(?:ne)?)`;

/** What links a title to its field: "of", "for", « de », « des », « du », « de la ». */
const TITLE_LINK = String.raw`[ \u00a0]+(?:of|for|de[ \u00a0]+la|de|des|du|d['’])[ \u00a0]*(?:the[ \u00a0]+)?`;

/**
 * A title's head, a few words, then its link, right before a name: "Senior Director of "; with the
 * possessive of the company that holds the post before it, when written ("Velorine's Vice-President of ").
 */
const FIELD_BEFORE = new RegExp(
  String.raw`(['’]s[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}?)?${TITLE_HEAD}(?:[ \u00a0]+[\p{L}-]+){0,2}?${TITLE_LINK}$`,
  "u",
);

/** What follows a post's field: the company it is held at ("at Pellaro", « chez Quarkon », « d'Orvanta »). */
const HELD_AT =
  /^[ \u00a0]+(?:at|chez|au[ \u00a0]+sein[ \u00a0]+(?:de[ \u00a0]+|d['’])|within|de|du)[ \u00a0]*\p{Lu}|^[ \u00a0]+d['’]\p{Lu}/u;

/**
 * Whether the name at `at` is the field of a job title held at a company: "Head of Cloud
 * Infrastructure at Pellaro", « directrice des Opérations Mondiales d'Orvanta », "Velorine's
 * Vice-President of Global Data Centers, Jane Roe". A title of no company ("the chief executive of
 * Halvard Data Centers, Jane Roe") names the company.
 */
export function namesAPostField(text: string, name: string, at: number): boolean {
  const title = FIELD_BEFORE.exec(text.slice(Math.max(0, at - 90), at));
  if (!title) return false;
  return title[1] !== undefined || HELD_AT.test(text.slice(at + name.length, at + name.length + 20));
}

/** Capitalised words ("Velorine", "Pellaro Cloud"), as in unknown-names.ts. */
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{N}&-]*){0,3})`;

/**
 * "Vice-President of Global Data Centers at Velorine", « directrice des opérations chez Quarkon »:
 * the company a job title is held at, after "at", « chez », « au sein de ».
 */
export const POST_HELD_AT = new RegExp(
  String.raw`(?<=${TITLE_HEAD}(?:[ \u00a0]+[\p{L}'’-]+){0,6}?[ \u00a0]+(?:at|chez|au[ \u00a0]+sein[ \u00a0]+(?:de[ \u00a0]+|d['’])|within)[ \u00a0]*)${NAME}(?![\p{L}\p{N}])`,
  "gu",
);
