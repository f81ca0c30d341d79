import { GROUP_OWN_PLAN, IMPERSONAL_FORECAST } from "../lexicon.js";
import { hasMatch } from "../patterns.js";
import type { Decision } from "./qualifier.js";
import type { Candidate } from "./types.js";

/** Several companies held as one: "Microsoft+Alphabet+Meta". */
export function isCompanyGroup(entity: string | null): boolean {
  return entity?.includes("+") ?? false;
}

/** A class of companies named by a common noun, no capital in it: "hyperscalers", « opérateurs de centres de données ». */
export function isCompanyClass(entity: string | null): boolean {
  return entity !== null && entity.length > 0 && !/\p{Lu}/u.test(entity);
}

/** Nobody's own forecast: a class of companies with no plan stated, or a group told by an impersonal expectation. */
function nobodysForecast(entity: string | null, ownScope: string): boolean {
  if (isCompanyClass(entity)) return !hasMatch(GROUP_OWN_PLAN, ownScope);
  return (
    isCompanyGroup(entity) && hasMatch(IMPERSONAL_FORECAST, ownScope) && !hasMatch(GROUP_OWN_PLAN, ownScope)
  );
}

/**
 * "Ensemble, Microsoft, Alphabet et Meta devraient dépenser plus de 300 milliards cette année",
 * "cloud giants are pouring tens of billions into capex": a forward figure for several companies
 * together, or for a class of them, is no company's own forecast but the writer's or the market's
 * estimate (CLAIMS.md §7). A plan the group states ("plan to spend", « prévoient ») stays a target,
 * and a group of named companies needs the impersonal wording (« devraient », "are expected to").
 */
export function reviseByCollectiveForecast(
  candidate: Candidate,
  ownScope: string,
  qualifier: Decision,
): void {
  if (qualifier.qualifier !== "target" || !nobodysForecast(candidate.entity, ownScope)) return;
  qualifier.qualifier = "estimated";
  qualifier.rule = "a forward figure for several companies together, stated by none of them → estimated";
}
