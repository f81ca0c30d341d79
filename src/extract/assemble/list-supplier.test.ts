import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const roles = claimFields(["entity", "counterparty", "metric", "low"]);

describe("a list of one company's compute deals, each item labelled by its supplier", () => {
  it("gives the deal to the company the lead names, the label its counterparty (EN)", () => {
    const text = "Meta's cloud contracts so far:\n- Google: $10 billion\n- CoreWeave: $14 billion\n";
    assert.deepEqual(roles(text, "en"), [
      ["Meta", "Alphabet", "compute_commitment", 10e9],
      ["Meta", "CoreWeave", "compute_commitment", 14e9],
    ]);
  });

  it("does so with a French possessive and bold labels (FR)", () => {
    const text =
      "Les contrats cloud d'Anthropic :\n\n- **Google** : 50 milliards de dollars\n- **Microsoft** : 30 milliards de dollars\n";
    assert.deepEqual(roles(text, "fr"), [
      ["Anthropic", "Alphabet", "compute_commitment", 50e9],
      ["Anthropic", "Microsoft", "compute_commitment", 30e9],
    ]);
  });

  it("leaves each company its own figure in a list of spending plans (EN)", () => {
    const text = "Planned capital spending for 2026:\n- Google: $180 billion\n- Microsoft: $140 billion\n";
    assert.deepEqual(
      roles(text, "en").map(([entity, counterparty]) => [entity, counterparty]),
      [
        ["Alphabet", null],
        ["Microsoft", null],
      ],
    );
  });
});
