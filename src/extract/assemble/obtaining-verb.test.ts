import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("an amount a verb of obtaining money governs", () => {
  it("is money raised when no other word says what it measures", () => {
    assert.deepEqual(
      ownerMetricValue("Mistral AI secured a total of $3.2 billion through two tranches this year.", "en"),
      [["Mistral AI", "funding_round", 3.2e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Pour rattraper ses rivaux comme OpenAI ou Anthropic, Mistral AI vient de réunir une somme record : 3 milliards d'euros.",
        "fr",
      ),
      [["Mistral AI", "funding_round", 3e9]],
    );
  });

  it("is no money raised when the amount names a contract or an order obtained", () => {
    const raised = (text: string, language: "fr" | "en") =>
      ownerMetricValue(text, language).filter(([, metric]) => metric === "funding_round");
    assert.deepEqual(
      raised("CoreWeave secured $4 billion contracts with two utilities last month.", "en"),
      [],
    );
    assert.deepEqual(raised("CoreWeave a obtenu 4 milliards de dollars de commandes publiques.", "fr"), []);
  });
});
