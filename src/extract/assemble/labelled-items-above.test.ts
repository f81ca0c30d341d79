import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

describe("'these companies' under a list labelled by companies", () => {
  it("stands for the labelled companies together (en)", () => {
    const claims = extract(
      "Neoclouds kept spending.\n\n• Nebius: Spent $2.3 billion on capex in the quarter.\n• CoreWeave: Spent $5.1 billion on capex in the quarter.\n• Nscale (UK): Raised capex guidance to $1.2 billion.\n\nTogether, capex for these companies came to $8.6 billion in the quarter.",
      "en",
    );
    assert.equal(claims.find((c) => c.value.low === 8600000000)?.entity, "Nebius+CoreWeave+Nscale");
  });

  it("stands for the labelled companies together (fr)", () => {
    const claims = extract(
      "Les néoclouds dépensent toujours.\n\n- Nebius : 2,3 milliards de dollars de dépenses d'équipement au trimestre.\n- CoreWeave : 5,1 milliards de dollars de dépenses d'équipement au trimestre.\n\nLes dépenses d'équipement de ces entreprises ont atteint 7,4 milliards de dollars au trimestre.",
      "fr",
    );
    assert.equal(claims.find((c) => c.value.low === 7400000000)?.entity, "Nebius+CoreWeave");
  });

  it("leaves a list whose items no company labels (near-miss)", () => {
    const claims = extract(
      "Nebius kept spending.\n\n• 2024: $1.1 billion of capex.\n• 2025: $2.3 billion of capex.\n\nCapex for these companies came to $3.4 billion over two years.",
      "en",
    );
    assert.notEqual(claims.find((c) => c.value.low === 3400000000)?.entity, "Nebius+CoreWeave");
    assert.ok(!claims.some((c) => c.entity?.includes("+")));
  });
});
