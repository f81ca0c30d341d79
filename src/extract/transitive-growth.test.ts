import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metricsRead, probeReader } from "../../test/support/probes.js";
import { defaultGazetteer } from "./gazetteer.js";

/**
 * A company growing its own sales or capital spending, the noun the verb's object before the rate
 * ("lifted its capex by 70%", « a augmenté ses investissements de 70 % »): the object says which growth.
 */
const read = probeReader({
  gazetteer: defaultGazetteer({
    companies: [
      { name: "Brenmoor", kinds: ["hyperscaler"] },
      { name: "Galdice", kinds: ["business"] },
    ],
  }),
});

describe("growth of a verb's object: sales or capital spending", () => {
  for (const [language, text, rate, metric] of [
    ["en", "Brenmoor lifted its capex by 70% in the quarter.", 0.7, "capex_growth"],
    ["en", "Brenmoor has boosted its capital spending by more than 45% this year.", 0.45, "capex_growth"],
    ["fr", "Brenmoor a augmenté ses investissements de 70 % au trimestre.", 0.7, "capex_growth"],
    ["fr", "Brenmoor a accru ses dépenses d'investissement de 38 % sur un an.", 0.38, "capex_growth"],
    ["en", "Galdice grew its sales by 23% in the first half.", 0.23, "revenue_growth"],
    ["en", "Galdice increased its annual revenue by about 15% last year.", 0.15, "revenue_growth"],
    ["fr", "Galdice a augmenté son chiffre d'affaires de 12 % l'an dernier.", 0.12, "revenue_growth"],
    ["fr", "Galdice a doublé puis dopé ses ventes de 40 % en Asie.", 0.4, "revenue_growth"],
  ] as const) {
    it(text, () => assert.deepEqual(metricsRead(read(text, language), rate), [metric]));
  }

  it("near misses: an object that is neither sales nor spending (prices, a stake) names no growth", () => {
    for (const [language, text] of [
      ["en", "Galdice raised its prices by 5% in March."],
      ["fr", "Brenmoor a relevé ses tarifs de 8 % en janvier."],
    ] as const)
      assert.deepEqual(metricsRead(read(text, language)), [], text);
  });
});
