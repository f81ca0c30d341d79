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

export function nameKey(name: string | null): string {
  if (name === null) return "";
  return name
    .split("+")
    .map(foldOne)
    .filter((part) => part.length > 0)
    .sort()
    .join("+");
}

export function itemKey(item: string | null): string {
  return item === null ? "" : foldOne(item);
}
