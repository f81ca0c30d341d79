/**
 * « la start-up compte réserver 90 milliards à ses capacités de calcul d'ici trois ans »,
 * "Kalvion Labs plans to devote $900 billion to its infrastructure by 2032": a model developer's plan
 * to put money into infrastructure or compute is compute it will buy, a compute spending target
 * (CLAIMS.md §2), not capital spending on sites of its own. A developer that builds a named site
 * ("to build a data centre near Lyon", « pour construire un campus ») keeps its capex.
 */
import type { CompanyKind } from "../gazetteer.js";
import { planVerbs } from "../lexicon.js";
import type { DocumentReading, FigureReading } from "./types.js";

/** The capex cue names infrastructure or compute, not a site: "à son infrastructure", "in its infrastructure". */
const INFRASTRUCTURE_CUE = /(?<!\p{L})(?:infrastructures?|calcul|compute|computing)(?!\p{L})/iu;

/** Infrastructure or compute the money goes to, right after the figure: "on its infrastructure", « dans ses infrastructures de calcul ». */
const INFRASTRUCTURE_AFTER =
  /^[^.;:]{0,30}?(?<!\p{L})(?:to|on|in|into|for|à|dans|pour|en)\s+(?:(?:its|their|son|sa|ses|leurs|l['’]|la|les|des|de|d['’]|own|propres?|AI|IA)\s*){0,3}(?:infrastructures?|compute|computing|calcul)(?!\p{L})/iu;

/** A site built in the clause: the developer's own build-out. */
const SITE_BUILT =
  /(?<!\p{L})(?:build\p{L}*|construct\p{L}*|constru\p{L}*|bâti\p{L}*|data[\s-]*cent(?:er|re)s?|centres?\s+de\s+données|campus(?:es)?|usines?|plants?|facilit(?:y|ies)|sites?)(?!\p{L})/iu;

/** A plan, or a horizon year the money is spread up to ("by 2030", « d'ici 2030 »). */
const PLANNED = new RegExp(
  String.raw`(?<!\p{L})(?:${planVerbs("target")}|d['’]ici(?:\s+à)?\s+(?:la\s+fin\s+(?:de\s+)?)?(?:\d{4}|la\s+fin\s+de\s+la\s+décennie)|by\s+(?:the\s+end\s+of\s+)?(?:\d{4}|the\s+end\s+of\s+the\s+decade)|over\s+the\s+next)(?!\p{L})`,
  "iu",
);

/** Kinds of company that build sites of their own: a lab that is also one keeps its capex. */
const SITE_BUILDER_KINDS: ReadonlySet<CompanyKind> = new Set(["hyperscaler", "datacentre"]);

function isDeveloper(r: DocumentReading, name: string): boolean {
  if (r.gazetteer.roles.get(name) === "developer") return true;
  const kinds = r.gazetteer.kinds.get(name) ?? [];
  return kinds.includes("lab") && !kinds.some((kind) => SITE_BUILDER_KINDS.has(kind));
}

export function reviseDeveloperInfrastructurePlan(r: DocumentReading, f: FigureReading): void {
  const { candidate } = f;
  if (candidate.metric !== "capex" || candidate.counterparty || !candidate.entity || !candidate.metricAt)
    return;
  if (!candidate.entity.split("+").every((name) => isDeveloper(r, name))) return;
  const cue = r.text.slice(candidate.metricAt.start, candidate.metricAt.end);
  const after = r.text.slice(f.q.span.end, Math.min(f.clauseEnd, f.q.span.end + 80));
  if (!INFRASTRUCTURE_CUE.test(cue) && !INFRASTRUCTURE_AFTER.test(after)) return;
  const clause = r.text.slice(f.clauseStart, f.clauseEnd);
  if (SITE_BUILT.test(clause) || !PLANNED.test(clause)) return;
  candidate.metric = "compute_spending_target";
  f.rules.push(
    "metric: a model developer's plan for its infrastructure or compute, no site built → compute_spending_target",
  );
}
