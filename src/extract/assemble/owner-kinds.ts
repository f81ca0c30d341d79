/**
 * Whether a candidate owner is the kind of company that owns such a figure: a hyperscaler's capex,
 * a lab's round, a buyer's compute commitment (the kinds in the gazetteer, the owners in the metric
 * records). Evidence for the entity scorer that weighs below the grammar of the sentence.
 */
import type { Metric } from "../../core/index.js";
import type { CompanyKind, Gazetteer } from "../gazetteer.js";
import { knowledgeOf } from "../metrics.js";

/** "fits": a kind that owns the metric; "unlikely": only kinds that seldom do; null: nothing known. */
export type KindFit = "fits" | "unlikely" | null;

function companyFit(kinds: readonly CompanyKind[] | undefined, metric: Metric | null): KindFit {
  const known = knowledgeOf(metric);
  if (!kinds || !known?.ownerKinds) return null;
  if (kinds.some((k) => known.ownerKinds!.includes(k))) return "fits";
  if (kinds.some((k) => known.unlikelyOwnerKinds?.includes(k))) return "unlikely";
  return null;
}

/** How the kinds of `name` (a company, or a group "A+B" whose members must all agree) suit `metric`. */
export function kindFit(gazetteer: Gazetteer, name: string, metric: Metric | null): KindFit {
  if (!name.includes("+")) return companyFit(gazetteer.kinds.get(name), metric);
  let fit: KindFit | undefined;
  for (const member of name.split("+")) {
    const one = companyFit(gazetteer.kinds.get(member), metric);
    if (fit !== undefined && one !== fit) return null;
    fit = one;
  }
  return fit ?? null;
}

export interface KindFeatures {
  kindFits: number;
  kindUnlikely: number;
}

export function kindFeatures(gazetteer: Gazetteer, name: string, metric: Metric | null): KindFeatures {
  const fit = kindFit(gazetteer, name, metric);
  return { kindFits: fit === "fits" ? 1 : 0, kindUnlikely: fit === "unlikely" ? 1 : 0 };
}

/** Firms that invest, lend or advise: they sell no goods nor capacity. */
const NOT_SELLING: readonly CompanyKind[] = ["fund", "bank", "analyst"];

/** Whether the gazetteer knows `name` as a company that sells goods, power or capacity. */
export function sellsGoods(gazetteer: Gazetteer, name: string): boolean {
  return (gazetteer.kinds.get(name) ?? []).some((k) => !NOT_SELLING.includes(k));
}

/** A known company's name with its kinds, by its kinds as the gazetteer lists them: written once. */
const describedKinds = new WeakMap<readonly CompanyKind[], { name: string; described: string }>();

/** "CoreWeave (neocloud)": a company with its kinds, for an explanation. */
export function withKinds(gazetteer: Gazetteer, name: string): string {
  if (name.includes("+")) return withMembersKinds(gazetteer, name);
  const own = gazetteer.kinds.get(name);
  if (!own) return name;
  const kept = describedKinds.get(own);
  if (kept?.name === name) return kept.described;
  const described = withMembersKinds(gazetteer, name);
  describedKinds.set(own, { name, described });
  return described;
}

function withMembersKinds(gazetteer: Gazetteer, name: string): string {
  const kinds = name
    .split("+")
    .flatMap((member) => gazetteer.kinds.get(member) ?? [])
    .filter((k, i, all) => all.indexOf(k) === i);
  return kinds.length > 0 ? `${name} (${kinds.join(", ")})` : name;
}
