import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader } from "../../../test/support/claims.js";

const extract = claimReader("2025-10-06");

describe("period: a deal's or a plan's size with no date is its size at publication", () => {
  it("a compute spending plan with no date (EN and FR)", () => {
    const en = extract("Oracle plans to spend $40 billion on Nvidia chips for the Texas campus.");
    assert.deepEqual(at(en, 40e9).period, { asOf: "2025-10" });
    const fr = extract(
      "Anthropic prévoit de dépenser 30 milliards de dollars en puissance de calcul chez Google.",
      "fr",
    );
    assert.deepEqual(at(fr, 30e9).period, { asOf: "2025-10" });
  });

  it("a deal's amount no metric word names (FR and EN)", () => {
    const fr = extract(
      "Meta a signé un accord avec Nebius. La valeur totale du partenariat atteint 27 milliards de dollars.",
      "fr",
    );
    assert.deepEqual(at(fr, 27e9).period, { asOf: "2025-10" });
    const en = extract(
      "AMD signed several agreements this month. The one with OpenAI represents $90 billion, the company said.",
    );
    assert.deepEqual(at(en, 90e9).period, { asOf: "2025-10" });
  });
});
