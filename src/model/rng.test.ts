import assert from "node:assert/strict";
import { test } from "node:test";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { streamFor, uniformOpen } from "./rng.js";

test("the stream generator is pure-rand's xoroshiro128+, one draw at a time and in bulk", () => {
  for (const [seed, name, block] of [
    [7, "revenue", 0],
    [-3, "cost_per_gw", 41],
    [123456789, "\u0000correlation", 1000],
  ] as const) {
    const reference = xoroshiro128plusFromState(streamFor(seed, name, block).getState());
    const single = streamFor(seed, name, block);
    const bulk = streamFor(seed, name, block);
    const filled = new Float64Array(1000);
    bulk.fillUniformOpen(filled, 3, 1000);
    for (let i = 0; i < 3; i++) assert.equal(filled[i], 0);
    for (let i = 3; i < 1000; i++) {
      const expected = uniformFloat64(reference) + 2 ** -54;
      assert.equal(uniformOpen(single), expected);
      assert.equal(filled[i], expected);
    }
    assert.deepEqual(bulk.getState(), single.getState());
    assert.deepEqual(single.getState(), reference.getState());
  }
});
