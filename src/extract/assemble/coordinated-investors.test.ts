import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metricsRead, probeReader } from "../../../test/support/probes.js";
import { defaultGazetteer } from "../gazetteer.js";

/**
 * A second investor's figure in a clause coordinated with the first's ("A has put $6 billion into C
 * and B has added $2.5 billion, which helps its cloud ambitions"): a generic word past it ("cloud", "data
 * centres", "deal"), beyond a clause break, says less than the metric of the figure before it.
 */
const read = probeReader({
  gazetteer: defaultGazetteer({
    companies: [
      { name: "Pellworth", kinds: ["hyperscaler"] },
      { name: "Cambry Capital", kinds: ["fund"] },
      { name: "Orvane Labs", kinds: ["lab"] },
      { name: "Hestia Partners", kinds: ["fund"] },
    ],
  }),
});

describe("the second figure of coordinated investments", () => {
  for (const [language, text, value] of [
    [
      "en",
      "Pellworth has put $6 billion into Orvane Labs and Cambry Capital has added $2.5 billion, which helps its cloud ambitions.",
      2.5e9,
    ],
    [
      "en",
      "Cambry Capital put $400 million into Orvane Labs, while Hestia Partners chipped in $150 million, money that will go to new data centres.",
      1.5e8,
    ],
    [
      "fr",
      "Pellworth a investi 2 milliards de dollars dans Orvane Labs et Cambry Capital a suivi avec 500 millions, selon les termes de l'accord.",
      5e8,
    ],
  ] as const) {
    it(text, () => assert.deepEqual(metricsRead(read(text, language), value), ["investment"]));
  }

  it("near miss: a generic word right after the figure still names it", () => {
    const text = "Pellworth invested $2 billion in Orvane Labs and signed a $6 billion cloud deal with it.";
    assert.ok(metricsRead(read(text, "en"), 6e9).includes("compute_commitment"));
  });
});
