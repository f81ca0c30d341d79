import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"], { published: "2025-08-01" });

describe("figures a metric word names in news wording", () => {
  it("a fund closed by its manager is money raised", () => {
    assert.deepEqual(read("Index Ventures closed $2.3 billion of new funds this year.", "en"), [
      ["Index Ventures", "funding_round", 2.3e9],
    ]);
    assert.deepEqual(read("Index Ventures a bouclé un fonds de 2,3 milliards de dollars.", "fr"), [
      ["Index Ventures", "funding_round", 2.3e9],
    ]);
  });

  it("what a division brought in (« a rapporté ») is revenue", () => {
    assert.deepEqual(read("Microsoft Azure a rapporté 20 milliards de dollars au trimestre.", "fr"), [
      ["Microsoft", "revenue", 2e10],
    ]);
  });

  it("what each unit costs is a unit price", () => {
    assert.deepEqual(read("Each MI355 chip from AMD costs about $25,000.", "en"), [
      ["AMD", "unit_price", 25000],
    ]);
    assert.deepEqual(read("Chaque puce MI355 d'AMD coûte environ 25 000 dollars.", "fr"), [
      ["AMD", "unit_price", 25000],
    ]);
  });

  it("the share of users who pay, after a count of paying subscribers, is the paid conversion", () => {
    const en = read("Perplexity has 2 million paying subscribers, or about 3% of its monthly users.", "en");
    assert.ok(
      en.some(([, metric, value]) => metric === "paid_conversion" && value === 0.03),
      JSON.stringify(en),
    );
    const fr = read(
      "Perplexity compte 2 millions d'abonnés payants, soit environ 3 % de ses utilisateurs mensuels.",
      "fr",
    );
    assert.ok(
      fr.some(([, metric, value]) => metric === "paid_conversion" && value === 0.03),
      JSON.stringify(fr),
    );
  });

  it("a part paid of a promised whole keeps the whole's scale", () => {
    assert.deepEqual(read("Nvidia a déjà versé 2,5 des 8 milliards de dollars promis à xAI.", "fr"), [
      ["Nvidia", "investment", 2.5e9],
      ["Nvidia", "investment", 8e9],
    ]);
  });
});
