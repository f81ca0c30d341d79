import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** The metric of the claim of `value` in an invented text (who owns it is the owner stage's to say). */
function metricOf(text: string, language: "fr" | "en", value: number): (string | null)[] {
  return extract(text, language, "2025-06-01")
    .filter((c) => (c.value.low ?? c.value.high) === value)
    .map((c) => c.metric);
}

describe("committed qualifying money put into a company", () => {
  it("is an investment, not a compute commitment", () => {
    assert.deepEqual(
      metricOf(
        "Zorbex closed a $9 billion Series D, alongside $4 billion in previously committed hyperscaler investment.",
        "en",
        4e9,
      ),
      ["investment"],
    );
    assert.deepEqual(
      metricOf(
        "Anthropic disposes of $3 billion of committed strategic funding from Alphabet, the filing shows.",
        "en",
        3e9,
      ),
      ["investment"],
    );
    assert.deepEqual(
      metricOf(
        "Velora a levé 2 milliards d'euros en mai, en plus de 500 millions d'euros d'investissements déjà engagés par Nvidia.",
        "fr",
        500e6,
      ),
      ["investment"],
    );
  });

  it("leaves a commitment to buy compute, and committed capital expenditure, as they are", () => {
    assert.deepEqual(
      metricOf(
        "OpenAI has committed $300 billion to Oracle for cloud capacity over five years.",
        "en",
        300e9,
      ),
      ["compute_commitment"],
    );
    assert.deepEqual(
      metricOf("Meta raised its committed capital expenditure to $70 billion for the year.", "en", 70e9),
      ["capex"],
    );
  });
});
