import { FrontierError } from "../../core/index.js";
import type { ReviewAction, StoredClaim } from "../../ledger/index.js";
import { CORRECTABLE_FIELDS } from "../../ledger/index.js";
import {
  booleanOption,
  type Command,
  LEDGER_HELP,
  LEDGER_OPTIONS,
  type OptionValues,
  stringOption,
} from "../command.js";
import { withLedger } from "../ledger-option.js";

const ACTIONS: Record<string, ReviewAction> = {
  accept: "accept",
  reject: "reject",
  correct: "correct",
  "link-revision": "link_revision",
  "unlink-revision": "unlink_revision",
};

export const reviewCommand: Command = {
  name: "review",
  summary: "record a review action on a claim: accept, reject, correct, link-revision, unlink-revision",
  usage:
    "accept|reject|correct|link-revision|unlink-revision <claim-id> [<target-id>] --reason TEXT [--by NAME] [--set field=value …] [--expect-version N]",
  help: {
    reason: "why (required; kept with the event)",
    by: "who reviews (default: the USER environment variable)",
    set: `correct only: field=value, repeatable. Fields: ${CORRECTABLE_FIELDS.join(", ")}, and low, high, bound (parts of value). value=X or value=A..B; period=2025-01-01..2025-12-31, period=asOf:2025-10 or period=null; JSON values allowed`,
    "expect-version":
      "the claim version you reviewed (default: the current one); a newer version is a conflict",
    ...LEDGER_HELP,
    json: "print the recorded event as JSON",
  },
  options: {
    reason: { type: "string" },
    by: { type: "string" },
    set: { type: "string", multiple: true },
    "expect-version": { type: "string" },
    ...LEDGER_OPTIONS,
  },
  run: async ({ io, values, positionals }) => {
    const [actionWord, claimId, target, ...extra] = positionals;
    const action = actionWord === undefined ? undefined : ACTIONS[actionWord];
    if (!action) throw new FrontierError("usage", `unknown review action '${actionWord ?? ""}'`);
    if (!claimId)
      throw new FrontierError("usage", "give the claim id ('frontier-ledger claims list' shows them)");
    const linking = action === "link_revision" || action === "unlink_revision";
    if (linking && !target)
      throw new FrontierError("usage", `${actionWord} needs the id of the claim it revises`);
    if ((!linking && target !== undefined) || extra.length > 0)
      throw new FrontierError("usage", `unexpected argument '${linking ? extra[0] : target}'`);
    const reason = stringOption(values, "reason")?.trim();
    if (!reason) throw new FrontierError("usage", "--reason is required: say why, it stays with the event");
    const actor = stringOption(values, "by") ?? io.env.USER;
    if (!actor)
      throw new FrontierError("usage", "--by is required when the USER environment variable is not set");
    const settings = setOptions(values);
    if (action === "correct" && settings.length === 0)
      throw new FrontierError("usage", "correct needs at least one --set field=value");
    if (action !== "correct" && settings.length > 0)
      throw new FrontierError("usage", "--set applies to correct only");
    const expected = expectedVersion(values);

    return withLedger(values, io, async (store) => {
      const claim = await store.getClaim(claimId);
      if (!claim) throw new FrontierError("not_found", `no claim with id ${claimId} in the ledger`);
      const payload =
        action === "correct" ? correctionFrom(settings, claim) : linking ? { target: target as string } : {};
      const event = await store.appendReviewEvent(
        { claimId, action, actor, reason, payload },
        expected ?? claim.version,
      );
      if (booleanOption(values, "json")) io.stdout(`${JSON.stringify(event, null, 2)}\n`);
      else if (event.unchanged)
        io.stdout(`claim ${claimId}: already ${claim.status}; nothing recorded (version ${event.version})\n`);
      else io.stdout(`claim ${claimId}: ${actionWord} recorded by ${actor}; version ${event.version}\n`);
      return 0;
    });
  },
};

function setOptions(values: OptionValues): string[] {
  const raw = values.set;
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw]).map(String);
}

function expectedVersion(values: OptionValues): number | undefined {
  const text = stringOption(values, "expect-version");
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text))
    throw new FrontierError("usage", `--expect-version expects a whole number, not '${text}'`);
  return Number(text);
}

/** Turns `--set field=value` pairs into a correction payload; the store validates it against CLAIMS.md. */
export function correctionFrom(settings: readonly string[], claim: StoredClaim): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  let value: { low: unknown; high: unknown; bound: unknown } | null = null;
  for (const setting of settings) {
    const equals = setting.indexOf("=");
    if (equals <= 0) throw new FrontierError("usage", `--set expects field=value, not '${setting}'`);
    const field = setting.slice(0, equals).trim();
    const text = setting.slice(equals + 1).trim();
    switch (field) {
      case "value":
        value = { ...(value ?? claim.value), ...valueFrom(text) };
        break;
      case "low":
      case "high":
        value = { ...(value ?? claim.value), [field]: numberOrNull(text, field) };
        break;
      case "bound":
        value = { ...(value ?? claim.value), bound: text };
        break;
      case "period":
        payload.period = periodFrom(text);
        break;
      case "counterparty":
      case "attribution":
      case "item":
        payload[field] = text === "" || text === "null" ? null : text;
        break;
      default:
        payload[field] = text.startsWith("{") ? parseJson(text, field) : text;
    }
  }
  if (value) payload.value = value;
  return payload;
}

function valueFrom(text: string): Record<string, unknown> {
  if (text.startsWith("{")) return parseJson(text, "value") as Record<string, unknown>;
  const range = text.split("..");
  if (range.length === 2)
    return { low: numberOrNull(range[0]!, "value"), high: numberOrNull(range[1]!, "value"), bound: "range" };
  const point = numberOrNull(text, "value");
  return { low: point, high: point, bound: "exact" };
}

function periodFrom(text: string): unknown {
  if (text === "null" || text === "") return null;
  if (text.startsWith("{")) return parseJson(text, "period");
  if (text.startsWith("asOf:")) return { asOf: text.slice(5) };
  const [start, end, ...rest] = text.split("..");
  if (end === undefined || rest.length > 0)
    throw new FrontierError("usage", `--set period expects START..END, asOf:DATE or null, not '${text}'`);
  return { start: start || null, end: end || null };
}

function numberOrNull(text: string, field: string): number | null {
  if (text === "null" || text === "") return null;
  const value = Number(text.replaceAll("_", ""));
  if (!Number.isFinite(value))
    throw new FrontierError("usage", `--set ${field} expects a number, not '${text}'`);
  return value;
}

function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FrontierError("usage", `--set ${field}: '${text}' is not valid JSON`);
  }
}
