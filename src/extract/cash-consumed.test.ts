import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metricsRead, probeReader } from "../../test/support/probes.js";
import { defaultGazetteer } from "./gazetteer.js";

/**
 * Cash a company consumes, burns or swallows is its burn, not the cash it holds: « consommer 3
 * milliards de dollars de liquidités » is cash_burn; « dispose de 3 milliards de liquidités » stays cash.
 */
const read = probeReader({
  gazetteer: defaultGazetteer({
    companies: [
      { name: "Tirlane", kinds: ["lab"] },
      { name: "Ospery", kinds: ["startup"] },
    ],
  }),
});

describe("cash consumed is a burn, cash held a position", () => {
  for (const text of [
    "Tirlane prévoit de consommer 3 milliards de dollars de liquidités cette année.",
    "Ospery a consommé 900 millions d'euros de liquidités en 2024.",
    "Tirlane devrait brûler 4 milliards de dollars de liquidités l'an prochain.",
  ]) {
    it(text, () => assert.deepEqual(metricsRead(read(text, "fr")), ["cash_burn"]));
  }

  it("near miss: cash a company holds is its position", () => {
    const text = "Ospery dispose de 900 millions d'euros de liquidités à la fin de juin.";
    assert.deepEqual(metricsRead(read(text, "fr")), ["cash_position"]);
  });
});
