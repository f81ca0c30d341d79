import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractionWork, LINEAR_SHAPES } from "../../test/support/text-shapes.js";

/**
 * Extraction work against input size, counted in the work budget's steps (every sentence's length,
 * every figure weighed against the sentence's names and dates, every duplicate compared), so the
 * check is the same on any machine: four times the text costs about four times the steps, where a
 * quadratic pass would cost sixteen. Timing the same shapes is bench/linearity.ts's job.
 */
const KB = 1024;

describe("extractClaims — linear work", () => {
  for (const shape of LINEAR_SHAPES)
    it(`${shape.name}: 48 KB costs about 4× the steps of 12 KB`, () => {
      const one = extractionWork(shape, 12 * KB);
      const four = extractionWork(shape, 48 * KB);
      assert.ok(one >= 0.9 * 12 * KB, `${shape.name}: ${one} steps for 12 KB: the text was not read through`);
      assert.ok(four <= 4.4 * one, `${shape.name}: 12 KB ${one} steps, 48 KB ${four} steps`);
    });
});
