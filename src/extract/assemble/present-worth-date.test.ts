import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract, periodEndYear } from "../../../test/support/claims.js";

describe("period: a worth told in the present after a dated past clause", () => {
  it("« a levé … l'année dernière et est valorisée » dates the raise, not the worth (FR)", () => {
    const claims = extract(
      "La start-up Helsing a levé 450 millions d'euros l'année dernière et est valorisée 5 milliards d'euros.",
      "fr",
    );
    assert.equal(periodEndYear(claimAt(claims, 450e6)), "2024");
    assert.equal(periodEndYear(claimAt(claims, 5e9)), "2025");
  });

  it("'raised … last year and is valued at' dates the raise, not the worth (EN)", () => {
    const claims = extract("AI start-up Poolside raised $500 million last year and is valued at $3 billion.");
    assert.equal(periodEndYear(claimAt(claims, 500e6)), "2024");
    assert.equal(periodEndYear(claimAt(claims, 3e9)), "2025");
  });

  it("a worth told in the past shares the past clause's date (EN)", () => {
    const claims = extract(
      "AI start-up Poolside raised $500 million last year and was valued at $3 billion.",
    );
    assert.equal(periodEndYear(claimAt(claims, 3e9)), "2024");
  });
});
