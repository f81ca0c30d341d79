import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metricsRead, probeReader } from "../../../test/support/probes.js";
import { defaultGazetteer } from "../gazetteer.js";

/**
 * Annual revenue dated to a point of a year ("at the start of 2025", "early 2026", « début 2025 », « mi-2024 »)
 * is a run-rate at that date (CLAIMS.md §2); dated to the whole year it is the year's revenue.
 */
const read = probeReader({
  gazetteer: defaultGazetteer({
    companies: [
      { name: "Mirovel", kinds: ["lab"] },
      { name: "Stenford", kinds: ["startup"] },
    ],
  }),
});

describe("annual revenue at a point of the year is a run-rate", () => {
  for (const [language, text, value] of [
    [
      "en",
      "At the beginning of 2024 Mirovel was bringing in $1 billion of annual revenue; by the autumn it said five.",
      1e9,
    ],
    ["en", "Stenford's annual revenue reached $300 million in early 2026, its chief executive said.", 3e8],
    ["fr", "Les revenus annuels de Mirovel atteignaient 2 milliards de dollars début 2025.", 2e9],
    ["fr", "Stenford affichait un chiffre d'affaires annuel de 150 millions d'euros à la mi-2024.", 1.5e8],
    ["en", "Stenford's annual revenue reached $400 million in mid-2025.", 4e8],
  ] as const) {
    it(text, () => assert.deepEqual(metricsRead(read(text, language), value), ["revenue_run_rate"]));
  }

  it("near miss: annual revenue of a whole year is revenue", () => {
    const text = "Stenford's annual revenue for 2024 came to $300 million.";
    assert.deepEqual(metricsRead(read(text, "en"), 3e8), ["revenue"]);
  });
});
