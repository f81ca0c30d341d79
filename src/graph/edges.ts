import { isAsOf } from "../core/index.js";
import type { ReviewEvent, StoredClaim } from "../ledger/port.js";
import { isBefore } from "../reconcile/dates.js";
import type { Fact, Reconciliation } from "../reconcile/index.js";
import { type DealKind, dealKindOf, isTranche, statusOf, termsOf, textOf } from "./deal-kind.js";
import type { DealEdge, DealGraphOptions, EdgeSource } from "./types.js";

/**
 * The claims and review events known on `asOf` (published on or before it, at the precision both
 * dates give: a report of 2025-10-09 is known as of "2025-10"), reviewed only when asked.
 */
export function claimsKnownOn(
  claims: readonly StoredClaim[],
  events: readonly ReviewEvent[],
  options: Pick<DealGraphOptions, "asOf" | "reviewedOnly">,
): { claims: StoredClaim[]; events: ReviewEvent[] } {
  const { asOf, reviewedOnly } = options;
  const known = claims.filter(
    (c) =>
      c.status !== "rejected" &&
      (!reviewedOnly || c.status === "accepted" || c.status === "corrected") &&
      (asOf === undefined || (c.reported !== null && !isBefore(asOf, c.reported))),
  );
  const ids = new Set(known.map((c) => c.id));
  const kept = events.filter(
    (e) => ids.has(e.claimId) && (asOf === undefined || e.at.slice(0, asOf.length) <= asOf),
  );
  return { claims: known, events: kept };
}

function sourcesOf(fact: Fact): EdgeSource[] {
  return fact.sources.map((s) => ({
    claimId: s.claimId,
    documentId: s.documentId,
    title: s.title,
    reported: s.reported,
    quote: s.quote,
    span: s.span,
    qualifier: s.qualifier,
  }));
}

function members(name: string): string[] {
  return name.split("+").map((m) => m.trim());
}

function datesOf(fact: Fact): DealEdge["dates"] {
  const period = fact.period;
  if (!period) return { announced: fact.firstReported, effective: null, delivery: null };
  if (isAsOf(period)) return { announced: fact.firstReported, effective: period.asOf, delivery: null };
  return { announced: fact.firstReported, effective: period.start, delivery: period.end };
}

function edgesOfFact(fact: Fact, kind: DealKind, text: string): DealEdge[] {
  const entities = members(fact.entity);
  const counterparties = members(fact.counterparty ?? "");
  const [sources, targets] = kind.reversed ? [counterparties, entities] : [entities, counterparties];
  const shortest = [...fact.sources].sort((a, b) => a.quote.length - b.quote.length)[0];
  const edges: DealEdge[] = [];
  for (const from of sources)
    for (const to of targets) {
      if (from === to) continue;
      const group = [...sources, ...targets].filter((p) => p !== from && p !== to);
      edges.push({
        id: `edge:${fact.id.replace(/^fact:/, "")}${sources.length * targets.length > 1 ? `:${from}>${to}` : ""}`,
        from,
        to,
        roles: kind.roles,
        instrument: kind.instrument,
        metric: fact.metric,
        qualifier: fact.qualifier,
        amount: {
          low: fact.low,
          high: fact.high,
          bound: fact.bound,
          unit: fact.unit,
          display: fact.display,
          text: shortest?.quote ?? "",
          sharedWith: group,
        },
        status: statusOf(fact, text),
        supersededBy: null,
        supersedes: [],
        terms: termsOf(fact, text),
        dates: datesOf(fact),
        factIds: [fact.id],
        claimIds: [...fact.claimIds],
        sources: sourcesOf(fact),
      });
    }
  return edges;
}

/** A tranche's size joins the deal it is a tranche of: same parties, instrument and qualifier. */
function attachTranche(edges: DealEdge[], fact: Fact, kind: DealKind, text: string): boolean {
  const parts = edgesOfFact(fact, kind, text);
  const part = parts[0];
  if (parts.length !== 1 || !part) return false;
  const deal = edges.find(
    (e) =>
      e.from === part.from &&
      e.to === part.to &&
      e.instrument === part.instrument &&
      e.qualifier === part.qualifier &&
      e.amount.unit === part.amount.unit,
  );
  if (!deal) return false;
  deal.terms.tranches.push(`${fact.display} ${fact.item}`);
  deal.terms.milestoneTied = true;
  deal.factIds.push(fact.id);
  deal.claimIds.push(...fact.claimIds);
  deal.sources.push(...part.sources);
  return true;
}

/** Marks the edges of facts that reconcile says were replaced, pointing at their replacement. */
function applyRevisions(edges: DealEdge[], reconciliation: Reconciliation): void {
  const byFact = new Map<string, DealEdge[]>();
  for (const edge of edges)
    for (const factId of edge.factIds) byFact.set(factId, [...(byFact.get(factId) ?? []), edge]);
  for (const revision of reconciliation.revisions) {
    const replaced = byFact.get(revision.from.id) ?? [];
    const replacing = byFact.get(revision.to.id) ?? [];
    for (const old of replaced) {
      const next = replacing.find((e) => e.from === old.from && e.to === old.to);
      if (!next || old === next) continue;
      old.status = "superseded";
      old.supersededBy = { edgeId: next.id, reason: revision.reason };
      next.supersedes.push(old.id);
    }
  }
}

/** Every deal edge of a reconciled ledger, tranches folded into their deals, revisions applied. */
export function edgesFromFacts(reconciliation: Reconciliation): DealEdge[] {
  const edges: DealEdge[] = [];
  const tranches: Array<[Fact, DealKind, string]> = [];
  for (const fact of reconciliation.facts) {
    if (!fact.counterparty) continue;
    const text = textOf(fact);
    const kind = dealKindOf(fact, text);
    if (!kind) continue;
    if (isTranche(fact)) tranches.push([fact, kind, text]);
    else edges.push(...edgesOfFact(fact, kind, text));
  }
  for (const [fact, kind, text] of tranches)
    if (!attachTranche(edges, fact, kind, text)) edges.push(...edgesOfFact(fact, kind, text));
  applyRevisions(edges, reconciliation);
  // ISO dates, partial or not, sort as strings ("2025" before "2025-09"); undated last.
  const keys = new Map(edges.map((e) => [e, `${e.dates.announced ?? "~"}\u0000${e.id}`]));
  return edges.sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : 1));
}

/** Edges that still stand: not superseded, not cancelled. */
export function isLive(edge: DealEdge): boolean {
  return edge.status !== "superseded" && edge.status !== "cancelled";
}
