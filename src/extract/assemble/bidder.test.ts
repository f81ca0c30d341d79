import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "value"], { published: "2025-06-02" });

describe("the agent who puts an offer forward", () => {
  it("owns the offer's price, whoever the sentence names first (fr)", () => {
    const text =
      "En mars, le conseil de Nebius a écarté une offre de rachat de 12 milliards de dollars présentée par Oracle.";
    assert.deepEqual(owners(text, "fr"), [["Oracle", "acquisition_price", 12e9]]);
  });

  it("owns the offer's price in the passive (en)", () => {
    const text =
      "CoreWeave's board turned down a $9 billion offer to acquire the company, made by Microsoft last week.";
    assert.deepEqual(owners(text, "en"), [["Microsoft", "acquisition_price", 9e9]]);
  });

  it("owns the bid as a person when a person bids in their own name", () => {
    const text =
      "Le conseil d'Anthropic a rejeté une offre de rachat de 50 milliards de dollars déposée par Elon Musk.";
    assert.deepEqual(owners(text, "fr"), [["Elon Musk", "acquisition_price", 50e9]]);
  });
});
