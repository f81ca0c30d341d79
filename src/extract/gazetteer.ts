import defaultData from "./data/gazetteer.json" with { type: "json" };
import { BRAND_WORD, escapeRegExp } from "./patterns.js";

/** One company: its canonical name and every way a report may point at it. */
export interface GazetteerCompany {
  name: string;
  aliases?: string[];
  /** Stock-exchange symbols that market news writes for the company ("NVDA", "CRWV"). */
  tickers?: string[];
  /** Products stand for their company (ChatGPT → OpenAI). */
  products?: string[];
  /** People stand for the company when the figure is the company's; they are also the attribution. */
  people?: string[];
  /** Periphrases ("groupe de Redmond" → Microsoft). */
  periphrases?: string[];
  /**
   * Its side in compute deals: a model developer buys compute, a supplier (chips, cloud, data
   * centres) sells it. Decides buyer → supplier roles whichever company the sentence names first.
   * A source (bank, broker, consultancy, market researcher) is quoted for figures about others
   * and owns only its own money: an investment, a stake, a purchase. An investor (fund, asset
   * manager, sovereign fund, venture firm) puts money into companies and assets it does not run.
   */
  role?: CompanyRole;
  /** Business units named like the company that stand for it, the unit kept as the item ("AWS" → Amazon). */
  segments?: string[];
  /** Where it is based, as an ISO country code: "the Dutch company" points back at a company based in NL. */
  country?: string;
  /** What it makes, when a description may name it so: "chips" for "the chipmaker", "le fabricant de puces". */
  sector?: string;
  /** The month (1-12) its fiscal year ends in, when not December: Nvidia's ends in January. */
  fiscalYearEnd?: number;
  /**
   * What kinds of business it is, finer than its role: the metrics it can own follow from them
   * (metrics.ts). A company may be several ("Meta": a hyperscaler and a lab). When absent, derived
   * from its role and sector.
   */
  kinds?: CompanyKind[];
}

export type CompanyRole = "developer" | "supplier" | "source" | "investor";

/**
 * lab: develops models; startup: a private venture-backed company selling software or data;
 * hyperscaler: a large cloud that builds its own sites; neocloud: a cloud renting GPUs;
 * chipmaker: chips or chip-making tools; hardware: servers and network gear; datacentre: builds or
 * runs data centres for others; energy: produces or carries power; fund: invests in companies and
 * assets it does not run; bank: lends and advises; analyst: a research firm or consultancy;
 * business: any other operating company (a retailer, a telecom operator, a carmaker).
 */
export const COMPANY_KINDS = [
  "lab",
  "startup",
  "hyperscaler",
  "neocloud",
  "chipmaker",
  "hardware",
  "datacentre",
  "energy",
  "fund",
  "bank",
  "analyst",
  "business",
] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

const KIND_OF_SECTOR: Readonly<Record<string, CompanyKind>> = {
  chips: "chipmaker",
  servers: "hardware",
  utility: "energy",
  neocloud: "neocloud",
  datacenter: "datacentre",
};

const KIND_OF_ROLE: Readonly<Record<CompanyRole, CompanyKind | null>> = {
  developer: "lab",
  investor: "fund",
  source: "analyst",
  supplier: null,
};

/** The sectors and roles a gazetteer entry may name. */
export const COMPANY_SECTORS: readonly string[] = Object.keys(KIND_OF_SECTOR);
export const COMPANY_ROLES = Object.keys(KIND_OF_ROLE) as readonly CompanyRole[];

/** The company's kinds as the gazetteer gives them, or as its sector or role says; none when neither tells. */
export function companyKinds(company: GazetteerCompany): CompanyKind[] {
  if (company.kinds?.length) return company.kinds;
  const kind =
    (company.sector ? KIND_OF_SECTOR[company.sector] : undefined) ??
    (company.role ? KIND_OF_ROLE[company.role] : null);
  return kind ? [kind] : [];
}

/** The names the extractor knows; users extend it with a file of the same shape (`--gazetteer`). */
export interface GazetteerData {
  companies?: GazetteerCompany[];
  programmes?: { name: string; aliases?: string[] }[];
  /** News outlets that may be credited ("selon le Financial Times"). */
  outlets?: string[];
  /** Unnamed collectives kept as written ("hyperscalers"), with the forms that stand for them ("hyperscaler capex"). */
  collectives?: (string | { name: string; aliases?: string[] })[];
  /** States, governments and public bodies: owners when they act, places when a preposition locates. */
  publicBodies?: GazetteerCompany[];
}

