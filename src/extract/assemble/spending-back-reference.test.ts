import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("metric: spending a demonstrative points back at is the capital spending named before", () => {
  it("Ces dépenses after an investment forecast is capex (FR)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Meta a relevé ses prévisions d'investissement. Ces dépenses atteindront 72 milliards de dollars cette année.",
        "fr",
      ),
      [["Meta", "capex", 72e9]],
    );
  });

  it("This spending after an investment forecast is capex (EN)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Meta raised its investment forecast. This spending will reach $72 billion this year.",
        "en",
      ),
      [["Meta", "capex", 72e9]],
    );
  });

  it("spending with no investment named before stays total costs (FR and EN)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "OpenAI a publié ses comptes. Ces dépenses atteindront 20 milliards de dollars cette année.",
        "fr",
      ),
      [["OpenAI", "total_expenses", 20e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "OpenAI published its accounts. These expenses will reach $20 billion this year.",
        "en",
      ),
      [["OpenAI", "total_expenses", 20e9]],
    );
  });
});
