import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("a result reported with no word of what it measures, after a yearly flow", () => {
  it("takes the flow just measured (en)", () => {
    const text =
      "Broadcom's quarter was strong: $18 billion in revenue. For the full year, it reported $64 billion.";
    const c = claimAt(extract(text, "en"), 64e9);
    assert.deepEqual([c.entity, c.metric], ["Broadcom", "revenue"]);
  });

  it("takes the flow just measured, with another verb and a hedge (fr)", () => {
    const text =
      "AMD a publié un chiffre d'affaires trimestriel de 9 milliards de dollars. Sur l'ensemble de l'exercice, le groupe a réalisé près de 34 milliards de dollars.";
    const c = claimAt(extract(text, "fr"), 34e9);
    assert.deepEqual([c.entity, c.metric, c.value.bound], ["AMD", "revenue", "approx"]);
  });

  it("reads a segment's contribution as revenue (en, fr)", () => {
    const en =
      "Intel's revenue reached $14 billion in the quarter. Net income was flat. Its foundry arm contributed $4.5 billion.";
    assert.equal(claimAt(extract(en, "en"), 4.5e9).metric, "revenue");
    const fr =
      "Le chiffre d'affaires d'Intel a atteint 14 milliards de dollars. Le bénéfice est stable. Sa branche PC a contribué pour 4,5 milliards de dollars.";
    assert.equal(claimAt(extract(fr, "fr"), 4.5e9).metric, "revenue");
  });

  it("leaves money contributed to something, and a lone reported figure, alone", () => {
    const to = "Oracle's revenue reached $15 billion. SoftBank contributed $2 billion to the venture.";
    assert.notEqual(claimAt(extract(to, "en"), 2e9).metric, "revenue");
    const alone = "For the full year, Broadcom reported $64 billion.";
    assert.equal(
      extract(alone, "en").some((c) => c.value.low === 64e9),
      false,
    );
  });
});
