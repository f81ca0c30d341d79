/**
 * A company's own level followed straight by the company it is for: "far behind its rivals: over
 * $300 billion for Nordlab and $90 billion at Vantor", « loin derrière : déjà 300 Md$ pour Nordlab ».
 * The name right after the figure owns it, whatever company a metric word farther back belongs to
 * (« la valorisation de Kestrel … : 300 Md$ pour Nordlab » is Nordlab's).
 */
import type { Metric } from "../../core/index.js";
import type { AttachedOwner } from "./attached-owner.js";
import type { Party } from "./types.js";

/** Levels no counterparty shares: the company named "for" them is their owner, not a partner or a buyer. */
const OWN_LEVELS: ReadonlySet<Metric> = new Set<Metric>([
  "valuation",
  "market_cap",
  "revenue_run_rate",
  "net_loss",
  "cash_burn",
  "cash_position",
  "funding_round",
  "weekly_active_users",
  "monthly_active_users",
]);

/** "pour", "for", "chez", "at" straight after the figure, maybe an article: "$300 billion for the". */
const FOR_RIGHT_AFTER = /^\s*(?:pour|for|chez|at)\s+(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

/** A name that only qualifies a noun after it: "for Nordlab's investors", « pour Nordlab Capital ». */
const POSSESSOR_OF_NEXT = /^['’]s?\s/u;

export function levelForOwner(
  text: string,
  parties: readonly Party[],
  figure: { end: number },
  metric: Metric | null | undefined,
): AttachedOwner | null {
  if (!metric || !OWN_LEVELS.has(metric)) return null;
  const named = parties.find((p) => p.start >= figure.end && p.start <= figure.end + 12);
  if (named?.kind !== "company" || named.via !== "name") return null;
  if (!FOR_RIGHT_AFTER.test(text.slice(figure.end, named.start))) return null;
  if (POSSESSOR_OF_NEXT.test(text.slice(named.end, named.end + 3))) return null;
  return { party: named, how: `"${text.slice(figure.end, named.end).trim()}" names whose level it is` };
}
