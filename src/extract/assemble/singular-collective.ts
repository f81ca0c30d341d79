/**
 * "the hyperscaler's 9% rise in storage sales", "a hyperscaler that guides to $40B of outlays",
 * « l'hyperscaler a annoncé »: a collective's noun in the singular, after an article, names one
 * company, not the collective (CLAIMS.md §6). It stands for the latest company of that kind named
 * before it; with none, it is no name at all. Used as a modifier ("hyperscaler capex") it still
 * names the collective.
 */
import type { CompanyKind, Gazetteer, NameMention } from "../gazetteer.js";

/** An article or demonstrative right before the noun. */
const ARTICLE_BEFORE = /(?<!\p{L})(?:the|a|an|this|that|each|one|le|l['’]|un|cet|ce)\s*$/iu;
/** What follows a noun used on its own: a possessive, punctuation, or a verb. */
const STANDS_ALONE =
  /^(?:['’]s(?!\p{L})|\s*[,.;:)—–]|\s+(?:is|was|has|had|will|would|can|could|said|says|\p{Ll}+(?:s|ed))(?!\p{L})|\s+(?:a|est|va|avait|prévoit|annonce|dépense|investit|affiche)(?!\p{L}))/u;

/** How far back, in characters, the company the noun points at may be named. */
const REACH = 3000;

/** The singular collective nouns and the kind of company each names: "hyperscaler" → hyperscaler. */
const SINGULAR_KIND: Readonly<Record<string, CompanyKind>> = {
  hyperscaler: "hyperscaler",
  hyperscaleur: "hyperscaler",
};

/** The names with every singular collective noun read as the company it points back at, or left out. */
export function withSingularCollectives(
  text: string,
  names: NameMention[],
  gazetteer: Gazetteer,
): NameMention[] {
  if (gazetteer.collectives.length === 0) return names;
  const out: NameMention[] = [];
  for (const n of names) {
    const kind = SINGULAR_KIND[n.surface.toLowerCase()];
    const alone =
      kind !== undefined &&
      gazetteer.collectives.includes(n.canonical) &&
      ARTICLE_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start)) &&
      STANDS_ALONE.test(text.slice(n.end, n.end + 20));
    if (!alone) {
      out.push(n);
      continue;
    }
    const latest = out.findLast(
      (o) =>
        o.kind === "company" &&
        o.start >= n.start - REACH &&
        (gazetteer.kinds.get(o.canonical) ?? []).includes(kind),
    );
    if (latest) out.push({ ...n, canonical: latest.canonical });
  }
  return out;
}
