import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimReader } from "../../../test/support/claims.js";

const read = claimReader("2025-11-10");

/** Metric and unit of the claim of `value` in the text. */
function readingsAt(text: string, language: "fr" | "en", value: number): string[] {
  return read(text, language)
    .filter((c) => c.value.low === value || c.value.high === value)
    .map((c) => `${c.metric} ${c.unit}`);
}

describe("a rate's base word prices the figure beside it, not a total in the next clause", () => {
  it("the amount after the priced one, past a comma, is no cost per gigawatt", () => {
    const en =
      "With every gigawatt costing roughly $45 billion, Stargate comes to $450 billion, most of it for AMD.";
    assert.deepEqual(readingsAt(en, "en", 45e9), ["cost_per_gw USD_per_GW"]);
    assert.notDeepEqual(readingsAt(en, "en", 450e9), ["cost_per_gw USD_per_GW"]);
    const fr =
      "Chaque gigawatt coûtant environ 45 milliards de dollars, Stargate représente 450 milliards de dollars.";
    assert.deepEqual(readingsAt(fr, "fr", 45e9), ["cost_per_gw USD_per_GW"]);
    assert.notDeepEqual(readingsAt(fr, "fr", 450e9), ["cost_per_gw USD_per_GW"]);
  });

  it("a part of the priced amount takes the rate too", () => {
    const en =
      "Building one gigawatt costs Stargate $40 billion to $45 billion, of which about $25 billion goes on AMD's accelerators.";
    assert.deepEqual(readingsAt(en, "en", 25e9), ["cost_per_gw USD_per_GW"]);
    const fr =
      "Chaque gigawatt coûte à Stargate 45 milliards de dollars, dont 25 milliards pour les puces d'AMD.";
    assert.deepEqual(readingsAt(fr, "fr", 25e9), ["cost_per_gw USD_per_GW"]);
  });

  it("coordinated amounts and a range both take the rate", () => {
    const en = "Each gigawatt costs Stargate $50 billion in Texas and $35 billion in Norway.";
    assert.deepEqual(readingsAt(en, "en", 35e9), ["cost_per_gw USD_per_GW"]);
    const range = "Each gigawatt costs Stargate between $50 billion and $60 billion.";
    assert.deepEqual(readingsAt(range, "en", 50e9), ["cost_per_gw USD_per_GW"]);
  });
});
