import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("period: a fiscal year written as ended is the last one closed before publication", () => {
  it("'the fiscal year ended June 30' in January is the year that closed the June before (EN)", () => {
    const claims = extract(
      "For the fiscal year ended June 30, Nebius reported revenue of $48 billion.",
      "en",
      "2026-01-20",
    );
    assert.deepEqual(claimAt(claims, 48e9).period, { start: "2024-07-01", end: "2025-06-30" });
  });

  it("'l'exercice clos fin juin' in January is the year closed the June before (FR)", () => {
    const claims = extract(
      "Sur l'exercice clos fin juin, Nebius a réalisé un chiffre d'affaires de 48 milliards d'euros.",
      "fr",
      "2026-01-20",
    );
    assert.deepEqual(claimAt(claims, 48e9).period, { start: "2024-07-01", end: "2025-06-30" });
  });

  it("a fiscal year that ends in a month to come is still the one under way (EN)", () => {
    const claims = extract(
      "Nebius expects revenue of $52 billion in the fiscal year ending in May.",
      "en",
      "2026-01-20",
    );
    assert.deepEqual(claimAt(claims, 52e9).period, { start: "2025-06-01", end: "2026-05-31" });
  });
});
