/**
 * A company the gazetteer does not know may still be described by its trade where the text names it:
 * "Halvard, a GPU cloud,", "the data-centre developer Orsolo", « le néocloud Halvard », « Orsolo,
 * un opérateur de centres de données ». The trade gives it the kind and the side in compute deals a
 * listed company of that trade has, for this document only.
 */
import {
  type CompanyKind,
  type CompanyRole,
  foldName,
  type Gazetteer,
  type NameMention,
} from "../gazetteer.js";
import { SINGULAR_ARTICLE, TRADE_WORDS, tradeNouns } from "../lexicon.js";
import { escapeRegExp, mayMatch } from "../patterns.js";
import { SUPPLY_OF_COMPUTE } from "./business-cues.js";

interface Trade {
  kind: CompanyKind;
  role: CompanyRole | null;
  /** The trade's nouns, as a pattern without groups. */
  nouns: string;
}

/** Each trade of the lexicon that names a kind, with the nouns that describe a company by it. */
const TRADES: readonly Trade[] = TRADE_WORDS.flatMap((trade) => {
  const nouns = tradeNouns([trade], "trade", "[ \\u00a0]+");
  return trade.kind && nouns ? [{ kind: trade.kind, role: trade.role, nouns }] : [];
});

/** Lower-case words a description may carry besides its trade: "a Swedish", "le jeune", "the fast-growing". */
const ADJECTIVES = "(?:[\\p{Ll}-]+[ \\u00a0]+){0,3}?";
const ARTICLE = `${SINGULAR_ARTICLE}[ \\u00a0]*`;

function tradePatterns(name: string, trade: Trade): RegExp[] {
  const n = escapeRegExp(name);
  const after = `(?<![\\p{L}\\p{N}])${n},[ \\u00a0]+${ARTICLE}${ADJECTIVES}(?:${trade.nouns})(?![\\p{L}])`;
  const before = `(?<![\\p{L}])${ARTICLE}${ADJECTIVES}(?:${trade.nouns})(?:[ \\u00a0]+[\\p{Ll}-]+){0,2}[ \\u00a0]+${n}(?![\\p{L}\\p{N}])`;
  return [new RegExp(after, "iu"), new RegExp(before, "u")];
}

/** A company that ships, supplies or rents out compute ("Halvard will ship 80,000 GPUs") sells it as a neocloud does. */
const COMPUTE_SUPPLIER = TRADES.find((t) => t.kind === "neocloud")!;

/** Each trade's nouns alone: a text without any of them describes no company by that trade. */
const TRADE_NOUNS = new Map(TRADES.map((trade) => [trade, new RegExp(`(?:${trade.nouns})`, "iu")]));

/** The trade the text gives a company it names `name`, or null. */
export function describedTrade(text: string, name: string): Trade | null {
  const described = TRADES.find(
    (trade) =>
      mayMatch(TRADE_NOUNS.get(trade)!, text) && tradePatterns(name, trade).some((p) => p.test(text)),
  );
  if (described) return described;
  const supplies = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}[ \\u00a0]+(?:(?:also|now|then|already|également|aussi)[ \\u00a0]+)?${SUPPLY_OF_COMPUTE}`,
    "u",
  );
  return supplies.test(text) ? COMPUTE_SUPPLIER : null;
}

/**
 * The gazetteer for one document: the given one, with every company it does not know but the text
 * describes by trade added with that trade's kind and side. The same object when none is described.
 */
export function withDescribedTrades(
  text: string,
  names: readonly NameMention[],
  gazetteer: Gazetteer,
): Gazetteer {
  const unknown = new Set(
    names
      .filter((n) => n.kind === "company" && !gazetteer.byFolded.has(foldName(n.canonical)))
      .map((n) => n.canonical),
  );
  const described = [...unknown].flatMap((name) => {
    const trade = describedTrade(text, name);
    return trade ? [{ name, trade }] : [];
  });
  if (described.length === 0) return gazetteer;
  const byFolded = new Map(gazetteer.byFolded);
  const kinds = new Map(gazetteer.kinds);
  const roles = new Map(gazetteer.roles);
  for (const { name, trade } of described) {
    byFolded.set(foldName(name), name);
    kinds.set(name, [trade.kind]);
    if (trade.role) roles.set(name, trade.role);
  }
  return { ...gazetteer, byFolded, kinds, roles };
}
