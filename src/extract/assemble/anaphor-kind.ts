/**
 * A pronoun or a bare description ("elle", "it", "la société", "the company") is first read as the
 * sentence's topic. When the topic is of a kind that seldom owns the figure (a chipmaker's
 * valuation, a fund's capex) and the discourse has just named a company whose kind owns it, the
 * anaphor may point back at that company instead: "Nvidia a mené le tour de table de Kestrel. Elle
 * vise une valorisation de 9 milliards" is Kestrel's valuation. The scorer weighs the reading: the
 * anaphor's grammar is kept, the kinds and `anaphorByKind` decide between its two referents.
 */
import { type SalientCompany, salientBefore } from "./discourse-candidates.js";
import type { EntityFeature, EntityOption } from "./entity.js";
import { kindFit } from "./owner-kinds.js";
import type { Option } from "./scorer.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** Pronouns and descriptions that say nothing of the company's kind: the kind of the figure may choose. */
const BARE_ANAPHOR =
  /^(?:il|elle|it|la\s+société|l['’]entreprise|le\s+groupe|la\s+firme|the\s+company|the\s+firm|the\s+group)$/iu;

/**
 * How salient a company stands for an anaphor, lower first (centering): the subject or the owner of
 * a figure of a sentence before, then the article's subject, then a company only named.
 */
function salienceRank(c: SalientCompany): number {
  if (c.subject || c.owner) return 0;
  return c.documentSubject ? 1 : 2;
}

/** The company a bare anaphor may mean instead of its topic: the most salient one whose kind owns the figure. */
function referentByKind(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  meant: string,
): string | null {
  const { metric } = f.candidate;
  if (kindFit(r.gazetteer, meant, metric) !== "unlikely") return null;
  let best: SalientCompany | null = null;
  // Nearest first: a tie in rank goes to the nearer company.
  for (const company of salientBefore(r, s)) {
    if (company.name === meant || company.name.includes("+")) continue;
    if (kindFit(r.gazetteer, company.name, metric) !== "fits") continue;
    if (!best || salienceRank(company) < salienceRank(best)) best = company;
  }
  return best?.name ?? null;
}

/**
 * Offers, beside each bare anaphor read as a company of a kind that seldom owns the figure, the same
 * anaphor read as the most salient company whose kind owns it, with the anaphor's cues.
 */
export function withAnaphorsByKind(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: Option<EntityOption, EntityFeature>[],
): void {
  const count = options.length;
  for (let i = 0; i < count; i++) {
    const o = options[i]!;
    const party = o.value.party;
    if (party?.via !== "anaphora" || party.canonical.includes("+") || o.value.group.length > 1) continue;
    if (!BARE_ANAPHOR.test(party.surface.trim())) continue;
    const other = referentByKind(r, s, f, party.canonical);
    if (!other || options.some((x) => x.value.party && x.value.name === other)) continue;
    options.push({
      value: {
        ...o.value,
        party: { ...party, canonical: other },
        group: [],
        name: other,
        how: `${o.value.how.replace(/\(anaphora → [^)]*\)/u, "")}(anaphora → ${other}, whose kind owns such figures)`,
      },
      label: other,
      features: { ...o.features, anaphorByKind: 1 },
    });
  }
}
