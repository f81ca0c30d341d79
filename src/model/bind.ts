import { type Issue, type IssueLocation, periodYear } from "../core/index.js";
import { type BindableClaim, chooseClaim } from "./choose-claim.js";
import { claimMisfit, periodText } from "./claim-fit.js";
import type { BoundInput } from "./compile.js";
import { distributionFromBound } from "./distributions.js";
import type { ScenarioSource } from "./load.js";
import { messages, modelIssue } from "./messages.js";
import type { Scenario, ScenarioInput } from "./schema.js";
import type { CitedDocument, LedgerRef } from "./types.js";

/**
 * Inputs written `from:` are bound to one ledger claim: named by id (`claim: …`), or chosen among
 * the claims of an entity, metric and year by a rule (choose-claim.ts). A claim whose unit or
 * period does not fit the input is refused (claim-fit.ts), never converted: an error when the
 * claim was named, or when nothing else fits and the input has no fallback; a warning when the
 * fallback is used instead. Without a claim the fallback is used (an info issue); without either,
 * compileScenario reports an error. The claims come through an injected ClaimResolver (the ledger
 * at the edge, see ledger-binding.ts, or a list in tests).
 */

export interface ClaimResolver {
  byId(id: string): Promise<BindableClaim | null> | BindableClaim | null;
  find(entity: string, metric: string): Promise<readonly BindableClaim[]> | readonly BindableClaim[];
  /** The document a claim cites (by ledger document id), when the resolver knows documents. */
  document?(id: string): Promise<CitedDocument | null> | CitedDocument | null;
  /** The deal-graph edges from one party to another, when the resolver knows the graph. */
  edges?(from: string, to: string): Promise<readonly BindableEdge[]> | readonly BindableEdge[];
  /** The investments in a company's latest round by its own vendors (graph/metrics/round-vendor-share.ts). */
  vendorFunding?(company: string): Promise<readonly BindableEdge[]> | readonly BindableEdge[];
}

/** A deal-graph edge as a binding needs it (graph/types.ts DealEdge has these fields). */
export interface BindableEdge {
  id: string;
  from: string;
  to: string;
  instrument: string;
  status: string;
  qualifier: BindableClaim["qualifier"];
  amount: {
    low: number | null;
    high: number | null;
    bound: BindableClaim["value"]["bound"];
    unit: string;
    text: string;
  };
  dates: { announced: string | null };
  claimIds: string[];
  sources: { documentId: string; quote: string }[];
}

const DEAD_EDGE = new Set(["cancelled", "superseded"]);

/** The edge as a claim of `from` with `to` as counterparty: one value, its sentence and document. */
function edgeAsClaim(edge: BindableEdge): BindableClaim {
  const { low, high, bound, unit, text } = edge.amount;
  return {
    id: edge.id,
    entity: edge.from,
    counterparty: edge.to,
    metric: edge.instrument,
    value: { low, high, bound },
    unit,
    period: null,
    qualifier: edge.qualifier,
    status: "unreviewed",
    reported: edge.dates.announced,
    quote: text,
    document: edge.sources[0]?.documentId ?? "",
  };
}

async function resolveEdge(
  ref: NonNullable<LedgerRef["edge"]>,
  unit: string,
  resolver: ClaimResolver,
): Promise<Binding> {
  const edges = resolver.edges ? await resolver.edges(ref.from, ref.to) : [];
  const ofKind = edges.filter((e) => e.instrument.toLowerCase() === ref.kind.toLowerCase());
  const live = ofKind.filter((e) => !DEAD_EDGE.has(e.status));
  const edge = live[0] ?? null;
  if (!edge) return null;
  const claim = edgeAsClaim(edge);
  const reason = claimMisfit(unit, claim.unit, null);
  if (reason) return { refused: claim, reason };
  const others = ofKind.length - 1;
  const why = `the live ${edge.instrument} edge ${edge.from} → ${edge.to} (${edge.status})${others > 0 ? `; ${others} other edge(s) of that kind not used` : ""}`;
  return { claim, why, claimIds: edge.claimIds };
}

