import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { sentenceBefore } from "./deal-antecedent.js";

const read = claimFields(["metric", "value"]);

describe("an amount in a sentence whose pronoun stands for a deal of the sentence before", () => {
  it("is the deal's amount (fr)", () => {
    assert.deepEqual(
      read(
        "Microsoft a signé plusieurs contrats géants avec des laboratoires d'IA. Celui avec Anthropic représente 30 milliards de dollars.",
        "fr",
      ),
      [["compute_commitment", 30e9]],
    );
  });

  it("is the deal's amount (en)", () => {
    assert.deepEqual(
      read(
        "CoreWeave has signed three large agreements this year. The largest, with Meta, comes to $14 billion.",
        "en",
      ),
      [["compute_commitment", 14e9]],
    );
  });

  it("is set aside when nothing before names a deal", () => {
    assert.deepEqual(
      read(
        "Microsoft a ouvert plusieurs bureaux à Paris. Celui du centre représente 30 milliards de dollars.",
        "fr",
      ),
      [],
    );
  });

  it("reads the sentence before from its start", () => {
    assert.equal(sentenceBefore("A first one. A second one. Celui", 27), "A second one.");
  });
});
