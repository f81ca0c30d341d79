import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimReader } from "../../../test/support/claims.js";

const read = claimReader("2026-01-20");

/** The metrics of the claims of `value` in the text. */
function metricsAt(text: string, language: "fr" | "en", value: number): string[] {
  return read(text, language)
    .filter((c) => c.value.low === value || c.value.high === value)
    .map((c) => c.metric);
}

describe("a forecast taken up by a possessive noun measures what the forecast before it did", () => {
  it("« ses projections atteignent » after a revenue forecast, past a growth rate between", () => {
    const fr =
      "Mistral AI comptait sur 4 milliards d'euros de chiffre d'affaires cette année. Soit 30 % de plus qu'au printemps. Pour 2028, ses prévisions montent à 11 milliards d'euros.";
    assert.deepEqual(metricsAt(fr, "fr", 11e9), ["revenue"]);
  });

  it("“its projections reach” after a revenue forecast", () => {
    const en =
      "Mistral AI expects revenue of $4 billion this year. For 2028, its projections reach $11 billion.";
    assert.deepEqual(metricsAt(en, "en", 11e9), ["revenue"]);
  });

  it("the company named after an opening phrase looks ahead on the same measure", () => {
    const fr =
      "Mistral AI compte sur 4 milliards d'euros de chiffre d'affaires cette année. Selon son plan le plus prudent, Mistral AI vise 9 milliards d'euros en 2029.";
    assert.deepEqual(metricsAt(fr, "fr", 9e9), ["revenue"]);
  });

  it("near miss: an amount of another kind in between is the one taken up, not the forecast", () => {
    const fr =
      "Mistral AI compte sur 4 milliards d'euros de chiffre d'affaires cette année. Un montant de 2 milliards reste flou. Pour 2028, ses projections atteignent 11 milliards d'euros.";
    assert.deepEqual(metricsAt(fr, "fr", 11e9), []);
  });

  it("near miss: a noun that is no forecast takes nothing up", () => {
    const en = "Mistral AI expects revenue of $4 billion this year. Its offices cost $11 million.";
    assert.notDeepEqual(metricsAt(en, "en", 11e6), ["revenue"]);
  });
});
