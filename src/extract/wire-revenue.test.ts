import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metricsRead, probeReader } from "../../test/support/probes.js";
import { defaultGazetteer } from "./gazetteer.js";

/** Wire copy's short form of revenue, "revs", before what states the amount ("revs of", "revs rose to"). */
const read = probeReader({
  gazetteer: defaultGazetteer({ companies: [{ name: "Tarvex", kinds: ["business"] }] }),
});

describe("'revs' in wire copy names revenue", () => {
  for (const [text, value] of [
    ["Tarvex sees Q1 revs of $8.40-8.90 bln.", 8.4e9],
    ["Tarvex reported Q3 revs of $3.1 bln, ahead of forecasts.", 3.1e9],
    ["Tarvex's fiscal Q2 revs rose to $612 mln.", 612e6],
    ["Tarvex revs $1.25 bln in Q4, guides higher.", 1.25e9],
  ] as const) {
    it(text, () => assert.deepEqual(metricsRead(read(text, "en"), value), ["revenue"]));
  }

  it("near miss: the verb 'revs up' is no revenue", () => {
    const text = "Tarvex revs up output at a $2 bln plant.";
    assert.ok(!metricsRead(read(text, "en"), 2e9).includes("revenue"), text);
  });
});
