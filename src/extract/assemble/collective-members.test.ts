import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("metric: a company of a collective just measured gives its own share of that measure", () => {
  it("Les géants de la tech vont dépenser …, Microsoft prévoit à lui seul … (FR)", () => {
    const claims = ownerMetricValue(
      "Les géants de la tech vont dépenser plus de 350 milliards de dollars en investissements cette année. Microsoft prévoit à lui seul 80 milliards de dollars, Alphabet 75 milliards.",
      "fr",
    );
    assert.deepEqual(claims.slice(1), [
      ["Microsoft", "capex", 80e9],
      ["Alphabet", "capex", 75e9],
    ]);
  });

  it("Big Tech will spend …, Microsoft alone expects … (EN)", () => {
    const claims = ownerMetricValue(
      "Big Tech will spend more than $350 billion on capital expenditure this year. Microsoft alone expects $80 billion.",
      "en",
    );
    assert.deepEqual(claims.at(-1), ["Microsoft", "capex", 80e9]);
  });
});

describe("metric: a list under a line ending with a full stop measures what that line names", () => {
  it("items with a company and an amount only (FR and EN)", () => {
    const fr = ownerMetricValue(
      "Amazon, Microsoft et Alphabet vont investir près de 400 milliards de dollars cette année.\n- Amazon : 125 milliards de dollars\n- Microsoft : 80 milliards de dollars\n",
      "fr",
    );
    assert.deepEqual(fr.slice(1), [
      ["Amazon", "capex", 125e9],
      ["Microsoft", "capex", 80e9],
    ]);
    const en = ownerMetricValue(
      "Amazon, Microsoft and Alphabet will invest nearly $400 billion in capital expenditure this year.\n- Amazon: $125 billion\n- Microsoft: $80 billion\n",
      "en",
    );
    assert.deepEqual(en.slice(1), [
      ["Amazon", "capex", 125e9],
      ["Microsoft", "capex", 80e9],
    ]);
  });
});