export type NameKind = "company" | "product" | "person" | "periphrasis" | "programme";

export interface NameEntry {
  surface: string;
  canonical: string;
  kind: NameKind;
}

export interface Gazetteer {
  entries: NameEntry[];
  outlets: string[];
  collectives: string[];
  /** Folded name or alias → canonical name. */
  byFolded: Map<string, string>;
  /** Every canonical name that is a programme rather than a company. */
  programmes: Set<string>;
  /** Every canonical name that is a state, a government or a public body. */
  publicBodies: Set<string>;
  /** Canonical company → its side in compute deals, when known. */
  roles: Map<string, CompanyRole>;
  /** Canonical company → its country code, when known. */
  countries: Map<string, string>;
  /** Canonical company → its sector, when known. */
  sectors: Map<string, string>;
  /** Canonical company → the month its fiscal year ends in, when known and not December. */
  fiscalYearEnds: Map<string, number>;
  /** Canonical company → its kinds of business, when known. */
  kinds: Map<string, readonly CompanyKind[]>;
  /** Folded name of a business unit → the unit as written in the gazetteer ("aws" → "AWS"). */
  segments: Map<string, string>;
  /** The lower-cased first word of a name → its entries, longest first: where `findNames` looks. */
  byFirstWord: Map<string, NameEntry[]>;
}

export interface NameMention {
  start: number;
  end: number;
  canonical: string;
  kind: NameKind;
  surface: string;
}

const SUFFIXES =
  /\b(inc|incorporated|corp|corporation|co|company|group|groupe|ltd|limited|llc|plc|sa|sas|ag|holdings?)\b\.?/g;

/** The names folded so far (foldName): the stages fold the same few names for every figure. */
const foldedNames = new Map<string, string>();
const KEPT_NAMES = 50_000;

/** Case, accents, punctuation and legal suffixes folded away: "NVIDIA Corp." and "Nvidia" fold alike. */
export function foldName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    folded = name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[’'"“”«»]/g, " ")
      .replace(SUFFIXES, " ")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    // The names kept are dropped all at once past KEPT_NAMES.
    if (foldedNames.size >= KEPT_NAMES) foldedNames.clear();
    foldedNames.set(name, folded);
  }
  return folded;
}

export function buildGazetteer(...sources: GazetteerData[]): Gazetteer {
  const entries: NameEntry[] = [];
  const outlets: string[] = [];
  const collectives: string[] = [];
  const byFolded = new Map<string, string>();
  const programmes = new Set<string>();
  const publicBodies = new Set<string>();
  const roles = new Map<string, CompanyRole>();
  const countries = new Map<string, string>();
  const sectors = new Map<string, string>();
  const fiscalYearEnds = new Map<string, number>();
  const kinds = new Map<string, readonly CompanyKind[]>();
  const segments = new Map<string, string>();
  const add = (surface: string, canonical: string, kind: NameKind) => {
    entries.push({ surface, canonical, kind });
    if (kind === "company" || kind === "programme" || kind === "product") {
      const folded = foldName(surface);
      if (folded && (kind !== "product" || !byFolded.has(folded))) byFolded.set(folded, canonical);
    }
  };
  for (const source of sources) {
    for (const company of source.companies ?? []) {
      add(company.name, company.name, "company");
      if (company.role) roles.set(company.name, company.role);
      if (company.country) countries.set(company.name, company.country);
      if (company.sector) sectors.set(company.name, company.sector);
      if (company.fiscalYearEnd) fiscalYearEnds.set(company.name, company.fiscalYearEnd);
      const known = companyKinds(company);
      if (known.length > 0) kinds.set(company.name, known);
      for (const alias of company.aliases ?? []) add(alias, company.name, "company");
      for (const ticker of company.tickers ?? []) add(ticker, company.name, "company");
      for (const segment of company.segments ?? []) {
        add(segment, company.name, "company");
        segments.set(foldName(segment), segment);
      }
      for (const product of company.products ?? []) add(product, company.name, "product");
      for (const person of company.people ?? []) add(person, company.name, "person");
      for (const periphrasis of company.periphrases ?? []) add(periphrasis, company.name, "periphrasis");
    }
    for (const body of source.publicBodies ?? []) {
      publicBodies.add(body.name);
      add(body.name, body.name, "company");
      for (const alias of body.aliases ?? []) add(alias, body.name, "company");
      for (const periphrasis of body.periphrases ?? []) add(periphrasis, body.name, "periphrasis");
    }
    for (const programme of source.programmes ?? []) {
      programmes.add(programme.name);
      add(programme.name, programme.name, "programme");
      for (const alias of programme.aliases ?? []) add(alias, programme.name, "programme");
    }
    outlets.push(...(source.outlets ?? []));
    // An unnamed collective owns its figures as written ("les hyperscalers prévoient…").
    for (const entry of source.collectives ?? []) {
      const collective = typeof entry === "string" ? { name: entry } : entry;
      collectives.push(collective.name);
      add(collective.name, collective.name, "company");
      for (const alias of collective.aliases ?? []) add(alias, collective.name, "company");
    }
  }
  // Longest names first so "Claude Code" wins over "Claude" and "Sam Altman" over "Altman".
  entries.sort((a, b) => b.surface.length - a.surface.length);
  outlets.sort((a, b) => b.length - a.length);
  const byFirstWord = new Map<string, NameEntry[]>();
  for (const entry of entries) {
    const first = FIRST_WORD.exec(entry.surface)?.[0].toLowerCase();
    if (!first) continue;
    const list = byFirstWord.get(first);
    if (list) list.push(entry);
    else byFirstWord.set(first, [entry]);
  }
  return {
    entries,
    outlets,
    collectives,
    byFolded,
    programmes,
    publicBodies,
    roles,
    countries,
    sectors,
    fiscalYearEnds,
    kinds,
    segments,
    byFirstWord,
  };
}

