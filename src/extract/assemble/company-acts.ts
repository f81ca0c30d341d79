/**
 * Companies the gazetteer does not know, read from what the text says they do. A capitalised name is
 * a company when it is the subject of a company's act whose clause gives a figure of money, power or
 * chips ("Quillon now operates 450 megawatts", « Orbelis construira un campus de 300 MW », "Varnel
 * earned $90 million"): the acts are lexicon.ts's COMPANY_ACTS. Weaker positions count only when the
 * document puts the name in two of them: the owner of a site with a figure ("Varnel's Ohio campus will
 * cost $3 billion", « les centres de données d'Orbelis consommeront 800 MW »), the subject of an act
 * with no figure, and a title opening on the name before a verb ("Calderra doubles
 * capacity"). The names opening the items of a list are given apart (listOpenings). The caller screens every name for persons, places and common words.
 */
import { BIG_TECH_NOUNS, BUILT_SITE, COLLECTIVE_ACTORS, companyActVerbs } from "../lexicon.js";
import { escapeRegExp } from "../patterns.js";
import { AUXILIARIES, INCIDENTAL, opensAClause } from "./business-cues.js";
import { matchesStartingAt, type NameStarts } from "./name-starts.js";

const NAME = "(\\p{Lu}[\\p{L}\\p{N}&-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}&-]*){0,3})";
const SPACE = "[ \\u00a0]+";

/** A figure of money, power or chips: "$3 billion", "450 megawatts", « 300 MW », « 40 000 GPU », « 2 milliards d'euros ». */
const FIGURE = `(?:(?:US)?[$€£][ \\u00a0]?\\d|\\d[\\d,. \\u00a0]*(?:[ \\u00a0]?(?:billion|million|trillion|bn|mn|milliards?|millions?|Mds?|Md|M|G))?[ \\u00a0]?(?:[$€£]|d['’]euros|de${SPACE}dollars|euros|dollars|MW|GW|[Mm]egawatts?|[Gg]igawatts?|m[ée]gawatts?|GPUs?|puces|processeurs|servers|serveurs|accelerators|acc[ée]l[ée]rateurs)(?![\\p{L}]))`;

/** The rest of a clause up to a figure: no sentence or clause break, a decimal point allowed. */
const UP_TO_FIGURE = `(?=(?:[^.;:!?\\n]|\\.(?=\\d)){0,70}?${FIGURE})`;

const ACT = `(?:${companyActVerbs(["en", "fr"], SPACE)})(?![\\p{L}])`;

/** "Quillon now operates 450 MW", "Tessaly, meanwhile, is spending $1 billion", « Orbelis construira un campus de 300 MW ». */
const ACT_WITH_FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}'’])${NAME}${INCIDENTAL}${SPACE}${AUXILIARIES}${ACT}${UP_TO_FIGURE}`,
  "gu",
);

/** The same acts with no figure in their clause: a weak position. */
const ACT_ALONE = new RegExp(`(?<![\\p{L}\\p{N}'’])${NAME}${INCIDENTAL}${SPACE}${AUXILIARIES}${ACT}`, "gu");

/** Sites and fleets a company owns. */
const OWNED_EN = `(?:${BUILT_SITE}|sites?|clusters?|fleet|backlog|order${SPACE}book)`;
const OWNED_FR = `(?:${BUILT_SITE}|sites?|grappes?|parc|carnet${SPACE}de${SPACE}commandes)`;

/** "Varnel's Ohio campus … $3 billion", « les centres de données d'Orbelis … 800 MW »: a weak position. */
const OWNER_OF_SITE = new RegExp(
  `(?<![\\p{L}\\p{N}])${NAME}['’]s?${SPACE}(?:[\\p{L}-]+${SPACE}){0,2}?${OWNED_EN}(?![\\p{L}])${UP_TO_FIGURE}|(?<![\\p{L}])(?:[Ll]es?|[Ll]a|[Ll]['’])[ \\u00a0]*${OWNED_FR}(?:${SPACE}[\\p{Ll}-]+){0,2}?${SPACE}(?:de|d['’])[ \\u00a0]*${NAME}(?![\\p{L}\\p{N}])${UP_TO_FIGURE}`,
  "gu",
);

/** A title opening on a name and a lower-case verb: "Calderra doubles capacity", « Orbelis s'agrandit ». */
const TITLE_OPENING = new RegExp(`^[ \\t#]*${NAME}${SPACE}(?:s['’]|se${SPACE})?\\p{Ll}+(?![\\p{L}])`, "u");

