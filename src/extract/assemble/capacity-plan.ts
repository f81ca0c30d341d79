import { firstMatch } from "../patterns.js";
import type { Decision } from "./qualifier.js";
import type { Candidate } from "./types.js";

/**
 * What makes capacity a site's plan rather than what runs today: the site is meant, being built or
 * chosen to deliver it ("facilities intended to deliver 200 MW", "is building", "a choisi Fouju pour
 * implanter un centre de données de 1,4 GW", "Prologis prévoit … d'une puissance de 584 MW").
 */
const CAPACITY_PLAN =
  /\b(?:intended|designed|slated|planned|set|expected|scheduled)\s+to\s+(?:deliver|provide|host|reach|add|have|bring)\b|\b(?:is|are)\s+(?:building|developing|constructing)\b|\bplans?\s+to\b|\bunder\s+construction\b|(?<!\p{L})(?:pour|afin\s+d['’]|destinée?s?\s+à)\s*(?:implanter|construire|bâtir|installer|développer|aménager)(?!\p{L})|(?<!\p{L})(?:prévoi[st]|prévoient|projett?(?:e|ent)\s+d['’]|(?:va|vont)\s+(?:construire|bâtir|implanter)|en\s+construction)(?!\p{L})/iu;

/**
 * Capacity a company means to bring is its target (CLAIMS.md §7), stated with no plan word of the
 * figure's own clause: the plan is named before it in the sentence. Capacity that runs ("operates
 * 2,910 MW") or that a deal gives stays as decided elsewhere.
 */
export function reviseByCapacityPlan(text: string, candidate: Candidate, qualifier: Decision): void {
  if (candidate.metric !== "datacenter_capacity" || qualifier.qualifier !== "reported") return;
  const plan = firstMatch(CAPACITY_PLAN, text.slice(candidate.sentence.start, candidate.q.span.start));
  if (!plan) return;
  qualifier.qualifier = "target";
  qualifier.rule = `"${plan[0]}": capacity a site is meant or being built to bring → target`;
}
