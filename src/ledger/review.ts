import {
  type Claim,
  type ClaimValue,
  err,
  isBound,
  isMetric,
  isQualifier,
  isRealIsoDate,
  ok,
  type Period,
  type Result,
  unitProblem,
} from "../core/index.js";
import { ledgerMessages } from "./messages.js";
import type { ReviewAction, ReviewEvent, ReviewStatus } from "./port.js";

/**
 * Review is an append-only log of events per claim; what a claim looks like now (status,
 * corrected fields, the original, the claims it revises) is derived from that log by the pure
 * functions here, so nothing is ever overwritten without a trace.
 */

export const CORRECTABLE_FIELDS = [
  "entity",
  "counterparty",
  "metric",
  "value",
  "unit",
  "period",
  "qualifier",
  "attribution",
  "item",
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type Correction = Partial<Pick<Claim, CorrectableField>>;

export const REVIEW_ACTIONS: readonly ReviewAction[] = [
  "accept",
  "reject",
  "correct",
  "link_revision",
  "unlink_revision",
];

/** The part of an event the derivation reads. */
export type AppliedEvent = Pick<ReviewEvent, "action" | "payload" | "version">;

export interface ClaimView {
  status: ReviewStatus;
  /** The claim with every correction applied. */
  claim: Claim;
  /** The extracted claim, when at least one correction applies; else null. */
  original: Claim | null;
  /** The corrected fields merged in event order, or null. */
  corrections: Correction | null;
  /** Ids of the claims this claim revises (linked and not unlinked), in link order. */
  revises: string[];
  /** Number of events applied: the expected version of the next review action. */
  version: number;
}

/** Applies the review events (in version order) to the extracted claim. */
export function deriveClaimView(extracted: Claim, events: readonly AppliedEvent[]): ClaimView {
  const ordered = [...events].sort((a, b) => a.version - b.version);
  let status: ReviewStatus = "unreviewed";
  let corrections: Correction | null = null;
  const revises: string[] = [];
  for (const event of ordered) {
    switch (event.action) {
      case "accept":
        status = "accepted";
        break;
      case "reject":
        status = "rejected";
        break;
      case "correct":
        status = "corrected";
        corrections = { ...(corrections ?? {}), ...pickCorrection(event.payload) };
        break;
      case "link_revision": {
        const target = targetOf(event.payload);
        if (target !== null && !revises.includes(target)) revises.push(target);
        break;
      }
      case "unlink_revision": {
        const target = targetOf(event.payload);
        const at = target === null ? -1 : revises.indexOf(target);
        if (at >= 0) revises.splice(at, 1);
        break;
      }
    }
  }
  return {
    status,
    claim: corrections ? { ...extracted, ...corrections } : extracted,
    original: corrections ? extracted : null,
    corrections,
    revises,
    version: ordered.length === 0 ? 0 : ordered[ordered.length - 1]!.version,
  };
}

/** Checks an event's shape before it reaches the store: the reason, the actor, the payload of its action. */
export function parseReviewPayload(
  action: ReviewAction,
  payload: Record<string, unknown>,
): Result<Record<string, unknown>, string> {
  switch (action) {
    case "accept":
    case "reject":
      return ok({});
    case "correct": {
      const parsed = parseCorrection(payload);
      return parsed.ok ? ok(parsed.value as Record<string, unknown>) : parsed;
    }
    case "link_revision":
    case "unlink_revision": {
      const target = targetOf(payload);
      return target === null ? err(ledgerMessages.missingTarget(action)) : ok({ target });
    }
  }
}

/** Checks an event against the claim as it stands now; returns the problem, or null. */
export function checkAgainstView(
  claimId: string,
  view: ClaimView,
  action: ReviewAction,
  payload: Record<string, unknown>,
): string | null {
  const target = targetOf(payload);
  if (action === "link_revision" && target !== null) {
    if (target === claimId) return ledgerMessages.selfRevision(claimId);
    if (view.revises.includes(target)) return ledgerMessages.alreadyLinked(claimId, target);
  }
  if (action === "unlink_revision" && target !== null && !view.revises.includes(target))
    return ledgerMessages.notLinked(claimId, target);
  return null;
}

/** What an event replaces, kept on the event: the old values of corrected fields, the previous status or links. */
export function previousFor(
  view: ClaimView,
  action: ReviewAction,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  if (action === "correct") {
    const previous: Record<string, unknown> = {};
    for (const field of Object.keys(payload)) previous[field] = view.claim[field as CorrectableField];
    return previous;
  }
  if (action === "link_revision" || action === "unlink_revision") return { revises: [...view.revises] };
  return { status: view.status };
}

/** Validates the fields of a correction against the claim contract (CLAIMS.md). */
export function parseCorrection(payload: Record<string, unknown>): Result<Correction, string> {
  const fields = Object.keys(payload);
  if (fields.length === 0) return err(ledgerMessages.emptyCorrection());
  const correction: Record<string, unknown> = {};
  for (const field of fields) {
    if (!(CORRECTABLE_FIELDS as readonly string[]).includes(field))
      return err(ledgerMessages.unknownField(field, CORRECTABLE_FIELDS));
    const value = payload[field];
    const problem = fieldProblem(field as CorrectableField, value);
    if (problem) return err(ledgerMessages.invalidField(field, problem));
    correction[field] = value;
  }
  return ok(correction as Correction);
}

/**
 * A corrected claim must hold together as an extracted one does: its unit fits its metric. Checked
 * on the claim with the correction applied, so correcting the metric alone is refused when the
 * stored unit does not fit it.
 */
export function correctedClaimProblem(claim: Claim): string | null {
  const problem = unitProblem(claim.metric, claim.unit);
  return problem ? ledgerMessages.invalidField("unit", problem) : null;
}

function fieldProblem(field: CorrectableField, value: unknown): string | null {
  switch (field) {
    case "entity":
    case "unit":
      return typeof value === "string" && value.trim() !== "" ? null : "expected a non-empty string";
    case "counterparty":
    case "attribution":
    case "item":
      return value === null || (typeof value === "string" && value.trim() !== "")
        ? null
        : "expected a non-empty string or null";
    case "metric":
      return typeof value === "string" && isMetric(value)
        ? null
        : `'${String(value)}' is not a metric of CLAIMS.md §2`;
    case "qualifier":
      return typeof value === "string" && isQualifier(value)
        ? null
        : `'${String(value)}' is not a qualifier of CLAIMS.md §7`;
    case "value":
      return valueProblem(value);
    case "period":
      return periodProblem(value);
  }
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isDateOrNull(value: unknown): boolean {
  return value === null || (typeof value === "string" && ISO_DATE.test(value) && isRealIsoDate(value));
}

function periodProblem(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== "object" || Array.isArray(value)) return "expected {start, end}, {asOf} or null";
  const period = value as Record<string, unknown>;
  const keys = Object.keys(period).sort().join(",");
  if (keys === "asOf")
    return typeof period.asOf === "string" && ISO_DATE.test(period.asOf) && isRealIsoDate(period.asOf)
      ? null
      : `asOf must be a real ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not ${JSON.stringify(period.asOf)}`;
  if (keys === "end,start") {
    if (!isDateOrNull(period.start) || !isDateOrNull(period.end))
      return "start and end must be real ISO dates (YYYY, YYYY-MM or YYYY-MM-DD; month 01-12) or null";
    const [start, end] = [period.start as string | null, period.end as string | null];
    return start !== null && end !== null && start.slice(0, end.length) > end.slice(0, start.length)
      ? `start ${start} is after end ${end}`
      : null;
  }
  return "expected {start, end}, {asOf} or null";
}

function valueProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return "expected {low, high, bound}";
  const { low, high, bound } = value as Partial<ClaimValue>;
  if (typeof bound !== "string" || !isBound(bound))
    return `'${String(bound)}' is not a bound of CLAIMS.md §4`;
  const isEnd = (end: unknown) => end === null || (typeof end === "number" && Number.isFinite(end));
  if (!isEnd(low) || !isEnd(high)) return "low and high must be finite numbers or null";
  switch (bound) {
    case "exact":
    case "approx":
      return low !== null && low === high ? null : `${bound} needs low = high`;
    case "at_least":
      return low !== null && high === null ? null : "at_least needs a low and high = null";
    case "at_most":
    case "up_to":
      return low === null && high !== null ? null : `${bound} needs low = null and a high`;
    case "range":
      return low !== null && high !== null && (low as number) < (high as number)
        ? null
        : "range needs low < high";
  }
}

function pickCorrection(payload: Record<string, unknown>): Correction {
  const picked: Record<string, unknown> = {};
  for (const field of CORRECTABLE_FIELDS) if (field in payload) picked[field] = payload[field];
  return picked as Correction;
}

function targetOf(payload: Record<string, unknown>): string | null {
  const target = payload.target;
  return typeof target === "string" && target !== "" ? target : null;
}

/** Period helper for callers building corrections from text. */
export function isPeriod(value: unknown): value is Period | null {
  return periodProblem(value) === null;
}
