import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract, skippedReasons } from "../../../test/support/claims.js";

const skipped = skippedReasons("2025-11-10");
const revision = /forecast's revision/;
const values = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => c.value.low ?? c.value.high);

describe("the size of a forecast's revision", () => {
  it("after the figure, a change noun and the earlier forecast (en)", () => {
    const text =
      "Quillon projects $90 billion cash burn by 2030 ($30 billion increase from previous projections).";
    assert.match(skipped(text, "en").join(), revision);
    assert.ok(!values(text, "en").includes(30e9));
  });

  it("a change noun before the figure, the earlier forecast after it (fr, en)", () => {
    const en =
      "Brixon Data now sees capital expenditures of $8 billion to $9 billion, a decline of 25% from the previous expectation of $11 billion to $12 billion.";
    assert.match(skipped(en, "en").join(), revision);
    assert.ok(!values(en, "en").includes(-0.25));
    const fr =
      "Brixon Data vise un chiffre d'affaires de 5 milliards de dollars en 2026, en hausse de 10 % par rapport aux prévisions précédentes.";
    assert.match(skipped(fr, "fr").join(), revision);
  });

  it("a forecast raised or cut by an amount (fr, en)", () => {
    assert.match(
      skipped("Strong results let Brixon Data raise its 2026 revenue guidance by $45 million.", "en").join(),
      revision,
    );
    assert.match(
      skipped(
        "Brixon Data a relevé de 40 millions de dollars sa prévision de chiffre d'affaires pour 2026.",
        "fr",
      ).join(),
      revision,
    );
  });

  it("the new forecast, and a growth over an earlier year, stay claims (fr, en)", () => {
    assert.deepEqual(
      values(
        "Brixon Data lowered its capex guidance to $9 billion from the previous forecast of $11 billion.",
        "en",
      ),
      [9e9, 11e9],
    );
    assert.deepEqual(
      values("Brixon Data's revenue reached $2 billion, an increase of 20% from the previous year.", "en"),
      [2e9, 0.2],
    );
    assert.deepEqual(
      values(
        "Brixon Data a relevé sa prévision de chiffre d'affaires à 2 milliards de dollars pour 2026.",
        "fr",
      ),
      [2e9],
    );
  });
});