/** Dollars summed over edges: each end on its own, an open end (≥ X) left open. */
function sumOfEdges(edges: readonly BindableEdge[]): BindableClaim["value"] {
  if (edges.length === 1) {
    const { low, high, bound } = edges[0]!.amount;
    return { low, high, bound };
  }
  const low = edges.reduce((sum, e) => sum + (e.amount.low ?? 0), 0);
  const highs = edges.map((e) => e.amount.high ?? (e.amount.bound === "at_least" ? null : e.amount.low));
  const high = highs.some((h) => h === null) ? null : highs.reduce((sum: number, h) => sum + h!, 0);
  return { low, high, bound: high === null ? "at_least" : low === high ? "exact" : "range" };
}

async function resolveVendorFunding(
  company: string,
  unit: string,
  resolver: ClaimResolver,
): Promise<Binding> {
  const edges = (resolver.vendorFunding ? await resolver.vendorFunding(company) : []).filter(
    (e) => e.amount.unit === "USD",
  );
  if (edges.length === 0) return null;
  const claim: BindableClaim = {
    id: `vendor_funding:${company}`,
    entity: [...new Set(edges.map((e) => e.from))].join("+"),
    counterparty: company,
    metric: "vendor_funding",
    value: sumOfEdges(edges),
    unit: "USD",
    period: null,
    qualifier: edges[0]!.qualifier,
    status: "unreviewed",
    reported:
      edges
        .map((e) => e.dates.announced ?? "")
        .sort()
        .at(-1) || null,
    quote: edges.map((e) => e.amount.text).join(" … "),
    document: edges[0]!.sources[0]?.documentId ?? "",
  };
  const reason = claimMisfit(unit, claim.unit, null);
  if (reason) return { refused: claim, reason };
  const why = `${company}'s latest round from its own vendors: ${edges.map((e) => `${e.from} (${e.instrument} edge, ${e.status})`).join(", ")}`;
  return { claim, why, claimIds: [...new Set(edges.flatMap((e) => e.claimIds))] };
}

/** A document's citation from what the ledger stores: its source is a URL or a file name. */
export function citedDocument(doc: { title: string; outlet: string | null; source: string }): CitedDocument {
  const url = /^https?:\/\/\S+$/.test(doc.source) ? doc.source : null;
  return { title: doc.title, outlet: doc.outlet, address: doc.source, url };
}

/** A resolver over a list of claims (tests, exports), with their documents when given. */
export function claimListResolver(
  claims: readonly BindableClaim[],
  documents: ReadonlyMap<string, CitedDocument> = new Map(),
): ClaimResolver {
  return {
    document: (id) => documents.get(id) ?? null,
    byId: (id) => claims.find((c) => c.id === id) ?? null,
    find: (entity, metric) =>
      claims.filter(
        (c) =>
          c.entity.toLowerCase() === entity.toLowerCase() && c.metric.toLowerCase() === metric.toLowerCase(),
      ),
  };
}

/** Where an input's value comes from, as written: its `source`, else its citation ("CNBC, 2026-02, https://…"). */
export function inputSourceText(input: ScenarioInput): string | null {
  if (input.source !== undefined) return input.source;
  const c = input.citation;
  return c ? [c.outlet, c.date, c.url].filter((part) => part !== undefined).join(", ") : null;
}

/** "claim 3f2a…" or "OpenAI revenue 2025 (Oracle, reported, latest_accepted)". */
export function refText(ref: LedgerRef): string {
  if (ref.claim !== undefined) return `claim ${ref.claim}`;
  if (ref.edge !== undefined) return `the ${ref.edge.kind} edge ${ref.edge.from} → ${ref.edge.to}`;
  if (ref.vendor_funding !== undefined)
    return `the new money in ${ref.vendor_funding.company}'s latest round from its own vendors`;
  const extra = [ref.counterparty, ref.qualifier, ref.rule].filter((part) => part !== undefined);
  return `${ref.entity} ${ref.metric} ${ref.period}${extra.length > 0 ? ` (${extra.join(", ")})` : ""}`;
}

/** "3f2a… (OpenAI revenue 13.1e9 USD, 2025-01-01 – 2025-12-31)". */
function claimText(claim: BindableClaim): string {
  const { low, high } = claim.value;
  const value = low === high || high === null ? `${low}` : low === null ? `${high}` : `${low}–${high}`;
  return `${claim.id} (${claim.entity} ${claim.metric} ${value} ${claim.unit}, ${periodText(claim.period)})`;
}