const FIRST_WORD = /^[\p{L}\p{N}_]+/u;

let shipped: Gazetteer | null = null;

/** The gazetteer shipped in data/gazetteer.json, extended by the caller's own entries. */
export function defaultGazetteer(extra?: GazetteerData): Gazetteer {
  const base = defaultData as GazetteerData;
  if (extra) return buildGazetteer(base, extra);
  shipped ??= buildGazetteer(base);
  return shipped;
}

/**
 * The outlets a document names, in the gazetteer's order: a sentence of it names none of the others.
 * Kept for the document last asked about (every sentence of it asks).
 */
export function outletsIn(text: string, gazetteer: Gazetteer): string[] {
  if (outletsOf?.text !== text || outletsOf.gazetteer !== gazetteer)
    outletsOf = { text, gazetteer, outlets: gazetteer.outlets.filter((o) => text.includes(o)) };
  return outletsOf.outlets;
}

let outletsOf: { text: string; gazetteer: Gazetteer; outlets: string[] } | null = null;

/** A company, product or programme name to its canonical company; unknown names come back as written. */
export function canonicalName(name: string, gazetteer: Gazetteer): string {
  return gazetteer.byFolded.get(foldName(name)) ?? name.trim();
}

const patternCache = new WeakMap<NameEntry, RegExp>();

