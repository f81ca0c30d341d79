/**
 * The cues of market data — a share or an index, its move, the exchange and session it trades in —
 * read by the metric stage (a currency figure with no metric word near market data is no claim)
 * and by the not-a-claim rules (a share's move on the market, CLAIMS.md §8).
 */

import { WEEKDAY_NAMES } from "../core/index.js";

/** Verbs of a price's move on the market. */
export const PRICE_MOVE =
  "(?:rose|risen|rises|fell|falls|fallen|jumped|jumps|soared|soars|surged|surges|climbed|climbs|dropped|drops|plunged|plunges|slid|slides|gained|gains|tumbled|sank|rallied|spiked|slumped|lost|added|rocketed|bondi\\p{L}*|bondir|chut\\p{L}*|grimp\\p{L}*|perd\\p{L}*|gagn\\p{L}*|recul\\p{L}*|progress\\p{L}*|s['’]envol\\p{L}*|c[èé]d(?:é|e|ent|ait)|décroch\\p{L}*|plong\\p{L}*|déviss\\p{L}*|flamb\\p{L}*)";

/** "NYSE", "Euronext Paris": an exchange named before the symbol in the parenthesis "(NYSE: OKLO)". */
export const EXCHANGE =
  "(?:NYSE(?:[ \\u00a0]+American)?|NASDAQ|Nasdaq|Euronext(?:[ \\u00a0]+(?:Paris|Amsterdam|Brussels|Bruxelles))?|LSE|TSX|ASX|TSE|HKEX|SIX|Xetra|OTC)";

/** "OKLO", "BRK.B": a stock-exchange symbol. */
export const SYMBOL = "[A-Z][A-Z0-9]{0,5}(?:\\.[A-Z]{1,2})?";

/** "Inc.", "Corp", "Ltd": a legal suffix, after which a symbol may stand alone in the parenthesis. */
export const LEGAL_SUFFIX = "(?:Inc|Corp|Corporation|Ltd|Limited|plc|PLC|SA|SE|AG|NV|N\\.V|Co)\\.?";

/** What trades, named without "shares" or "stock": "l'action", "le titre", "the index", "(Nasdaq: NVDA)". */
const QUOTED_NOUN = `(?:l['’]action|les\\s+actions|le\\s+titre|son\\s+titre|cours\\s+de\\s+bourse|l['’]indice|(?:stock\\s+|market\\s+|composite\\s+)?index|\\(\\s*${EXCHANGE}\\s*:\\s*${SYMBOL}\\s*\\))`;

/** What trades on a market: a share, a stock, an index. */
export const SHARE_NOUN = `(?:shares?|stock|${QUOTED_NOUN})`;

/** Exchanges and indices by name, and "en bourse". */
const EXCHANGE_OR_INDEX = "(?:en\\s+bourse|à\\s+la\\s+bourse|Nasdaq|NYSE|CAC\\s*40|S&P|Dow\\s+Jones)";

/** The days a market trades: Monday to Friday ("in Monday trading"). */
const TRADING_DAYS = WEEKDAY_NAMES.en.slice(0, 5).join("|");

/** When and where a move happened: "in after-hours trading", "en séance", "à Wall Street". */
export const TRADING_SESSION = `(?:in\\s+(?:(?:early|late|extended|after[-\\s]?hours|afterhours|pre-?market|premarket|intraday|morning|afternoon|${TRADING_DAYS})\\s+)*trading|after\\s+the\\s+(?:bell|close)|at\\s+the\\s+(?:open|close)|après\\s+la\\s+clôture|en\\s+(?:séance|clôture|Bourse|bourse)|à\\s+la\\s+(?:Bourse|bourse|clôture|fermeture)|à\\s+Wall\\s+Street|on\\s+Wall\\s+Street)`;

/** Words that make a currency figure not a claim when nothing else names its metric: market data. */
export const MARKET_DATA = new RegExp(
  `\\b(?:${QUOTED_NOUN}|${EXCHANGE_OR_INDEX}|(?:shares?|stock)\\s+(?:${PRICE_MOVE}|closed|price))\\b`,
  "iu",
);
