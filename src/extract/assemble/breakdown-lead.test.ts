import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "owner metric value". */
const read = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`);

describe("a breakdown sentence's items measure what the sentence before says", () => {
  it("takes the metric of the announcing sentence (fr)", () => {
    const text =
      "Les hyperscalers ont émis des obligations record. Voici la répartition : Orvane (25 milliards de dollars), Tessaly (30 milliards de dollars).";
    assert.deepEqual(read(text, "fr"), [
      "Orvane debt_issuance 25000000000",
      "Tessaly debt_issuance 30000000000",
    ]);
  });

  it("takes it in English, with three items", () => {
    const text =
      "The cloud giants raised their capital spending sharply this year. Here is the breakdown: Orvane ($25 billion), Tessaly ($30 billion) and Quillon ($12 billion).";
    assert.deepEqual(read(text, "en"), [
      "Orvane capex 25000000000",
      "Tessaly capex 30000000000",
      "Quillon capex 12000000000",
    ]);
  });

  it("takes it after another opening word (fr)", () => {
    const text =
      "Les grands groupes du cloud ont fortement augmenté leurs investissements en 2025. Dans le détail : Orvane (18 milliards de dollars), Tessaly (11 milliards de dollars).";
    const metrics = extract(text, "fr").map((c) => c.metric);
    assert.deepEqual(metrics, ["capex", "capex"]);
  });

  it("takes it from the paragraph before, after « une répartition » (fr)", () => {
    const text =
      "Les opérateurs de cloud ont émis des obligations record cet automne.\n\nVoici une répartition : Orvane (14 milliards de dollars), Tessaly (9 milliards de dollars).";
    assert.deepEqual(read(text, "fr"), [
      "Orvane debt_issuance 14000000000",
      "Tessaly debt_issuance 9000000000",
    ]);
  });

  it("leaves a colon that opens a quotation, not a breakdown (near-miss)", () => {
    const text =
      "Orvane raised its capital spending. Its chief executive said: revenue will reach $5 billion.";
    assert.deepEqual(
      extract(text, "en").map((c) => c.metric),
      ["revenue"],
    );
  });

  it("leaves a list of years (near-miss)", () => {
    const text = "Orvane reported revenue of $9 billion. By year: 2023 ($4 billion), 2024 ($5 billion).";
    assert.equal(read(text, "en")[0], "Orvane revenue 9000000000");
  });
});