function patternFor(entry: NameEntry): RegExp {
  let pattern = patternCache.get(entry);
  if (!pattern) {
    // Short names (AMD, io, Arm) must match their case; longer ones fold case.
    const flags = entry.surface.length <= 4 ? "yu" : "yiu";
    const body = escapeRegExp(entry.surface).replace(/\\-|\s+/g, (m) =>
      m === "\\-" ? "[-‑–]" : "[\\s\\u00a0]+",
    );
    // A one-letter name ("X") is no prefix of a compound ("X-energy"); a model may carry its
    // version ("GLM-5.1"), which no company name does.
    const after =
      entry.surface.length === 1
        ? "[\\p{L}\\p{N}_]|[-‑–]"
        : entry.kind === "product"
          ? "[\\p{L}\\p{N}_]|-\\p{N}(?!\\p{N}*(?:\\.\\p{N}+)?(?![\\p{L}\\p{N}]))"
          : "[\\p{L}\\p{N}_]|-\\p{N}";
    pattern = new RegExp(`${body}(?!${after})`, flags);
    patternCache.set(entry, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

const accentedPatternCache = new WeakMap<NameEntry, RegExp>();

/** The entry's pattern with any letter first: the caller knows the text's first letter is the entry's, accented. */
function accentedInitialPatternFor(entry: NameEntry): RegExp {
  let pattern = accentedPatternCache.get(entry);
  if (!pattern) {
    const plain = patternFor(entry);
    pattern = new RegExp(`\\p{L}${plain.source.slice(1)}`, plain.flags);
    accentedPatternCache.set(entry, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

const MARKS = /\p{M}/gu;

/**
 * « Éclairion » for "Eclairion", « Énergie » for "Energie": French may write the accent on a capital
 * that a name's own spelling leaves bare. The word with its first letter unaccented, or null.
 */
function withBareInitial(word: string): string | null {
  if (word.length < 3 || word.charCodeAt(0) < 128) return null;
  const bare = word[0]!.normalize("NFD").replace(MARKS, "");
  return bare.length === 1 && bare !== word[0] ? bare + word.slice(1) : null;
}

/**
 * "CoreWeaves revenue", "OpenAIs buildout": a one-word name whose possessive lost its apostrophe,
 * written exactly as the gazetteer spells it, then "s" and a lower-case word.
 */
function lostApostropheName(
  word: string,
  at: number,
  text: string,
  gazetteer: Gazetteer,
): Omit<NameMention, "start" | "end"> | null {
  if (
    !word.endsWith("s") ||
    word.length < 4 ||
    !/^\s+\p{Ll}/u.test(text.slice(at + word.length, at + word.length + 3))
  )
    return null;
  const stem = word.slice(0, -1);
  const entry = gazetteer.byFirstWord.get(stem.toLowerCase())?.find((e) => e.surface === stem);
  return entry ? { canonical: entry.canonical, kind: entry.kind, surface: stem } : null;
}

const FIRST_CAPITAL = /\p{Lu}/u;

/**
 * "the runway", "une orange", "a constellation", « une figure »: a name the gazetteer writes with a
 * capital, found in lower case, is the common word it is spelled like, not the company. The capital
 * that counts is the name's first one, after any article: « la Commission » is the European
 * Commission, « la commission » any committee.
 */
function lostCapital(surface: string, written: string): boolean {
  const at = surface.search(FIRST_CAPITAL);
  if (at < 0) return false;
  // The same letter in the text as written, counted in letters: spaces and dashes may differ.
  const lettersBefore = surface.slice(0, at).replace(LETTERLESS, "").length;
  const letter = written.replace(LETTERLESS, "")[lettersBefore] ?? "";
  return !FIRST_CAPITAL.test(letter);
}

const LETTERLESS = /[^\p{L}\p{N}]+/gu;

/** "dataVolt" for "DataVolt": a name written as a brand keeps its first capital further on. */
const BRAND_SHAPED = new RegExp(`^${BRAND_WORD}$`, "u");

/**
 * Every known name in `text`, in text order, never overlapping: at each word the longest name
 * that starts there wins ("Claude Code" over "Claude").
 */
export function findNames(text: string, gazetteer: Gazetteer, offset = 0): NameMention[] {
  const found: NameMention[] = [];
  const words = /[\p{L}\p{N}_]+/gu;
  for (let word = words.exec(text); word !== null; word = words.exec(text)) {
    let entries = gazetteer.byFirstWord.get(word[0].toLowerCase());
    const bare = entries ? null : withBareInitial(word[0]);
    if (bare) entries = gazetteer.byFirstWord.get(bare.toLowerCase());
    if (!entries) {
      const stem = lostApostropheName(word[0], word.index, text, gazetteer);
      if (stem)
        found.push({ ...stem, start: word.index + offset, end: word.index + stem.surface.length + offset });
      continue;
    }
    for (const entry of entries) {
      const pattern = bare ? accentedInitialPatternFor(entry) : patternFor(entry);
      pattern.lastIndex = word.index;
      const match = pattern.exec(text);
      if (!match || (lostCapital(entry.surface, match[0]) && !BRAND_SHAPED.test(match[0]))) continue;
      const end = word.index + match[0].length;
      found.push({
        start: word.index + offset,
        end: end + offset,
        canonical: entry.canonical,
        kind: entry.kind,
        surface: match[0],
      });
      words.lastIndex = end;
      break;
    }
  }
  return found.filter((n, i) => i === 0 || !isSymbolAfterItsName(found[i - 1]!, n, text, offset));
}

/** A symbol in capitals right after its own company's name ("Alphabet GOOGL.O"): no mention of its own. */
const SYMBOL_FORM = /^[A-Z][A-Z0-9]{1,5}$/u;
const SPACES_ONLY = /^[ \u00a0]+$/u;

function isSymbolAfterItsName(before: NameMention, n: NameMention, text: string, offset: number): boolean {
  return (
    before.canonical === n.canonical &&
    SYMBOL_FORM.test(n.surface) &&
    n.surface !== before.surface &&
    SPACES_ONLY.test(text.slice(before.end - offset, n.start - offset))
  );
}
