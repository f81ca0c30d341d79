import type { ClaimValue, Issue } from "../core/index.js";
import type { BoundInput } from "./compile.js";
import { distributionFromBound } from "./distributions.js";
import type { ScenarioSource } from "./load.js";
import { messages, modelIssue } from "./messages.js";
import type { LedgerRefSpec, Scenario } from "./schema.js";

/**
 * Inputs written `from: {entity, metric, period}` are resolved through an injected resolver (the
 * ledger at the edge, see ledger-binding.ts) and turned into distributions by the documented
 * bound rules (distributions.ts, distributionFromBound). Without a claim the input's fallback is
 * used, with a warning; without either, compileScenario reports an error.
 */

export interface ClaimInput {
  value: ClaimValue;
  unit: string;
  claimIds: string[];
  quote: string;
  document: string;
}

export type ClaimResolver = (ref: LedgerRefSpec) => Promise<ClaimInput | null> | ClaimInput | null;

export function refText(ref: LedgerRefSpec): string {
  return `${ref.entity} ${ref.metric} ${ref.period}${ref.counterparty ? ` (${ref.counterparty})` : ""}`;
}

export async function bindInputs(
  scenario: Scenario,
  resolve: ClaimResolver | null,
  source?: ScenarioSource,
): Promise<{ bindings: Record<string, BoundInput>; issues: Issue[] }> {
  const bindings: Record<string, BoundInput> = {};
  const issues: Issue[] = [];
  for (const [name, input] of Object.entries(scenario.inputs)) {
    if (!input.from) continue;
    const claim = resolve ? await resolve(input.from) : null;
    const converted = claim ? distributionFromBound(claim.value) : null;
    if (claim && converted) {
      bindings[name] = {
        dist: converted.dist,
        unit: claim.unit,
        origin: {
          kind: "ledger",
          ref: input.from,
          claimIds: claim.claimIds,
          quote: claim.quote,
          document: claim.document,
          bound: `${claim.value.bound} ${claim.value.low ?? "…"}–${claim.value.high ?? "…"}`,
          rule: converted.rule,
        },
      };
    } else if (input.fallback) {
      issues.push(
        modelIssue(
          "ledger_unbound",
          messages.ledgerUnbound(name, refText(input.from)),
          source ? source.locate(["inputs", name, "from"]) : { kind: "none" },
          "info",
        ),
      );
    }
  }
  return { bindings, issues };
}
