import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract, skippedReasons } from "../../../test/support/claims.js";

const skipped = skippedReasons("2025-11-10");
const metricValues = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => [c.metric, c.value.low ?? c.value.high]);

describe("a proportion said in words", () => {
  it("is no claim (fr, en)", () => {
    assert.deepEqual(
      metricValues("Le cloud représente près de la moitié du chiffre d'affaires de Zentrix.", "fr"),
      [],
    );
    assert.deepEqual(
      metricValues("Despite higher costs, cloud sales represent nearly a third of Zentrix's revenue.", "en"),
      [],
    );
    assert.match(
      skipped("Le cloud pèse les deux tiers du chiffre d'affaires de Zentrix.", "fr").join(),
      /verbal proportion/,
    );
  });

  it("a percentage of the same shape stays a revenue share (fr, en)", () => {
    assert.deepEqual(metricValues("Le cloud représente 45 % du chiffre d'affaires de Zentrix.", "fr"), [
      ["revenue_share", 0.45],
    ]);
    assert.deepEqual(
      metricValues("Despite higher costs, cloud sales represent 45% of Zentrix's revenue.", "en"),
      [["revenue_share", 0.45]],
    );
  });

  it("half of a scale word is an amount, not a proportion", () => {
    assert.doesNotMatch(
      skipped("Brixon Data expects its backlog to reach half a trillion dollars next year.", "en").join(),
      /verbal proportion/,
    );
  });
});
