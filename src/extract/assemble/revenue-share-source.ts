import { optionalHedge } from "../lexicon.js";
import { firstMatch } from "../patterns.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** "Microsoft accounted for 62% of", "Microsoft a représenté 62 % de": the subject is where the share comes from. */
const SHARE_OF_REVENUE_VERB = new RegExp(
  String.raw`^\s*(?:alone\s+|à\s+lui\s+seul\s+|à\s+elle\s+seule\s+)?(?:accounted\s+for|accounts\s+for|represented|represents|made\s+up|makes\s+up|generated|a\s+représenté|représente|représentait|pèse|pesait|a\s+pesé)\s+${optionalHedge(["approx"])}$`,
  "iu",
);

/**
 * "Microsoft accounted for 62% of CoreWeave's revenue in 2024": the share of the entity's revenue
 * that a customer, the clause's subject, brings in names that customer as the counterparty.
 */
export function reviseRevenueShareSource(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (candidate.metric !== "revenue_share" || candidate.counterparty || !candidate.entity) return;
  const subject = [...s.parties]
    .reverse()
    .find((p) => p.end <= q.span.start && p.kind !== "person" && p.canonical !== candidate.entity);
  if (!subject) return;
  const verb = firstMatch(SHARE_OF_REVENUE_VERB, r.text.slice(subject.end, q.span.start));
  if (!verb) return;
  candidate.counterparty = subject.canonical;
  candidate.counterpartyAt = { start: subject.start, end: subject.end };
  f.rules.push(`counterparty: "${subject.surface}${verb[0]}" the share's source → ${subject.canonical}`);
}

/**
 * The words of a share that name whose sales it is of: "contribution to TSMC's revenue", "% of TSMC's
 * total revenue", "of TSMC's AI-related demand", « contribution au chiffre d'affaires de TSMC ».
 */
const OWNED_BASE =
  /^(?:(?:%|pour\s+cent|percent|per\s+cent)\s+)?(?:of|contribution\s+(?:(?:de\s+|d['’]\s*)\p{Lu}[\p{L}.&-]*\s+)?(?:to|au|aux))(?!\p{L})/iu;

/** Between the share's words and the company they end on: « … du chiffre d'affaires de TSMC ». */
const OWNER_AFTER = /^\s*(?:de\s+|d['’]|of\s+)$/iu;

/**
 * "Nvidia's contribution to TSMC's revenue will reach 20%", "GPUs from Nvidia will make up two-thirds
 * of TSMC's demand", « la contribution de Nvidia au chiffre d'affaires de TSMC »: the share is of the
 * company whose sales are named, TSMC; the contributor, a customer, is its counterparty (CLAIMS.md §2,
 * revenue_share).
 */
export function reviseContributionOwner(s: SentenceReading, f: FigureReading, text: string): void {
  const { candidate } = f;
  const at = candidate.metricAt;
  if (candidate.metric !== "revenue_share" || !at) return;
  if (!OWNED_BASE.test(text.slice(at.start, at.end))) return;
  const owner = s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.start > at.start &&
      ((p.end <= at.end && /['’]s?\s/u.test(text.slice(p.end, p.end + 3))) ||
        (p.start >= at.end && OWNER_AFTER.test(text.slice(at.end, p.start)))),
  );
  if (!owner) return;
  if (owner.canonical === candidate.entity) {
    // « la contribution d'Apple au chiffre d'affaires de Broadcom »: the contributor named inside.
    const inside = s.parties.find((p) => p.kind === "company" && p.start > at.start && p.end <= owner.start);
    if (inside && !candidate.counterparty && inside.canonical !== owner.canonical) {
      candidate.counterparty = inside.canonical;
      candidate.counterpartyAt = { start: inside.start, end: inside.end };
      f.rules.push(`counterparty: "${inside.surface}" contributes to the sales of ${owner.canonical}`);
    }
    return;
  }
  const contributor = candidate.entity;
  const contributorAt = candidate.entityAt;
  candidate.entity = owner.canonical;
  candidate.entityAt = { start: owner.start, end: owner.end };
  candidate.counterparty = contributor;
  candidate.counterpartyAt = contributor ? contributorAt : null;
  f.rules.push(
    `entity: "${text.slice(at.start, at.end)}" names whose sales the share is of → ${owner.canonical}`,
  );
}
