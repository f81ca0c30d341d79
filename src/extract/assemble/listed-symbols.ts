/**
 * "Oklo Inc. (NYSE: OKLO)", "Applied Optoelectronics (NASDAQ: AAOI)", « Oklo (NYSE : OKLO) »,
 * "IREN Ltd (IREN)": a company introduced with its stock-exchange symbol. The parenthesis says the
 * name before it is a listed company, and market news then writes the symbol for it ("OKLO shares
 * rose after OKLO reported…").
 */
import { EXCHANGE, LEGAL_SUFFIX, SYMBOL } from "../market-data.js";
import { matchesStartingAt } from "./name-starts.js";

/** A company introduced with its symbol: the name as written, where it starts, and the parenthesis. */
export interface ListedSymbol {
  name: string;
  nameAt: number;
  symbol: string;
  /** The parenthesis "(NYSE: OKLO)": neither a company nor an owner of its own. */
  start: number;
  end: number;
}

/** One to four capitalised words, an optional legal suffix, then "(EXCHANGE: SYMBOL)" or "(SYMBOL)". */
const INTRODUCED_WITH_SYMBOL = new RegExp(
  `(\\p{Lu}[\\p{L}\\p{N}&-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}&-]*){0,3})(?<![ \\u00a0]${LEGAL_SUFFIX})((?:,?[ \\u00a0]+${LEGAL_SUFFIX})?)[ \\u00a0]*(\\((?:(${EXCHANGE})[ \\u00a0]*:[ \\u00a0]*)?(${SYMBOL})\\))`,
  "gu",
);

/** Every company the document introduces with its stock-exchange symbol, in text order. */
export function listedSymbols(text: string, capitals: readonly number[]): ListedSymbol[] {
  const found: ListedSymbol[] = [];
  for (const m of matchesStartingAt(INTRODUCED_WITH_SYMBOL, text, capitals)) {
    const [, name, suffix, parenthesis, exchange, symbol] = m;
    // "(AI)", "(GW)": without an exchange, only a legal suffix says the capitals are a symbol.
    if (!exchange && !suffix) continue;
    const start = m.index + m[0].length - parenthesis!.length;
    found.push({ name: name!, nameAt: m.index, symbol: symbol!, start, end: start + parenthesis!.length });
  }
  return found;
}
