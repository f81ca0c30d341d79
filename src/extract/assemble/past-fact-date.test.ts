import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const extractOn = (text: string, language: "fr" | "en") => extract(text, language, "2025-10-31");

describe("period: a figure stated as done is not dated by a later year in another clause", () => {
  it("a plan's year in the clause before does not date revenue that rose (EN)", () => {
    const claims = extractOn(
      "Amazon plans more spending for 2026, while AWS revenue rose 20% to $33 billion.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 33e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("a plan's year in the clause before does not date revenue that grew (FR)", () => {
    const claims = extractOn(
      "Microsoft prévoit davantage de dépenses pour 2026, tandis que le chiffre d'affaires d'Azure a progressé de 40 % à 25 milliards de dollars.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 25e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("a year in the figure's own clause still dates it (EN)", () => {
    const claims = extractOn("Amazon expects AWS revenue to reach $40 billion in 2026.", "en");
    assert.deepEqual(claimAt(claims, 40e9).period, { start: "2026-01-01", end: "2026-12-31" });
  });
});
