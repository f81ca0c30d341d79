import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const claims = claimFields(["entity", "metric", "value"]);

describe("an amount spent so as to lead or join a round", () => {
  it("is the spender's investment, not the round", () => {
    assert.deepEqual(claims("Nvidia laid out $300 million to lead Cohere's latest funding round.", "en"), [
      ["Nvidia", "investment", 3e8],
    ]);
    assert.deepEqual(
      claims(
        "Nvidia a déboursé 300 millions de dollars pour mener le dernier tour de table de Cohere.",
        "fr",
      ),
      [["Nvidia", "investment", 3e8]],
    );
    assert.deepEqual(
      claims(
        "Nvidia a mis 300 millions de dollars sur la table pour mener le dernier tour de table de Cohere.",
        "fr",
      ),
      [["Nvidia", "investment", 3e8]],
    );
  });

  it("belongs to the company a verb of seeing shows spending it", () => {
    assert.deepEqual(
      claims(
        "Cohere, the Toronto lab, saw Nvidia lay out $300 million to lead its new financing round.",
        "en",
      ),
      [["Nvidia", "investment", 3e8]],
    );
    assert.deepEqual(
      claims(
        "Cohere a vu Nvidia débourser 300 millions de dollars pour mener son dernier tour de table.",
        "fr",
      ),
      [["Nvidia", "investment", 3e8]],
    );
  });

  it("is no investment when the purpose is no round", () => {
    assert.deepEqual(claims("Cohere spent $300 million on chips after its latest funding round.", "en"), [
      ["Cohere", "funding_round", 3e8],
    ]);
    assert.deepEqual(claims("Cohere saw revenue rise to $300 million last year.", "en"), [
      ["Cohere", "revenue", 3e8],
    ]);
  });
});
