/**
 * Programmes and projects the gazetteer does not list, found by the noun that names them as one:
 * "Project Aurelia", « le projet Nordlys », « le programme Atlas », "the Halcyon initiative",
 * « l'initiative Borée ». For this document they join the gazetteer's programmes, so a programme's
 * own figures may be given to it (CLAIMS.md §6) as they are to a listed one.
 */
import { MONTH_NAMES } from "../../core/index.js";
import { foldName, type Gazetteer, type NameMention } from "../gazetteer.js";
import { isPlaceName } from "../lexicon.js";
import { escapeRegExp } from "../patterns.js";
import { namesAnOrganisation } from "./business-cues.js";

/** One or more capitalised words ("Aurelia", "Atlas Nord"); a digit may end one ("Atlas2"). */
const NAME = "(\\p{Lu}[\\p{L}\\p{N}&-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}&-]*){0,2})";

/** "Project Aurelia", "Projet Nordlys": a capitalised noun that is part of the programme's name. */
const TITLED = new RegExp(
  `(?<![\\p{L}])((?:Project|Projet|Operation|Opération)[ \\u00a0]+${NAME})(?![\\p{L}\\p{N}])`,
  "gu",
);

/** « le projet Nordlys », « du programme Atlas », "the initiative Borée": a common noun before the name. */
const NOUN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:[Ll]e|[Dd]u|[Aa]u|[Cc]e)[ \\u00a0]+(?:projet|programme)|[Ll]['’]initiative|[Tt]he[ \\u00a0]+(?:project|programme|program|initiative))[ \\u00a0]+${NAME}(?![\\p{L}\\p{N}])`,
  "gu",
);

/** "the Halcyon initiative", "the Aurelia project": the noun after the name. */
const NOUN_AFTER = new RegExp(
  `(?<![\\p{L}])[Tt]he[ \\u00a0]+${NAME}[ \\u00a0]+(?:project|programme|program|initiative)(?![\\p{L}])`,
  "gu",
);

/**
 * "its Project Rainier cluster", « son projet Borée », "Velorine's Project Aurelia": a company's own
 * project or a site it names, which stays the company's; a programme stands on its own.
 */
const OWNED_BEFORE = /(?:\b(?:its|their|his|her|son|sa|leur)|['’]s)[ \u00a0]+$/iu;
const SITE_AFTER =
  /^[ \u00a0]+(?:cluster|campus|site|data[ \u00a0-]?cent(?:er|re)|facility|plant|supercomputer|supercalculateur|centre[ \u00a0]+de[ \u00a0]+donn[ée]es)(?![\p{L}])/iu;

/** The mention at `at` to `end` is a company's own project or a site, by the words around it. */
function ownedOrSite(text: string, at: number, end: number): boolean {
  return (
    OWNED_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || SITE_AFTER.test(text.slice(end, end + 30))
  );
}

const MONTHS = new Set(Object.keys(MONTH_NAMES).map((m) => m.toLowerCase()));

/** "in Lisbon", « à Tarn », « près de Brême »: the text locates something in the name, a place. */
function locatedIn(name: string, text: string): boolean {
  const pattern = `(?<![\\p{L}])(?:in|at|near|outside|à|en|près[ \\u00a0]+de|dans)[ \\u00a0]+${escapeRegExp(name)}(?![\\p{L}\\p{N}])`;
  return new RegExp(pattern, "iu").test(text);
}

/** A capitalised word the programme noun may come before without naming a programme: a place, a month, a person. */
function isProgrammeName(name: string, text: string, at: number): boolean {
  const first = name.split(/[ \u00a0]+/u)[0]!.toLowerCase();
  if (MONTHS.has(first) || isPlaceName(name) || locatedIn(name, text)) return false;
  return namesAnOrganisation(name, text, at);
}

/** The programmes a text names with a programme noun that no known name covers, as canonical names with their surfaces. */
export function unknownProgrammes(
  text: string,
  names: readonly NameMention[],
  gazetteer: Gazetteer,
): Map<string, string> {
  const found = new Map<string, string>();
  const consider = (surface: string, canonical: string, at: number) => {
    if (gazetteer.byFolded.has(foldName(surface)) || gazetteer.byFolded.has(foldName(canonical))) return;
    const end = at + surface.length;
    if (names.some((n) => n.start < end && at < n.end)) return;
    if (!isProgrammeName(canonical, text, text.indexOf(canonical, at))) return;
    found.set(surface, canonical);
  };
  for (const pattern of [TITLED, NOUN_BEFORE, NOUN_AFTER]) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index + m[0].indexOf(m[1]!);
      if (!ownedOrSite(text, m.index, m.index + m[0].length)) consider(m[1]!, m[1]!, at);
    }
  }
  return found;
}

/**
 * The names and the gazetteer of one document with every programme `unknownProgrammes` finds added:
 * each mention of its name becomes a programme. The same objects when none is found.
 */
export function withUnknownProgrammes(
  text: string,
  names: NameMention[],
  gazetteer: Gazetteer,
): { names: NameMention[]; gazetteer: Gazetteer } {
  const programmes = unknownProgrammes(text, names, gazetteer);
  if (programmes.size === 0) return { names, gazetteer };
  const added: NameMention[] = [];
  const byFolded = new Map(gazetteer.byFolded);
  const known = new Set(gazetteer.programmes);
  for (const [surface, canonical] of programmes) {
    known.add(canonical);
    byFolded.set(foldName(surface), canonical);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surface)}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + surface.length;
      const taken = (n: NameMention) => n.start < end && start < n.end;
      if (names.some(taken) || added.some(taken)) continue;
      added.push({ start, end, canonical, kind: "programme", surface });
    }
  }
  const all = [...names, ...added].sort((a, b) => a.start - b.start);
  return { names: all, gazetteer: { ...gazetteer, byFolded, programmes: known } };
}
