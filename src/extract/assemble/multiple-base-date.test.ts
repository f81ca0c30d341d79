import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimReader } from "../../../test/support/claims.js";

const extract = claimReader("2026-01-15");
/** [value, year of the period] of every claim. */
const years = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => [
    c.value.low ?? c.value.high,
    c.period === null ? null : "asOf" in c.period ? c.period.asOf : c.period.end,
  ]);

describe("a date after a multiple of an earlier figure", () => {
  it("dates the earlier figure, not this one (EN)", () => {
    assert.deepEqual(
      years("The round values Anthropic at about $90 billion, double its valuation from a year ago.", "en"),
      [[9e10, "2026-01"]],
    );
    assert.deepEqual(
      years("Mistral is now worth $14 billion, roughly triple the valuation it fetched last year.", "en"),
      [[1.4e10, "2026-01"]],
    );
  });

  it("dates the earlier figure, not this one (FR)", () => {
    assert.deepEqual(
      years(
        "L'opération valorise Anthropic à 90 milliards de dollars, le double de sa valorisation d'il y a un an.",
        "fr",
      ),
      [[9e10, "2026-01"]],
    );
    assert.deepEqual(
      years(
        "Mistral vaut désormais 14 milliards de dollars, soit trois fois sa valorisation de l'an dernier.",
        "fr",
      ),
      [[1.4e10, "2026-01"]],
    );
  });

  it("near-miss: a date that is the figure's own stays its period (EN, FR)", () => {
    assert.deepEqual(years("Anthropic was valued at $8 billion a year ago.", "en"), [[8e9, "2025-01"]]);
    assert.deepEqual(years("Il y a un an, Mistral était valorisée 6 milliards de dollars.", "fr"), [
      [6e9, "2025-01"],
    ]);
  });
});
