import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metricsRead, probeReader } from "../../test/support/probes.js";
import { defaultGazetteer } from "./gazetteer.js";

/**
 * Revenue still to come is no revenue: a backlog defined as "contracts not yet recognized as revenue",
 * "deferred revenue", « pas encore comptabilisés en chiffre d'affaires » names no revenue of a period.
 */
const read = probeReader({
  gazetteer: defaultGazetteer({
    companies: [
      { name: "Harvell", kinds: ["hyperscaler"] },
      { name: "Quorrin", kinds: ["business"] },
    ],
  }),
});

describe("revenue not yet recognised is no revenue", () => {
  for (const [language, text] of [
    [
      "en",
      "At $64 billion, Harvell's remaining performance obligations count business it has booked and not yet recognized as revenue.",
    ],
    [
      "en",
      "Its order backlog, which is business booked but yet to be recognised as revenue, stands at $41 billion.",
    ],
    [
      "fr",
      "Harvell affiche un carnet de commandes de 64 milliards de dollars, des ventes conclues mais pas encore comptabilisées en chiffre d'affaires.",
    ],
  ] as const) {
    it(text, () => assert.ok(!metricsRead(read(text, language)).includes("revenue"), text));
  }

  it("near miss: revenue recognised in a quarter is revenue", () => {
    const text = "Quorrin recognized revenue of $3.1 billion in the second quarter.";
    assert.deepEqual(metricsRead(read(text, "en")), ["revenue"]);
  });
});
