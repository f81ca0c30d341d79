/**
 * A list item that opens on its company: "- Quarkon a publié … ; la société vise 400 MW", "• Orvanta
 * Inc: the firm expects 250 MW". Each item of such a list is about the company it opens on, so "the
 * company", « la société », "it" within the item stand for that company, not for a sibling item's
 * company nor for the article's subject.
 */
import { COMPANY_ANAPHOR } from "../lexicon.js";
import type { Sentence } from "../sentences.js";
import { firstFrom, nameStart } from "./text.js";
import type { DocumentReading } from "./types.js";

/**
 * What stands between the bullet and the company it opens on: nothing, or an article and a few
 * words ("- Le néocloud Brisalys", "• The cooling maker Tervane"), the company's product among
 * them (« - L'IA Falcor de Quarkon … »).
 */
const ITEM_OPENING =
  /^(?:[-•·*–]|\d{1,2}[.)])[ \t]+(?:(?:[Ll]es?|[Ll]a|[Ll]['’]|[Tt]he|[Aa]n?|[Uu]ne?)[ \t]*(?:[\p{L}-]+[ \t]+){0,3})?$/u;

/** Between a product and its maker: « de », « d' », "of". */
const PRODUCT_OF = /^[ \u00a0]+(?:de[ \u00a0]+|d['’]|du[ \u00a0]+|of[ \u00a0]+)$/u;

/** "the company", « la société », "it", « elle » later in the item: what points back at its company. */
const POINTS_BACK = new RegExp(String.raw`(?<![\p{L}])(?:${COMPANY_ANAPHOR}|it|elle|il)(?![\p{L}'’])`, "iu");

/**
 * The company a list item opens on, when the item points back at it ("- Microsoft accounted for 62%
 * of revenue" names its company but points back at none: the list's subject keeps its figures);
 * null when the item opens on anything else.
 */
export function itemOpeningCompany(r: DocumentReading, sentence: Sentence): string | null {
  const { names, text, gazetteer } = r;
  const at = firstFrom(names, sentence.start, nameStart);
  const opening = names[at];
  if (!opening || opening.end > sentence.end) return null;
  if (!ITEM_OPENING.test(text.slice(sentence.start, opening.start))) return null;
  // "- L'IA Gemini de Google …", "- Quarkon's Falcor chips …": a product's maker.
  const maker = names[at + 1];
  const first =
    opening.kind === "product" &&
    maker &&
    maker.end <= sentence.end &&
    PRODUCT_OF.test(text.slice(opening.end, maker.start))
      ? maker
      : opening;
  if (first.kind !== "company") return null;
  if (!POINTS_BACK.test(text.slice(first.end, sentence.end))) return null;
  const name = first.canonical;
  const excluded =
    gazetteer.programmes.has(name) ||
    gazetteer.publicBodies.has(name) ||
    gazetteer.roles.get(name) === "source";
  return excluded ? null : name;
}
