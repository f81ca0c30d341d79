import { createHash } from "node:crypto";
import type { Claim } from "../core/index.js";

/** Deterministic claim id: the first 12 hex digits of sha256(documentId|start|end|metric|entity|unit|low|high). */
export function claimIdFor(documentId: string, claim: Claim): string {
  const key = [
    documentId,
    claim.span.start,
    claim.span.end,
    claim.metric,
    claim.entity,
    claim.unit,
    claim.value.low ?? "",
    claim.value.high ?? "",
  ].join("|");
  return createHash("sha256").update(key).digest("hex").slice(0, 12);
}
