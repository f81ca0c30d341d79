import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const extract = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.txt" }).claims;

/** [metric, low, high, unit] of every claim, in order. */
const read = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => [c.metric, c.value.low, c.value.high, c.unit]);

describe("figures written in their less usual forms", () => {
  it("a power figure with its symbol against the digits is a capacity", () => {
    assert.deepEqual(read("Orvane construit pour Anthropic un campus de 1,5GW au Texas.", "fr"), [
      ["datacenter_capacity", 1.5, 1.5, "GW"],
    ]);
    assert.deepEqual(read("The utility will supply 640MW of power to Microsoft's data centers.", "en"), [
      ["datacenter_capacity", 0.64, 0.64, "GW"],
    ]);
  });
});
