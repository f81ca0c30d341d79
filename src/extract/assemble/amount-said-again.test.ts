import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimReader } from "../../../test/support/claims.js";

const read = claimReader("2025-11-10");

/** The metrics of the claims of `value` in the text. */
function metricsAt(text: string, language: "fr" | "en", value: number): string[] {
  return read(text, language)
    .filter((c) => c.value.low === value || c.value.high === value)
    .map((c) => c.metric);
}

describe("an amount said again without its metric word restates the earlier fact (CLAIMS.md §9)", () => {
  it("a valuation taken up again in a later sentence, its metric word far away, is one claim", () => {
    const en =
      "Veltrix AI raised $6 billion at a $90 billion valuation in March, and revenue hit $2 billion. The company's growth has been fast, rising from $20 billion in 2024 to $50 billion in 2025, reaching $90 billion by March.";
    assert.deepEqual(metricsAt(en, "en", 9e10), ["valuation"]);
    const en2 =
      "Ostrel raised $3 billion at a $40 billion valuation in May. Going from $40 billion to a public listing within a few short months would be a real test of how far investors are ready to go when they price the revenue it books.";
    assert.deepEqual(metricsAt(en2, "en", 4e10), ["valuation"]);
  });

  it("different facts of the same size, each with its own metric word, stay two claims", () => {
    const en =
      "Dravik raised $2 billion in a new funding round. Separately, it signed a $2 billion cloud contract with Ostrel.";
    assert.equal(read(en, "en").filter((c) => c.value.low === 2e9).length, 2);
  });
});
