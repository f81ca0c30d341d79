import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const year2025 = { start: "2025-01-01", end: "2025-12-31" };

describe("a year's spending dated by the month an earlier forecast was given", () => {
  it("is that forecast of the year, not the month's spending (en)", () => {
    const claims = extract(
      "Meta lifted its 2025 capex forecast to $72 billion, following $60 billion in January and $66 billion in April.",
      "en",
      "2025-10-30",
    );
    for (const value of [60e9, 66e9]) {
      const c = claimAt(claims, value);
      assert.deepEqual([c.metric, c.qualifier, c.period], ["capex", "target", year2025]);
    }
  });

  it("is that forecast of the year, not the month's spending (fr)", () => {
    const claims = extract(
      "Meta a relevé sa prévision d'investissements pour 2025 à 72 milliards de dollars, après 60 milliards en janvier et 66 milliards en avril.",
      "fr",
      "2025-10-30",
    );
    for (const value of [60e9, 66e9]) {
      const c = claimAt(claims, value);
      assert.deepEqual([c.metric, c.qualifier, c.period], ["capex", "target", year2025]);
    }
  });
});
