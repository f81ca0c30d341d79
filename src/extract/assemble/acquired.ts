import { monthAlternation, type Span } from "../../core/index.js";
import { NATIONALITY_ADJECTIVES_EN } from "../lexicon.js";
import { matchesIn } from "../patterns.js";
import type { FigureReading, Party, SentenceReading } from "./types.js";

/**
 * A capitalised adjective of nationality before lower-case words that describe the company ("Danish
 * data center operator Nordhalle"); never before a capitalised word, which may go on the name
 * ("American Tower").
 */
const NATIONALITY = `(?:(?:${NATIONALITY_ADJECTIVES_EN.join("|")})\\s+(?=\\p{Ll}))?`;

/**
 * Lower-case words between the verb or preposition and the name: "le concepteur de puces Ampere", « par
 * actions de »; never "by" nor « par » before anything but the means of payment, which name the buyer of
 * a passive ("was acquired by Nvidia", « rachetée par Nvidia »).
 */
const DESCRIPTION = `(?:(?:the|a|an|le|la|les|l['’]|du|de|d['’]|des)\\s*)?${NATIONALITY}(?:(?!(?:by|par)\\s+(?!(?:actions?|échange|voie|stock|shares?|cash|numéraire)(?!\\p{L})))[\\p{Ll}-]+(?:['’]\\s*|\\s+)){0,4}?`;

/** A company name as written: capitalised words, "&" allowed inside ("Weights & Biases"). */
const NAME = "(\\p{Lu}[\\p{L}\\p{N}.-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}\\p{N}.-]*){0,3})";

/**
 * « achat de X », « rachat du groupe X », « offre d'achat en numéraire de X », « offre publique
 * d'achat sur X »: the noun of buying, the means of payment, then the company bought.
 */
const ACHAT = "(?:r?achat)(?:\\s+en\\s+(?:numéraire|espèces|actions|titres))?\\s+(?:d[eu'’]?|sur\\s)";

/** "acquire X", "bought X", "le rachat du concepteur X", "a racheté X", "acquisition of X": X is bought. */
export const BOUGHT_BEFORE = new RegExp(
  `(?<!\\p{L})(?:[Aa]cquir(?:e|es|ed|ing)|acquisition\\s+of|purchas(?:e|es|ed|ing)(?:\\s+of)?|bought|buy(?:s|ing)?|takeover\\s+of|rach(?:et|èt)\\p{L}*|${ACHAT}|acquisition\\s+d[eu'’]?|acqu(?:iert|is|ise|érir|erra)|achet\\p{L}*|achèt\\p{L}*)(?!\\p{L}*\\s*(?:(?:of|de|d['’]|des|du)\\s*)?(?:[\\d.,\\s]+)?(?:GPUs?|TPUs?|puces?|chips?|processeurs?|processors?|accélérateurs?|accelerators?|serveurs?|servers?|équipements?|equipment)(?!\\p{L}))\\s*${DESCRIPTION}${NAME}`,
  "gu",
);

/**
 * Whether the name written at `start` is the object of a verb or noun of buying ("l'acquisition de
 * Core Scientific", "agreed to buy Ampere"): the company bought, which an article about the deal
 * describes but is not about.
 */
export function isBoughtName(text: string, start: number): boolean {
  const from = Math.max(0, start - 80);
  const window = text.slice(from, Math.min(text.length, start + 60));
  return matchesIn(BOUGHT_BEFORE, window).some((m) => from + m.index + m[0].length - m[1]!.length === start);
}

/** "$6.5 billion for X", "6,5 milliards de dollars pour X": after the price, X is what was paid for. */
const BOUGHT_AFTER = new RegExp(`^\\s*(?:for|pour)\\s+${DESCRIPTION}${NAME}`, "u");

/**
 * The company bought as the subject of a passive: "Quellix was acquired by", "X, a chip designer, has
 * been bought by", « X a été rachetée par », « X sera reprise par ».
 */
const BOUGHT_PASSIVE = new RegExp(
  `${NAME}(?:\\s*,[^,.;]{1,60},)?\\s+(?:was|were|is|are|has\\s+been|had\\s+been|have\\s+been|will\\s+be|would\\s+be|is\\s+being|a\\s+été|ont\\s+été|avait\\s+été|aurait\\s+été|sera|serait|est|sont)\\s+(?:\\p{Ll}+ly\\s+)?(?:acquired|bought|purchased|taken\\s+over|rachetée?s?|acquise?s?|achetée?s?|reprise?s?)\\s+(?:by|par)\\s`,
  "gu",
);

/** Capitalised words that are no company: sentence openers, months, places, the field itself. */
const NOT_A_COMPANY = new RegExp(
  `^(?:AI|IA|US|UK|EU|The|Le|La|Les|Its|Son|Sa|Ses|Their|Leur|${monthAlternation("en", "capitalised")}|${monthAlternation("fr", "capitalised")})$`,
  "u",
);

/**
 * The company bought, as a known party named in the words after the verb when one is ("acquired io
 * Products"), else the capitalised name as written.
 */
function nameIn(
  s: SentenceReading,
  from: number,
  start: number,
  written: string,
): { name: string; at: Span } | null {
  const end = start + written.length;
  // The party must reach into the name: "Danish" in "Danish data center operator Nordhalle" describes it.
  const party = s.parties.find(
    (p) => p.start >= from && p.end <= end && p.end > start && p.kind !== "person",
  );
  if (party) return { name: party.canonical, at: { start: party.start, end: party.end } };
  if (NOT_A_COMPANY.test(written.split(/\s+/u)[0]!)) return null;
  return { name: written, at: { start, end } };
}

