import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const roles = claimFields(["entity", "counterparty", "metric", "value"], { published: "2025-11-10" });

describe("a part of a contracted amount is the commitment of the customer it comes from", () => {
  it("« dont N proviennent de X » after a backlog (fr)", () => {
    const claims = roles(
      "Le carnet de Lambda\n\nLambda affiche 30 milliards de dollars de carnet de commandes, dont 9 milliards proviennent de Meta.",
      "fr",
    );
    assert.deepEqual(
      claims.find((c) => c[3] === 9e9),
      ["Meta", "Lambda", "compute_commitment", 9e9],
    );
    assert.deepEqual(claims.find((c) => c[3] === 3e10)?.[0], "Lambda");
  });

  it('"of which N comes from X" after remaining performance obligations (en)', () => {
    const claims = roles(
      "Lambda's backlog\n\nLambda reported $30 billion in remaining performance obligations, of which $9 billion comes from Meta.",
      "en",
    );
    assert.deepEqual(
      claims.find((c) => c[3] === 9e9),
      ["Meta", "Lambda", "compute_commitment", 9e9],
    );
    assert.deepEqual(claims.find((c) => c[3] === 3e10)?.[0], "Lambda");
  });

  it("leaves a part with no source named after it, and a part of another kind of amount", () => {
    assert.deepEqual(
      roles(
        "Le carnet de Lambda\n\nLambda affiche 30 milliards de dollars de carnet de commandes, dont 9 milliards pour ses clients européens.",
        "fr",
      ).find((c) => c[3] === 9e9)?.[0],
      "Lambda",
    );
    assert.notEqual(
      roles(
        "Lambda's funding\n\nLambda raised $3 billion in a round, of which $900 million came from Meta.",
        "en",
      ).find((c) => c[3] === 9e8)?.[2],
      "compute_commitment",
    );
  });
});