/** A list item opening on a name and a lower-case word: "- Tessaly opened two halls", "2. Morvane signe". */
const ITEM_OPENING =
  /^[ \t]*(?:[-*•–—]|\d{1,2}[.)])[ \t]+(\p{Lu}[\p{L}\p{N}&-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{N}&-]*){0,3})[ \u00a0]+(?:s['’]|se[ \u00a0]+)?\p{Ll}/u;

/** A determiner opening an item: "- The Falcor chatbot…" opens on a thing, not on a name. */
const DETERMINER =
  /^(?:The|A|An|This|These|Its|Their|Le|La|Les|L['’]|Un|Une|Ce|Cette|Ces|Son|Sa|Ses|Leur|Leurs)(?:[ \u00a0]|$)/u;

export interface ActName {
  name: string;
  at: number;
}

/**
 * The names opening the items of each list (a run of lines with a bullet or a number), per list:
 * "- Pellaro posted…", "- Tessellis opened…". A list whose items open on companies lists companies.
 */
export function listOpenings(text: string): ActName[][] {
  const lists: ActName[][] = [];
  let current: ActName[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const m = ITEM_OPENING.exec(line);
    if (m && !DETERMINER.test(m[1]!)) current.push({ name: m[1]!, at: offset + m[0].lastIndexOf(m[1]!) });
    else if (m) current.push({ name: "", at: offset });
    else if (line.trim() !== "") {
      if (current.length > 1) lists.push(current);
      current = [];
    }
    offset += line.length + 1;
  }
  if (current.length > 1) lists.push(current);
  return lists.map((items) => items.filter((item) => item.name !== ""));
}

/** "Developers", "Utilities", « Opérateurs »: a plural noun of actors opening a sentence, never a name. */
const ACTORS = new RegExp(`^(?:${COLLECTIVE_ACTORS}|${BIG_TECH_NOUNS})$`, "iu");

/** "Construction", "Financing", « Investissement »: the ending of an ordinary noun. */
const ORDINARY_ENDING = /(?:tion|sion|ment|ity|it[ée]|ies|ers|eurs|ance|ence|ing|ure|ism|isme)$/u;

/** Whether every mention of a one-word name opens a sentence or a line: it may be an ordinary word. */
function onlyOpensSentences(name: string, text: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
  for (const m of text.matchAll(pattern)) {
    if (!/(?:^|[.!?:\n][ \u00a0"“«]*)$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) return false;
  }
  return true;
}

/** A name an act catches that is a plural of actors or an ordinary word opening sentences (places, products and persons are screened by the caller). */
function screenedOut(name: string, text: string): boolean {
  if (ACTORS.test(name)) return true;
  return !/[ \u00a0]/u.test(name) && ORDINARY_ENDING.test(name) && onlyOpensSentences(name, text);
}

/** The group's name and its offset; null when nothing may stand before the subject there. */
function named(m: RegExpExecArray, text: string, subject: boolean): ActName | null {
  const name = m[1] ?? m[2];
  if (!name) return null;
  const at = m.index + m[0].indexOf(name);
  if (subject && !opensAClause(text, at)) return null;
  return { name, at };
}

/**
 * The names the text makes companies by their acts: every subject of an act with a figure, and every
 * name found in two weak positions (at different places), each at its first weak position.
 */
export function companyActNames(text: string, starts: NameStarts): ActName[] {
  const out: ActName[] = [];
  for (const m of matchesStartingAt(ACT_WITH_FIGURE, text, starts.capitals)) {
    const found = named(m, text, true);
    if (found) out.push(found);
  }
  const weak = new Map<string, ActName[]>();
  const note = (found: ActName | null) => {
    if (!found) return;
    const seen = weak.get(found.name) ?? [];
    if (!seen.some((s) => s.at === found.at)) seen.push(found);
    weak.set(found.name, seen);
  };
  for (const m of matchesStartingAt(ACT_ALONE, text, starts.capitals)) note(named(m, text, true));
  for (const m of text.matchAll(OWNER_OF_SITE)) note(named(m, text, false));
  const title = TITLE_OPENING.exec(text);
  if (title) note({ name: title[1]!, at: title[0].indexOf(title[1]!) });
  for (const [, seen] of weak) if (seen.length >= 2) out.push(seen[0]!);
  return out.filter((found) => !screenedOut(found.name, text));
}
