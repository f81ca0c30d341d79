/** Entity names compared as CLAIMS.md §10 says: case, accents, punctuation and legal suffixes folded; groups as sets. */

const SUFFIXES = /\b(inc|corp|corporation|co|ltd|llc|plc|sa|sas|ag|gmbh|group|groupe|holdings?)\b/g;

function foldOne(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(SUFFIXES, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Folded keys of the names seen so far: a ledger names the same few hundred parties over and over. */
const MAX_REMEMBERED = 50_000;
const nameKeys = new Map<string, string>();
const itemKeys = new Map<string, string>();

function remembered(cache: Map<string, string>, text: string, fold: (text: string) => string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  const key = fold(text);
  cache.set(text, key);
  return key;
}

function foldName(name: string): string {
  return name
    .split("+")
    .map(foldOne)
    .filter((part) => part.length > 0)
    .sort()
    .join("+");
}

export function nameKey(name: string | null): string {
  return name === null ? "" : remembered(nameKeys, name, foldName);
}

export function itemKey(item: string | null): string {
  return item === null ? "" : remembered(itemKeys, item, foldOne);
}
