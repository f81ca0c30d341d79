/**
 * Coordinated companies: "Microsoft and Nvidia", « Humain et du groupe G42 », "Oracle and the Abu
 * Dhabi state fund MGX", "Microsoft, Alphabet, Meta, Amazon, and Oracle", "A, B, as well as C": names
 * joined by commas and closed by "and", « ainsi que », the companies a counted collective ("the two
 * tech giants", « les deux entreprises ») or a plural possessive (« Leurs dépenses », "Their combined
 * capex") takes up.
 */
import type { NameMention } from "../gazetteer.js";
import { firstFrom, nameStart } from "./text.js";
import type { DocumentReading } from "./types.js";

/** Between two names of the list, before its last one: a comma. */
const COMMA_GAP = /^\s*,\s*$/u;

/** The conjunction before the last name: "and", « et », "&", "as well as", « ainsi que ». */
const CONJUNCTION = String.raw`(?:et|and|&|as\s+well\s+as|ainsi\s+que)`;
/** With alternatives, also "or", « ou »: "CoreWeave or Nebius", « de A ou de B ». */
const ALTERNATIVE = String.raw`(?:et|and|&|as\s+well\s+as|ainsi\s+que|or|ou)`;

/**
 * Before the last name: the conjunction, then a preposition repeated ("et du", "and of", « et à »,
 * "and into"), a determiner and up to four words describing the company ("et du groupe", "and the
 * Abu Dhabi state fund").
 */
const closingGap = (conjunction: string) =>
  new RegExp(
    String.raw`^\s*,?\s*${conjunction}\s+(?:(?:(?:de|du|des|of)\s+|d['’]\s*)?(?:(?:le|la|les|the|its|son|sa|leur|their)\s+|l['’]\s*)?(?:[\p{L}-]+\s+){0,4}?)?$`,
    "iu",
  );
const CLOSING_GAP = closingGap(CONJUNCTION);
const ALTERNATIVE_GAP = closingGap(ALTERNATIVE);
const CONJUNCTION_LEAD = new RegExp(String.raw`^\s*,?\s*${CONJUNCTION}\s+`, "iu");
const ALTERNATIVE_LEAD = new RegExp(String.raw`^\s*,?\s*${ALTERNATIVE}\s+`, "iu");
/** A preposition repeated before each complement of a list: « de A et de B », "in A and in B". */
const REPEATED_PREPOSITION =
  /^(?:(?:de|du|des|à|au|aux|avec|chez|in|into|to|with|from|for|on|by|of)\s+|d['’]\s*)/iu;

/** Words that end a description before a name and begin another phrase: no list goes across them. */
const CLAUSE_WORD =
  /(?<!\p{L})(?:with|avec|from|de\s+la\s+part|for|pour|to|into|in|dans|on|sur|by|par|against|contre|which|who|qui|que|that)(?!\p{L})/iu;

function isListedCompany(r: DocumentReading, n: NameMention): boolean {
  const { gazetteer } = r;
  return (
    n.kind === "company" &&
    !gazetteer.publicBodies.has(n.canonical) &&
    !gazetteer.programmes.has(n.canonical) &&
    !gazetteer.collectives.includes(n.canonical) &&
    !gazetteer.outlets.includes(n.canonical) &&
    gazetteer.roles.get(n.canonical) !== "source"
  );
}

/**
 * Every list of coordinated companies from `from` up to `to`, in text order, as distinct canonical
 * names. With `alternatives`, names joined by "or", « ou » make a list too, and each complement may
 * repeat its preposition (« de A ou de B », "into A and into B").
 */
export function coordinatedCompanies(
  r: DocumentReading,
  from: number,
  to: number,
  alternatives = false,
): string[][] {
  const gapTest = alternatives ? ALTERNATIVE_GAP : CLOSING_GAP;
  const lead = alternatives ? ALTERNATIVE_LEAD : CONJUNCTION_LEAD;
  const lists: string[][] = [];
  let run: NameMention[] = [];
  const close = () => {
    const names = [...new Set(run.map((n) => n.canonical))];
    if (names.length > 1) lists.push(names);
    run = [];
  };
  for (let i = firstFrom(r.names, from, nameStart); i < r.names.length; i++) {
    const n = r.names[i]!;
    if (n.end > to) break;
    if (!isListedCompany(r, n)) continue;
    const last = run.at(-1);
    if (last) {
      const gap = r.text.slice(last.end, n.start);
      if (COMMA_GAP.test(gap)) {
        run.push(n);
        continue;
      }
      const conjunction = lead.exec(gap)?.[0] ?? "";
      const words = gap.slice(conjunction.length);
      const described = alternatives ? words.replace(REPEATED_PREPOSITION, "") : words;
      if (conjunction && gapTest.test(conjunction + described) && !CLAUSE_WORD.test(described)) {
        run.push(n);
        close();
        continue;
      }
      run = [];
    }
    run.push(n);
  }
  return lists;
}

/** The last list of exactly `count` coordinated companies from `from` up to `to`, or null. */
export function lastListOf(r: DocumentReading, from: number, to: number, count: number): string[] | null {
  return coordinatedCompanies(r, from, to).findLast((list) => list.length === count) ?? null;
}

/** The first list of exactly `count` coordinated companies from `from` up to `to`, or null. */
export function firstListOf(r: DocumentReading, from: number, to: number, count: number): string[] | null {
  return coordinatedCompanies(r, from, to).find((list) => list.length === count) ?? null;
}
