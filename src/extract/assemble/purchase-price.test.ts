import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("a company bought in the figure's sentence", () => {
  it("makes a deal's value or the price after 'for' the acquisition price", () => {
    assert.deepEqual(
      ownerMetricValue(
        "In May Nebius agreed to buy Lambda, a smaller rival, in an all-stock deal valued at about $3 billion.",
        "en",
      ),
      [["Nebius", "acquisition_price", 3e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Last week Oracle struck a deal to buy Cohere, the Canadian lab, for $2.5 billion.",
        "en",
      ),
      [["Oracle", "acquisition_price", 2.5e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Nebius a annoncé le rachat de Lambda, une opération entièrement en actions qui valorisait la société 3 milliards de dollars.",
        "fr",
      ),
      [["Nebius", "acquisition_price", 3e9]],
    );
  });

  it("leaves chips, capacity or shares bought as they were read", () => {
    assert.deepEqual(
      ownerMetricValue("Oracle agreed to buy Nvidia chips in a deal valued at about $40 billion.", "en").map(
        (c) => c[1],
      ),
      ["compute_commitment"],
    );
  });
});
