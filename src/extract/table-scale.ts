/**
 * A table's scale written once for all its figures: "Capex (in $bn)", "($ in millions)",
 * « Dépenses (en milliards de dollars) », "Md€" in a header. A figure in a body cell written as
 * digits alone ("55.7", "$55.7") takes the scale and currency of its row's label, else of its
 * column's header, else of the table's corner cell or the lines that introduce it.
 */
import { isCurrencyCode, type Language } from "../core/index.js";
import {
  CURRENCY_SYMBOLS,
  currencyOfCode,
  DOLLAR_PREFIXES,
  SCALES,
  type ScaleWord,
  UNIT_WORDS,
} from "./numbers/lexicon.js";
import { numberNotes } from "./numbers/notes.js";
import type { QuantityMention } from "./numbers/types.js";
import { type Table, type TableCell, tablePlaceAt } from "./tables.js";

export interface TableScale {
  factor: number;
  /** The currency the declaration names, or null ("in billions"): the text around may name it. */
  currency: string | null;
  /** The declaration as written, for the explanation. */
  written: string;
}

/** Words that may stand in a declaration beside its scale and currency: "in", "of", "en", "de", "US". */
const FILLERS = new Set(["in", "en", "of", "de", "d", "des", "us", "u.s", "amounts", "montants", "chiffres"]);

/**
 * Where a declaration is written: between brackets, after "in"/"en" ("En milliards d'euros"), after a
 * comma or a dash at the end of a heading ("Capex, $bn", "Revenue — $ millions"), or alone in a cell.
 */
const DECLARATION =
  /\(([^()\d]{1,40})\)|(?:^|[\s,])(?:[Ii]n|[Ee]n)\s+([^()\d,;:]{1,30})$|^([^()\d\s,]{1,8}(?:\s[^()\d\s,]{1,10})?)$|[,—–]\s*([^()\d,;:—–]{1,30})$/gu;

/** A declaration's words: "US$", a currency symbol, or a run of letters (with an inner dot: "u.s"). */
const TOKEN = /(?:US|C|A|HK|S)?\$|[€£¥₹₩]|\p{L}+(?:\.\p{L}+)*/gu;

function scaleOf(word: string, language: Language): ScaleWord | null {
  return SCALES[language].get(word) ?? SCALES[language].get(word.toLowerCase()) ?? null;
}

function currencyOf(word: string): string | null {
  if (word.endsWith("$")) return word === "$" ? "USD" : (DOLLAR_PREFIXES.get(word.slice(0, -1)) ?? null);
  const symbol = CURRENCY_SYMBOLS.get(word);
  if (symbol) return symbol;
  if (/^\p{Lu}{3}$/u.test(word)) return currencyOfCode(word);
  const unit = UNIT_WORDS.get(word.toLowerCase());
  return unit?.currency ? unit.unit : null;
}

/** The scale and currency one bracket or trailing phrase declares, or null when it says anything else. */
function readDeclaration(phrase: string, language: Language): TableScale | null {
  const words = phrase.match(TOKEN) ?? [];
  let scale: ScaleWord | null = null;
  let currency: string | null = null;
  for (const word of words) {
    const asCurrency = currencyOf(word);
    const asScale = asCurrency ? null : scaleOf(word, language);
    if (asCurrency && !currency) currency = asCurrency;
    else if (asScale && !scale) scale = asScale;
    else if (!FILLERS.has(word.toLowerCase())) return null;
  }
  if (!scale || (scale.letter && !currency)) return null;
  // A scale in a currency's heading is a company's money: the calque "trillion" is 10^12 there.
  const factor = scale.calque ? 1e12 : scale.factor;
  return { factor, currency, written: phrase.trim() };
}

/** The last declaration written in a stretch of text (a header cell, a row label, a table's introduction). */
export function declaredScale(text: string, language: Language): TableScale | null {
  let found: TableScale | null = null;
  for (const line of text.split("\n")) {
    // A lead ends on a colon before its rows: « …, en milliards de dollars : ».
    for (const m of line.trim().replace(/\s*:$/u, "").matchAll(DECLARATION)) {
      const read = readDeclaration(m[1] ?? m[2] ?? m[3] ?? m[4] ?? "", language);
      if (read) found = read;
    }
  }
  return found;
}

/** Digits alone, or beside a currency symbol: no scale word, no unit word. */
const DIGITS_ONLY = /^(?:[~≈]\s*)?(?:(?:US|C|A|HK|S)?\$|[€£¥])?\s*[\d][\d.,\s\u00a0\u202f]*$/u;

const BARE_COUNT = numberNotes.bareCount();

/** A year in a cell is a date, not a figure to scale. */
const YEAR = /^(?:19|20)\d{2}$/u;

const slice = (text: string, cell: TableCell | null) => (cell ? text.slice(cell.start, cell.end) : "");

/** The declaration that speaks for a cell: its row's label, its column's header, then the table's. */
export function scaleForCell(
  text: string,
  language: Language,
  table: Table,
  label: TableCell,
  header: TableCell | null,
): TableScale | null {
  const corner = table.header.cells[0] ?? null;
  return (
    declaredScale(slice(text, label), language) ??
    declaredScale(slice(text, header), language) ??
    declaredScale(slice(text, corner), language) ??
    declaredScale(slice(text, table.lead), language)
  );
}

/** The figures of `quantities`, those written as digits in a scaled table's cells given their scale. */
export function withTableScales(
  text: string,
  language: Language,
  tables: readonly Table[],
  quantities: QuantityMention[],
): QuantityMention[] {
  if (tables.length === 0) return quantities;
  return quantities.map((q) => {
    if (!takesDeclaredScale(text, q)) return q;
    const place = tablePlaceAt(tables, q.span.start);
    if (!place) return q;
    const scale = scaleForCell(text, language, place.table, place.label, place.header);
    return scale ? scaledBy(q, scale, "table") : q;
  });
}

/** Whether a figure is written as digits alone, so that a scale declared elsewhere may apply to it. */
export function takesDeclaredScale(text: string, q: QuantityMention): boolean {
  if (q.low === null && q.high === null) return false;
  if (q.unit !== null && !isCurrencyCode(q.unit)) return false;
  const written = text.slice(q.span.start, q.span.end);
  return DIGITS_ONLY.test(written) && !YEAR.test(written);
}

/** A figure written as digits given a declared scale and its currency, unless its own currency differs. */
export function scaledBy(q: QuantityMention, scale: TableScale, where: "table" | "list"): QuantityMention {
  if (q.unit && scale.currency && q.unit !== scale.currency) return q;
  const unit = q.unit ?? scale.currency;
  return {
    ...q,
    low: q.low === null ? null : Math.round(q.low * scale.factor),
    high: q.high === null ? null : Math.round(q.high * scale.factor),
    unit,
    currencyElided: unit === null,
    declaredScale: where,
    notes: [
      ...q.notes.filter((n) => n !== BARE_COUNT),
      ...(unit === null ? [numberNotes.currencyElided()] : []),
      `scale: the ${where}'s "${scale.written}" → ×${scale.factor}${unit ? ` ${unit}` : ""}`,
    ],
  };
}
