/**
 * A site's builder: "Le campus d'Abilene, construit par la start-up Crusoe, doit atteindre 1,2
 * gigawatt", "Stargate UAE, a 1-gigawatt cluster being built by G42". The company a site is built
 * by owns its capacity; when a programme owns it instead (CLAIMS.md §6), the builder is the other
 * end of it.
 */
import { modifiesADeal } from "./deal-modifier-collective.js";
import { joinParties, listFrom } from "./parties.js";
import { testInSentence } from "./text.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** "construit par la start-up", "being built by", "porté par le groupe émirien": the builder follows. */
const BUILT_BY =
  /(?:\bconstruite?s?|\bbâtie?s?|\bdéveloppée?s?|(?<!\p{L})portée?s?|\bbuilt|\bdeveloped|\bconstructed)\s+(?:par|by)\s+(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,3}$/iu;

/** How far before the builder's name its building verb may stand. */
const BUILDER_REACH = 50;

/** The company a site of the sentence is said to be built by ("construit par la start-up Crusoe"). */
export function builderIn(r: DocumentReading, s: SentenceReading): Party | undefined {
  return s.parties.find(
    (p) =>
      p.kind === "company" &&
      !r.gazetteer.programmes.has(p.canonical) &&
      !modifiesADeal(r.text, r.gazetteer, p) &&
      testInSentence(BUILT_BY, s, r.text, Math.max(s.sentence.start, p.start - BUILDER_REACH), p.start),
  );
}

/**
 * The capacity of a site whose sentence names its builder: the builder's own, whatever company the
 * site is leased to or built for, unless a company named before the builder takes the site; the
 * programme's, built by the builder, when a programme owns it.
 */
export function reviseSiteBuilder(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (candidate.metric !== "datacenter_capacity") return;
  const builder = builderIn(r, s);
  if (!builder) return;
  if (candidate.entity && r.gazetteer.programmes.has(candidate.entity)) {
    if (candidate.counterparty) return;
    candidate.counterparty = builder.canonical;
    candidate.counterpartyAt = { start: builder.start, end: builder.end };
    f.rules.push(`counterparty: the programme's site is built by ${builder.surface} → ${builder.canonical}`);
    return;
  }
  const possessor = sitePossessor(r, s, builder);
  if (possessor) {
    candidate.entity = possessor.canonical;
    candidate.entityAt = { start: possessor.start, end: possessor.end };
    candidate.counterparty = builder.canonical;
    candidate.counterpartyAt = { start: builder.start, end: builder.end };
    f.rules.push(
      `roles: ${possessor.surface}'s site is built by ${builder.surface} → ${possessor.canonical} → ${builder.canonical}`,
    );
    return;
  }
  // "OpenAI will lease a campus built by Crusoe": a company named before the builder takes the site.
  const owner = f.entityParty;
  if (owner && owner !== builder && owner.start < builder.start) return;
  const builders = jointBuilders(r, s, builder);
  if (candidate.entity === builders && !candidate.counterparty) return;
  candidate.entity = builders;
  candidate.entityAt = { start: builder.start, end: builder.end };
  candidate.counterparty = null;
  candidate.counterpartyAt = null;
  f.rules.push(
    `entity: the site is built by ${builder.surface}, its capacity is the builder's → ${builders}`,
  );
}

/** "construit par MGX et Bpifrance", "built by X and Y": builders named together own the site as a group (CLAIMS.md §6). */
function jointBuilders(r: DocumentReading, s: SentenceReading, builder: Party): string {
  const listed = listFrom(s.parties, s.parties.indexOf(builder), r.text, s.sentence.end);
  return joinParties(listed.filter((p) => p.kind === "company" && !r.gazetteer.programmes.has(p.canonical)));
}

/** "Meta's", "Meta’s": a possessive after the name. */
const POSSESSIVE_AFTER = /^['’]s?\s/u;
/** "le campus Hyperion de Meta", "le site de Meta": a site noun, perhaps its name, then "de". */
const SITE_OF_BEFORE =
  /\b(?:campus|sites?|clusters?|centres?\s+de\s+données|data\s+cent(?:er|re)s?|complexes?)\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:de\s+|d['’])$/u;

/**
 * The company whose site the builder builds, named as the site's possessor before the builder
 * ("Meta's Hyperion campus, built by Blue Owl", "le campus Hyperion de Meta, construit par Blue
 * Owl"): it uses the site, the builder supplies it (CLAIMS.md §6).
 */
function sitePossessor(r: DocumentReading, s: SentenceReading, builder: Party): Party | undefined {
  return s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.canonical !== builder.canonical &&
      p.end <= builder.start &&
      builder.start - p.end <= BUILDER_REACH * 2 &&
      !r.gazetteer.programmes.has(p.canonical) &&
      (POSSESSIVE_AFTER.test(r.text.slice(p.end, p.end + 3)) ||
        SITE_OF_BEFORE.test(r.text.slice(Math.max(s.sentence.start, p.start - 60), p.start))),
  );
}
