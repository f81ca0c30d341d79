import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metricsRead, probeReader } from "../../test/support/probes.js";
import { defaultGazetteer } from "./gazetteer.js";

/**
 * A growth rate after a participle of rising ("with sales rising 31% to $4 billion", "its cloud
 * revenue climbing 41%"): the participle is a cue of revenue growth as the finite verb is.
 */
const read = probeReader({
  gazetteer: defaultGazetteer({
    companies: [
      { name: "Tarvex", kinds: ["business"] },
      { name: "Olmeris", kinds: ["business"] },
    ],
  }),
});

describe("revenue growth after a participle of rising", () => {
  for (const [text, rate] of [
    ["Tarvex closed a strong year, with sales rising 31% to $4 billion.", 0.31],
    ["Olmeris beat forecasts, its cloud revenue climbing 41% in the fourth quarter.", 0.41],
    ["Tarvex posted record results, revenue jumping 18.5 percent from a year earlier.", 0.185],
    ["Olmeris reported turnover surging 64% on demand for its accelerators.", 0.64],
    ["Tarvex ended the quarter with revenue increasing 12% year over year.", 0.12],
  ] as const) {
    it(text, () => assert.deepEqual(metricsRead(read(text, "en"), rate), ["revenue_growth"]));
  }

  it("near misses: a share price or costs rising is no revenue growth", () => {
    for (const text of [
      "Tarvex shares closed at $120, with the stock rising 5% on the day.",
      "Olmeris said its costs are rising 20% a year.",
    ])
      assert.deepEqual(metricsRead(read(text, "en")), [], text);
  });
});
