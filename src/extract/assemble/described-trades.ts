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
import { escapeRegExp } from "../patterns.js";
import { SUPPLY_OF_COMPUTE } from "./business-cues.js";

interface Trade {
  kind: CompanyKind;
  role: CompanyRole | null;
  /** The trade's nouns, as a pattern without groups. */
  nouns: string;
}

const TRADES: readonly Trade[] = [
  {
    kind: "neocloud",
    role: "supplier",
    nouns:
      "n[ée]o-?cloud|(?:AI|GPU)[ \\u00a0-]+cloud(?:[ \\u00a0]+(?:provider|company|firm|operator))?|GPU[ \\u00a0-]+(?:rental|hosting)[ \\u00a0]+(?:firm|company|provider)|cloud[ \\u00a0]+provider|fournisseur[ \\u00a0]+(?:de[ \\u00a0]+cloud|d['’]informatique[ \\u00a0]+en[ \\u00a0]+nuage)|loueur[ \\u00a0]+de[ \\u00a0]+(?:GPU|puces|processeurs)",
  },
  {
    kind: "datacentre",
    role: "supplier",
    nouns:
      "data[ \\u00a0-]?cent(?:er|re)[ \\u00a0]+(?:developer|operator|builder|company|firm|landlord|specialist)|(?:op[ée]rateur|exploitant|constructeur|promoteur|sp[ée]cialiste|b[âa]tisseur)[ \\u00a0]+de[ \\u00a0]+centres[ \\u00a0]+de[ \\u00a0]+donn[ée]es|h[ée]bergeur",
  },
  {
    kind: "chipmaker",
    role: "supplier",
    nouns:
      "chip[ \\u00a0-]?(?:maker|designer|company|firm|startup|start-up)|(?:fabricant|concepteur|sp[ée]cialiste)[ \\u00a0]+de[ \\u00a0]+(?:puces|semi-conducteurs|processeurs)|fondeur",
  },
  {
    kind: "energy",
    role: "supplier",
    nouns:
      "utility|power[ \\u00a0]+(?:company|producer|provider|generator)|energy[ \\u00a0]+(?:company|producer|group)|[ée]nerg[ée]ticien|[ée]lectricien|producteur[ \\u00a0]+d['’][ée]lectricit[ée]",
  },
  {
    kind: "lab",
    role: "developer",
    nouns:
      "AI[ \\u00a0]+(?:lab|developer|model[ \\u00a0]+developer)|(?:model|LLM)[ \\u00a0]+developer|laboratoire[ \\u00a0]+d['’](?:IA|intelligence[ \\u00a0]+artificielle)|d[ée]veloppeur[ \\u00a0]+de[ \\u00a0]+mod[èe]les",
  },
  {
    kind: "fund",
    role: "investor",
    nouns:
      "(?:venture|investment|private[ \\u00a0]+equity|sovereign(?:[ \\u00a0]+wealth)?)[ \\u00a0]+(?:firm|fund|investor)|fonds(?:[ \\u00a0]+(?:souverain|d['’]investissement|de[ \\u00a0]+capital-risque))?|soci[ée]t[ée][ \\u00a0]+de[ \\u00a0]+capital-risque",
  },
];

/** Lower-case words a description may carry besides its trade: "a Swedish", "le jeune", "the fast-growing". */
const ADJECTIVES = "(?:[\\p{Ll}-]+[ \\u00a0]+){0,3}?";
const ARTICLE = "(?:[Aa]n?|[Tt]he|[Uu]ne?|[Ll]e|[Ll]a|[Ll]['’])[ \\u00a0]*";

function tradePatterns(name: string, trade: Trade): RegExp[] {
  const n = escapeRegExp(name);
  const after = `(?<![\\p{L}\\p{N}])${n},[ \\u00a0]+${ARTICLE}${ADJECTIVES}(?:${trade.nouns})(?![\\p{L}])`;
  const before = `(?<![\\p{L}])${ARTICLE}${ADJECTIVES}(?:${trade.nouns})(?:[ \\u00a0]+[\\p{Ll}-]+){0,2}[ \\u00a0]+${n}(?![\\p{L}\\p{N}])`;
  return [new RegExp(after, "iu"), new RegExp(before, "u")];
}

/** A company that ships, supplies or rents out compute ("Halvard will ship 80,000 GPUs") sells it as a neocloud does. */
const COMPUTE_SUPPLIER = TRADES.find((t) => t.kind === "neocloud")!;

/** The trade the text gives a company it names `name`, or null. */
export function describedTrade(text: string, name: string): Trade | null {
  const described = TRADES.find((trade) => tradePatterns(name, trade).some((p) => p.test(text)));
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