/** What a claim named by id must match: the reference's other fields, and not be rejected. */
function namedClaimMismatch(claim: BindableClaim, ref: LedgerRef): string | null {
  if (claim.status === "rejected") return "it was rejected in review";
  const differs = (
    [
      ["entity", ref.entity, claim.entity],
      ["metric", ref.metric, claim.metric],
      ["counterparty", ref.counterparty, claim.counterparty],
      ["qualifier", ref.qualifier, claim.qualifier],
    ] as const
  ).find(([, want, got]) => want !== undefined && want.toLowerCase() !== (got ?? "").toLowerCase());
  if (differs) return `its ${differs[0]} is ${differs[2] ?? "none"}, not ${differs[1]}`;
  if (ref.period !== undefined && periodYear(claim.period) !== ref.period)
    return `its period ${periodText(claim.period)} is not in ${ref.period}`;
  return null;
}

type Binding =
  | { claim: BindableClaim; why: string; claimIds?: string[] }
  | { refused: BindableClaim; reason: string }
  | null;

async function resolveRef(ref: LedgerRef, unit: string, resolver: ClaimResolver): Promise<Binding> {
  if (ref.edge !== undefined) return resolveEdge(ref.edge, unit, resolver);
  if (ref.vendor_funding !== undefined)
    return resolveVendorFunding(ref.vendor_funding.company, unit, resolver);
  if (ref.claim !== undefined) {
    const claim = await resolver.byId(ref.claim);
    if (!claim) return null;
    const reason = namedClaimMismatch(claim, ref) ?? claimMisfit(unit, claim.unit, claim.period);
    return reason ? { refused: claim, reason } : { claim, why: "named by its id" };
  }
  const claims = await resolver.find(ref.entity ?? "", ref.metric ?? "");
  const choice = chooseClaim(claims, ref, unit);
  if (choice.claim) return { claim: choice.claim, why: choice.why };
  const first = choice.refused[0];
  return first ? { refused: first.claim, reason: first.reason } : null;
}

function boundInput(
  claim: BindableClaim,
  ref: LedgerRef,
  why: string,
  cited: CitedDocument | null,
  claimIds = [claim.id],
): BoundInput | null {
  const converted = distributionFromBound(claim.value);
  if (!converted) return null;
  return {
    dist: converted.dist,
    unit: claim.unit,
    origin: {
      kind: "ledger",
      ref: {
        ...ref,
        entity: claim.entity,
        metric: claim.metric,
        period: periodYear(claim.period) ?? ref.period,
      },
      claimIds,
      quote: claim.quote,
      document: claim.document,
      value: claim.value,
      unit: claim.unit,
      rule: converted.rule,
      why,
      claimPeriod: periodText(claim.period),
      reported: claim.reported,
      cited,
    },
  };
}

function bindingIssue(name: string, input: ScenarioInput, found: Binding, at: IssueLocation): Issue | null {
  const ref = input.from!;
  if (found === null)
    return input.fallback
      ? modelIssue("ledger_unbound", messages.ledgerUnbound(name, refText(ref)), at, "info")
      : null;
  if ("claim" in found) return null;
  const useFallback = input.fallback !== undefined && ref.claim === undefined;
  return modelIssue(
    "ledger_refused",
    messages.ledgerRefused(name, input.unit, claimText(found.refused), found.reason, useFallback),
    at,
    useFallback ? "warning" : "error",
  );
}

export async function bindInputs(
  scenario: Scenario,
  resolver: ClaimResolver | null,
  source?: ScenarioSource,
): Promise<{ bindings: Record<string, BoundInput>; issues: Issue[] }> {
  const bindings: Record<string, BoundInput> = {};
  const issues: Issue[] = [];
  for (const [name, input] of Object.entries(scenario.inputs)) {
    if (!input.from || !resolver) continue;
    let found = await resolveRef(input.from, input.unit, resolver);
    const chosen = found && "claim" in found ? found : null;
    const cited = chosen && resolver.document ? await resolver.document(chosen.claim.document) : null;
    const bound = chosen ? boundInput(chosen.claim, input.from, chosen.why, cited, chosen.claimIds) : null;
    if (bound) bindings[name] = bound;
    else if (found && "claim" in found) found = null; // a claim without a finite value binds nothing
    const at = source ? source.locate(["inputs", name, "from"]) : ({ kind: "none" } as const);
    const issue = bindingIssue(name, input, found, at);
    if (issue) issues.push(issue);
  }
  return { bindings, issues };
}