/**
 * The company an acquisition price pays for (CLAIMS.md §6: acquirer → company bought): the object of
 * a verb or noun of buying in the figure's clause before it, else the complement of "for"/"pour" after it.
 */
export function acquiredCompany(
  text: string,
  s: SentenceReading,
  f: FigureReading,
): { name: string; at: Span; rule: string } | null {
  const before = text.slice(f.clauseStart, f.q.span.start);
  let found: { name: string; at: Span } | null = null;
  for (const m of matchesIn(BOUGHT_BEFORE, before)) {
    const at = f.clauseStart + m.index;
    found = nameIn(s, at, at + m[0].length - m[1]!.length, m[1]!) ?? found;
  }
  for (const m of matchesIn(BOUGHT_PASSIVE, before)) {
    const at = f.clauseStart + m.index;
    found = nameIn(s, at, at, m[1]!) ?? found;
  }
  let rule = "the object of the purchase";
  if (!found) {
    const after = BOUGHT_AFTER.exec(text.slice(f.q.span.end, f.clauseEnd));
    const at = f.q.span.end;
    if (after) found = nameIn(s, at, at + after[0].length - after[1]!.length, after[1]!);
    rule = "what the price pays for";
  }
  if (!found) {
    const sold = soldCompany(text, s, f);
    if (sold) found = { name: sold.canonical, at: { start: sold.start, end: sold.end } };
    rule = "the company sold";
  }
  if (!found || found.name === f.candidate.entity) return null;
  return {
    ...found,
    rule: `counterparty: ${rule} "${text.slice(found.at.start, found.at.end)}" → ${found.name}`,
  };
}

/** Whether `party` is the object of a verb or noun of buying before an acquisition price: the company bought, never the buyer. */
export function isBoughtBeforePrice(text: string, f: FigureReading, party: Party): boolean {
  if (f.candidate.metric !== "acquisition_price" || party.end > f.q.span.start || party.start < f.clauseStart)
    return false;
  for (const m of matchesIn(BOUGHT_BEFORE, text.slice(f.clauseStart, f.q.span.start))) {
    const nameStart = f.clauseStart + m.index + m[0].length - m[1]!.length;
    if (party.start === nameStart) return true;
  }
  return false;
}

/**
 * A sale told from the seller or from the thing sold: "was sold to", "sold for", « a été vendue à »,
 * « sera cédée pour », and the bare verb of an active sale ("Talen has sold its campus to Amazon for").
 */
const SOLD_WORD =
  /(?<!\p{L})(?:(?:sold|vendue?s?|cédée?s?)\s+(?:to|for|à|au|pour)|^(?:sold|sells?|selling|vendu|vend(?:ent|ra|ront)?|cédé|cèd(?:e|ent)|céd(?:era|eront)))$/iu;
/** From the price to the buyer named after it: "… to Nvidia", "… à Nvidia". */
const PRICE_TO_BUYER = /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:to|à|au)\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu;
/** From an active sale verb to the buyer: "sold its Cumulus campus in Pennsylvania to Amazon". */
const SOLD_THING_TO_BUYER = /^[^.;]{0,80}?(?<!\p{L})(?:to|à|au)\s+(?:[\p{L}'’-]+\s+){0,3}?$/u;

function saleWordOf(text: string, f: FigureReading): Span | null {
  const at = f.candidate.metricAt;
  if (f.candidate.metric !== "acquisition_price" || !at || at.end > f.q.span.start) return null;
  return SOLD_WORD.test(text.slice(at.start, at.end)) ? at : null;
}

/** Whether the figure's metric word is a word of sale ("was sold to", « a été vendue à »). */
export function isSaleWord(text: string, f: FigureReading): boolean {
  return saleWordOf(text, f) !== null;
}

/**
 * "X was sold to Nvidia for $700 million", « X a été cédée pour 900 millions à Nvidia »: the company
 * a sale goes to is the buyer, who pays the price (CLAIMS.md §6: acquirer → company bought).
 */
export function buyerOfSale(text: string, s: SentenceReading, f: FigureReading): Party | null {
  const word = saleWordOf(text, f);
  if (!word) return null;
  const buyer = s.parties.find(
    (p) =>
      p.kind !== "person" &&
      p.start <= f.clauseEnd &&
      ((p.start >= word.end &&
        p.start <= f.q.span.start &&
        (/^\s*(?:the\s+|l['’])?$/iu.test(text.slice(word.end, p.start)) ||
          SOLD_THING_TO_BUYER.test(text.slice(word.end, p.start)))) ||
        (p.start >= f.q.span.end &&
          p.start - f.q.span.end <= 60 &&
          PRICE_TO_BUYER.test(text.slice(f.q.span.end, p.start)))),
  );
  return buyer ?? null;
}

/** The company sold: the last one named in the clause before the word of sale ("Lambda will be sold to …"). */
export function soldCompany(text: string, s: SentenceReading, f: FigureReading): Party | null {
  const word = saleWordOf(text, f);
  if (!word) return null;
  return (
    s.parties.findLast((p) => p.kind !== "person" && p.start >= f.clauseStart && p.end <= word.start) ?? null
  );
}
