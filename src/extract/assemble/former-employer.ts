/**
 * A company named as a person's former employer is no actor of the sentence: "founded by former
 * OpenAI CTO Mira Murati", "OpenAI's former chief scientist", "former employees of OpenAI",
 * « ancienne directrice technique d'OpenAI », « d'anciens chercheurs de Google DeepMind », "ex-Meta",
 * « un ex-chercheur d'OpenAI », "a trio who left OpenAI", "whose founders previously worked at Meta".
 * Such mentions are set aside before any stage sees the names, so that a round, a valuation or the
 * article's subject never goes to the company its founders left (CLAIMS.md §6).
 */
import type { NameMention } from "../gazetteer.js";

/** A person's earlier post right before the company: "former", "ex-", « ancien(ne)s … de ». */
const FORMER_BEFORE =
  /(?:(?<!\p{L})(?:former|one-time|onetime|ex)[-\s]|(?<!\p{L})(?:former|ex-)\s*(?:[\p{L}-]+\s+){0,3}?(?:employees?|staff(?:ers)?|researchers?|engineers?|executives?|scientists?|members?|colleagues?|leaders?|heads?|CEO|CTO|COO|CFO|president|director|officer|chief(?:\s+[\p{L}-]+){0,2})\s+(?:of|at|from)\s+|(?<!\p{L})(?:ancien(?:ne)?s?\s+|ex-\s*)(?:directeur|directrice|patron(?:ne)?|PDG|dirigeante?|chercheu(?:r|se)|salariée?|employée?|ingénieure?|cadre|responsable|chef|présidente?|membre|collaborat(?:eur|rice)|scientifique|cofondat(?:eur|rice))s?(?:\s+[\p{L}-]+){0,2}?\s+(?:de\s+|d['’]|du\s+|chez\s+)|(?<!\p{L})(?:d['’]|des\s+)?anciens?\s+(?:d['’]|de\s+)|(?<!\p{L})(?:(?:previously|formerly)\s+(?:worked|served)\s+(?:at|for|with)|formerly\s+(?:of|at|with)|(?:who|qui)\s+(?:(?:had|has|have|a|ont|avait|avaient)\s+)?(?:left|quitté))\s+|(?<!\p{L})(?:quit|fled|departed|a\s+quitté|ont\s+quitté|avait\s+quitté|avaient\s+quitté)["”»’]?\s+)(?:the\s+)?$/iu;

/** The post right after the company: "OpenAI CTO", "OpenAI's former chief scientist", "OpenAI alumni". */
const FORMER_AFTER = /^(?:['’]s\s+former\s|\s+(?:alumni|alumnus|veterans?)(?!\p{L}))/iu;

/** "former OpenAI": only a post after it makes it the person's employer ("former OpenAI CTO"). */
const POST_AFTER =
  /^['’]?s?\s+(?:chief|head|senior|lead|principal|vice|co-?founder|founding|researchers?|engineers?|executives?|scientists?|employees?|staff|president|director)(?!\p{L})/iu;
/** A title in capitals after the company: "former OpenAI CTO". */
const TITLE_AFTER = /^\s+[A-Z]{2,4}(?!\p{L})/u;

function isFormerEmployer(text: string, name: NameMention): boolean {
  const before = text.slice(Math.max(0, name.start - 60), name.start);
  const after = text.slice(name.end, name.end + 40);
  if (FORMER_AFTER.test(after)) return true;
  if (!FORMER_BEFORE.test(before)) return false;
  // "former OpenAI" is a post only with its title after; "employees of OpenAI", « ancienne … d'OpenAI » are one already.
  return (
    !/(?<!\p{L})(?:former|one-time|onetime|ex)[-\s]$/iu.test(before) ||
    POST_AFTER.test(after) ||
    TITLE_AFTER.test(after)
  );
}

/** The company names with every mention of a person's former employer left out. */
export function withoutFormerEmployers(text: string, names: NameMention[]): NameMention[] {
  return names.filter((n) => n.kind !== "company" || !isFormerEmployer(text, n));
}
