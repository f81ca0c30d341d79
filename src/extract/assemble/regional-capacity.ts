/**
 * Capacity of a whole region's data centres (CLAIMS.md §6: a regional figure is the region's): "des
 * 23 GW de centres de données prévus en Europe d'ici 2030", "the 30 GW of data centers planned in
 * Europe", and the figure it is compared with in the same sentence ("contre 6,5 GW disponibles
 * aujourd'hui", "up from 8 GW today"). The country or company that hopes to win a share of it is
 * the sentence's subject, not the owner. A single site "in Norway" stays its builder's.
 */
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** Regions no company or government owns, with their names in both languages. */
const REGIONS: readonly { name: string; pattern: string }[] = [
  { name: "Europe", pattern: String.raw`Europe` },
  { name: "Asia", pattern: String.raw`Asi[ea]` },
  { name: "Africa", pattern: String.raw`Afri(?:que|ca)` },
  { name: "North America", pattern: String.raw`(?:North\s+America|Amérique\s+du\s+Nord)` },
  { name: "Latin America", pattern: String.raw`(?:Latin\s+America|Amérique\s+latine)` },
  { name: "Middle East", pattern: String.raw`(?:(?:the\s+)?Middle\s+East|Moyen-Orient)` },
];

/** Data centres or capacity in the plural sense of a region's stock. */
const STOCK = String.raw`(?:data[- ]?cent(?:er|re)s|datacent(?:er|re)s|centres\s+de\s+données|capacit(?:y|é))`;
/** How the stock stands: planned, expected, under construction, available, installed. */
const STANDING = String.raw`(?:prévu|attendu|planifié|projeté|annoncé|en\s+construction|en\s+service|disponible|installé|exploité|planned|expected|projected|announced|under\s+construction|in\s+operation|available|installed|operating|operational)`;

/** Right after the figure: "de datacenters prévus en Europe", "of data centers planned in Europe". */
const REGION_AFTER = new RegExp(
  String.raw`^\s*(?:de\s+|d['’]\s*|of\s+)(?:\p{L}+\s+){0,2}?${STOCK}\s+(?:(?:(?:sont|est|are|is)\s+)?${STANDING}e?s?\s+)(?:en|in|across|dans\s+toute\s+l['’]|throughout)\s*(${REGIONS.map((r) => `(${r.pattern})`).join("|")})(?!\p{L})`,
  "iu",
);

/** What sets up the figure a regional one is compared with: "contre", "up from", "compared with". */
const COMPARED_LEAD =
  /(?:(?<!\p{L})(?:contre|versus|vs\.?|par\s+rapport\s+à|comparé(?:e|s|es)?\s+à)|\b(?:up\s+from|compared\s+(?:with|to)|against))\s+(?:\p{L}+\s+){0,2}$/iu;

function regionAfter(text: string, f: FigureReading): string | null {
  const m = REGION_AFTER.exec(text.slice(f.q.span.end, f.clauseEnd));
  if (!m) return null;
  const at = REGIONS.findIndex((_r, i) => m[i + 2] !== undefined);
  return at < 0 ? null : REGIONS[at]!.name;
}

/** The region that owns a capacity figure: named right after it, or owning the figure it is compared with. */
export function reviseRegionalCapacity(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (candidate.metric !== "datacenter_capacity") return;
  let region = regionAfter(r.text, f);
  let how = "the region its data centres stand in";
  if (!region) {
    const before = r.text.slice(Math.max(s.sentence.start, f.q.span.start - 40), f.q.span.start);
    const earlier = s.sentenceClaims.at(-1);
    if (!earlier?.region || !COMPARED_LEAD.test(before)) return;
    region = earlier.region;
    how = "the region of the figure it is compared with";
  }
  if (!region || region === candidate.entity) return;
  f.rules.push(`entity: a region's data-centre capacity (${how}) → ${region}`);
  candidate.entity = region;
  candidate.region = region;
  candidate.entityAt = null;
  candidate.counterparty = null;
  candidate.counterpartyAt = null;
}
