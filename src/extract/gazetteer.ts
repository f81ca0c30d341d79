import defaultData from "./data/gazetteer.json" with { type: "json" };

/** One company: its canonical name and every way a report may point at it. */
export interface GazetteerCompany {
  name: string;
  aliases?: string[];
  /** Products stand for their company (ChatGPT → OpenAI). */
  products?: string[];
  /** People stand for the company when the figure is the company's; they are also the attribution. */
  people?: string[];
  /** Periphrases ("groupe de Redmond" → Microsoft). */
  periphrases?: string[];
  /**
   * Its side in compute deals: a model developer buys compute, a supplier (chips, cloud, data
   * centres) sells it. Decides buyer → supplier roles whichever company the sentence names first.
   */
  role?: CompanyRole;
}

export type CompanyRole = "developer" | "supplier";

/** The names the extractor knows; users extend it with a file of the same shape (`--gazetteer`). */
export interface GazetteerData {
  companies?: GazetteerCompany[];
  programmes?: { name: string; aliases?: string[] }[];
  /** News outlets that may be credited ("selon le Financial Times"). */
  outlets?: string[];
  /** Unnamed collectives kept as written ("hyperscalers"). */
  collectives?: string[];
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
  /** Canonical company → its side in compute deals, when known. */
  roles: Map<string, CompanyRole>;
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

/** Case, accents, punctuation and legal suffixes folded away: "NVIDIA Corp." and "Nvidia" fold alike. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'"“”«»]/g, " ")
    .replace(SUFFIXES, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function buildGazetteer(...sources: GazetteerData[]): Gazetteer {
  const entries: NameEntry[] = [];
  const outlets: string[] = [];
  const collectives: string[] = [];
  const byFolded = new Map<string, string>();
  const programmes = new Set<string>();
  const roles = new Map<string, CompanyRole>();
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
      for (const alias of company.aliases ?? []) add(alias, company.name, "company");
      for (const product of company.products ?? []) add(product, company.name, "product");
      for (const person of company.people ?? []) add(person, company.name, "person");
      for (const periphrasis of company.periphrases ?? []) add(periphrasis, company.name, "periphrasis");
    }
    for (const programme of source.programmes ?? []) {
      programmes.add(programme.name);
      add(programme.name, programme.name, "programme");
      for (const alias of programme.aliases ?? []) add(alias, programme.name, "programme");
    }
    outlets.push(...(source.outlets ?? []));
    collectives.push(...(source.collectives ?? []));
  }
  // Longest names first so "Claude Code" wins over "Claude" and "Sam Altman" over "Altman".
  entries.sort((a, b) => b.surface.length - a.surface.length);
  outlets.sort((a, b) => b.length - a.length);
  return { entries, outlets, collectives, byFolded, programmes, roles };
}

/** The gazetteer shipped in data/gazetteer.json, extended by the caller's own entries. */
export function defaultGazetteer(extra?: GazetteerData): Gazetteer {
  const base = defaultData as GazetteerData;
  return extra ? buildGazetteer(base, extra) : buildGazetteer(base);
}

/** A company, product or programme name to its canonical company; unknown names come back as written. */
export function canonicalName(name: string, gazetteer: Gazetteer): string {
  return gazetteer.byFolded.get(foldName(name)) ?? name.trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const patternCache = new WeakMap<NameEntry, RegExp>();

function patternFor(entry: NameEntry): RegExp {
  let pattern = patternCache.get(entry);
  if (!pattern) {
    // Short names (AMD, io, Arm) must match their case; longer ones fold case.
    const flags = entry.surface.length <= 4 ? "gu" : "giu";
    const body = escapeRegExp(entry.surface).replace(/\\-|\s+/g, (m) =>
      m === "\\-" ? "[-‑–]" : "[\\s\\u00a0]+",
    );
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_]|-\\p{N})`, flags);
    patternCache.set(entry, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Every known name in `text`, longest first, never overlapping, in text order. */
export function findNames(text: string, gazetteer: Gazetteer, offset = 0): NameMention[] {
  const found: NameMention[] = [];
  const taken: boolean[] = [];
  for (const entry of gazetteer.entries) {
    const pattern = patternFor(entry);
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      let free = true;
      for (let i = start; i < end; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      found.push({
        start: start + offset,
        end: end + offset,
        canonical: entry.canonical,
        kind: entry.kind,
        surface: match[0],
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
