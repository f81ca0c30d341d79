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
