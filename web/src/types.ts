/** The shapes the API answers with (src/server/routes), as far as the app reads them. */

export interface ClaimValue {
  low: number | null;
  high: number | null;
  bound: string;
}
export type Period = { start: string | null; end: string | null } | { asOf: string };

export interface Claim {
  id: string;
  documentId: string;
  reported: string | null;
  entity: string;
  counterparty: string | null;
  metric: string;
  value: ClaimValue;
  unit: string;
  period: Period | null;
  qualifier: string;
  span: { start: number; end: number };
  quote: string;
  confidence?: number;
  status: string;
  version: number;
  valueText: string;
  periodText: string;
}

export interface SearchRow extends Claim {
  lowConfidence: boolean;
  documentTitle: string | null;
  source: { before: string; span: string; after: string } | null;
}

export interface Facets {
  metrics: string[];
  qualifiers: string[];
  statuses: string[];
  languages: string[];
  sorts: string[];
  lowConfidence: number;
}

export interface ReviewEvent {
  id: number;
  version: number;
  action: string;
  actor: string;
  reason: string;
  payload: Record<string, unknown>;
  previous: Record<string, unknown>;
  at: string;
}

export interface ClaimDetail {
  claim: Claim;
  sentence: string | null;
  events: ReviewEvent[];
}

export interface DocumentSummary {
  id: string;
  title: string;
  source: string;
  language: string;
  published: string | null;
  claimCount: number;
}

export interface DocumentDetail {
  document: DocumentSummary & { text: string };
  claims: Claim[];
  /** Reviewers' publication dates, oldest first. */
  dateEvents: {
    id: number;
    actor: string;
    reason: string;
    at: string;
    payload: { published: string | null };
    previous: { published: string | null };
  }[];
}

export interface FactSource {
  claimId: string;
  documentId: string;
  title: string | null;
  reported: string | null;
  quote: string;
}
export interface Fact {
  id: string;
  entity: string;
  metric: string;
  display: string;
  periodLabel: string;
  sources: FactSource[];
}
export interface Pair {
  id: string;
  a: Fact;
  b: Fact;
  text: string;
}
export interface Revision {
  id: string;
  from: Fact;
  to: Fact;
  reason: string;
}
export interface Check {
  rule: string;
  status: string;
  subject: string;
  arithmetic: string;
  claimIds: string[];
}
