/**
 * « 109 milliards d'euros d'investissements privés attendus en France », "€20 billion of foreign
 * investment pledged for the UK": an amount counted as investments, with no company of its clause
 * putting it in, belongs to the collective of its investors ("investisseurs privés", "foreign
 * investors"; CLAIMS.md §6), not to the country it goes to, the market it builds or the article's subject.
 */
import { isCurrencyCode, type Language } from "../../core/index.js";
import type { Gazetteer } from "../gazetteer.js";
import type { FigureReading, Party, SentenceReading } from "./types.js";

/** The investors' adjectives an investment noun carries over to them: "privés" → "investisseurs privés". */
const INVESTOR_ADJECTIVES: Record<string, Record<Language, string>> = {
  privés: { fr: "privés", en: "private" },
  private: { fr: "privés", en: "private" },
  étrangers: { fr: "étrangers", en: "foreign" },
  foreign: { fr: "étrangers", en: "foreign" },
  publics: { fr: "publics", en: "public" },
  public: { fr: "publics", en: "public" },
  internationaux: { fr: "internationaux", en: "international" },
  international: { fr: "internationaux", en: "international" },
};

const ADJECTIVE = "(privés|étrangers|publics|internationaux|private|foreign|public|international)";

/**
 * Right after the figure: "d'investissements (privés)", "of (private) investment", "in new
 * investments", « les investissements privés » as the object the figure sizes.
 */
const INVESTMENTS_AFTER = new RegExp(
  String.raw`^\s*(?:(?:d['’]\s*|de\s+)(?:euros|dollars)\s+)?(?:d['’]\s*|de\s+|of\s+|in\s+|les\s+|the\s+)(?:(?:new|fresh|nouveaux)\s+)?(?:${ADJECTIVE}\s+)?(?:investissements?|investments?)(?:\s+${ADJECTIVE})?(?![\p{L}])`,
  "iu",
);

/** "dont", "including", "of which" right before the figure: a part of the total before it. */
const PART_BEFORE = /(?:\bdont|\bincluding|\bof\s+which)\s*$/iu;

/** A company of the clause puts money in: the figure is its own, whatever noun counts it. */
function companyInClause(gazetteer: Gazetteer, parties: readonly Party[]): boolean {
  return parties.some((p) => p.kind !== "person" && !gazetteer.publicBodies.has(p.canonical));
}

/** The investment noun after the figure, or after the total it is a part of: its adjective, or "" without one. */
function investmentNounOf(text: string, s: SentenceReading, f: FigureReading): string | null {
  const own = INVESTMENTS_AFTER.exec(text.slice(f.q.span.end, f.q.span.end + 60));
  if (own) return own[1] ?? own[2] ?? "";
  if (!PART_BEFORE.test(text.slice(Math.max(f.clauseStart, f.q.span.start - 20), f.q.span.start)))
    return null;
  const total = s.sentenceQs.findLast((q) => q.span.end <= f.q.span.start && q.span.start >= f.clauseStart);
  const of = total ? INVESTMENTS_AFTER.exec(text.slice(total.span.end, total.span.end + 60)) : null;
  return of ? (of[1] ?? of[2] ?? "") : null;
}

/** The investors' collective that owns the figure, as "investisseurs privés" or "private investors", or null. */
export function investorsOfInvestments(
  text: string,
  gazetteer: Gazetteer,
  language: Language,
  s: SentenceReading,
  f: FigureReading,
): { name: string; how: string } | null {
  if (!isCurrencyCode(f.candidate.unit) || companyInClause(gazetteer, f.inClause)) return null;
  const adjective = investmentNounOf(text, s, f);
  if (adjective === null) return null;
  const carried = INVESTOR_ADJECTIVES[adjective.toLowerCase()]?.[language];
  const name =
    language === "fr"
      ? `investisseurs${carried ? ` ${carried}` : ""}`
      : `${carried ? `${carried} ` : ""}investors`;
  return { name, how: `investments counted with no company putting them in → their investors "${name}"` };
}

/** The names `investorsOfInvestments` gives: collectives of investors. */
export const INVESTORS_OF_INVESTMENTS =
  /^(?:investisseurs(?:\s+(?:privés|étrangers|publics|internationaux))?|(?:(?:private|foreign|public|international)\s+)?investors)$/u;
