import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const valuationOwner = claimFields(["entity", "low"], { where: (c) => c.metric === "valuation" });

describe("a valuation in a sentence whose subject backs a company", () => {
  it("is the company backed, not the backer (EN)", () => {
    assert.deepEqual(
      valuationOwner("ASML invested €1.3 billion in Mistral AI at a valuation of €11.7 billion.", "en"),
      [["Mistral AI", 1.17e10]],
    );
    assert.deepEqual(
      valuationOwner(
        "Fidelity and Lightspeed joined the round at a $183 billion valuation for Anthropic.",
        "en",
      ),
      [["Anthropic", 1.83e11]],
    );
    assert.deepEqual(
      valuationOwner(
        "Investors including Valor and Fidelity are putting money into xAI at a $200 billion valuation.",
        "en",
      ),
      [["xAI", 2e11]],
    );
  });

  it("is the company backed, not the backer (FR)", () => {
    assert.deepEqual(
      valuationOwner(
        "ASML a investi 1,3 milliard d'euros dans Mistral AI à une valorisation de 11,7 milliards d'euros.",
        "fr",
      ),
      [["Mistral AI", 1.17e10]],
    );
  });

  it("stays the subject's own when the subject is the company valued", () => {
    assert.deepEqual(
      valuationOwner("OpenAI, valued at $500 billion, invested $6.5 billion in io Products.", "en"),
      [["OpenAI", 5e11]],
    );
  });
});
