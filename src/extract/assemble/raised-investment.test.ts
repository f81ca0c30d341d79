import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** [entity, metric, low value] of every claim, in order. */
const read = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.txt" }).claims.map((c) => [
    c.entity,
    c.metric,
    c.value.low ?? c.value.high,
  ]);

describe("an investment a model developer takes in", () => {
  it("is money raised when the sentence names a round or its investors", () => {
    assert.deepEqual(
      read("Cohere's first round, an early investment from a few angels, was $40 million.", "en"),
      [["Cohere", "funding_round", 40e6]],
    );
    assert.deepEqual(
      read(
        "Le tour de table de Kyutai, un investissement très précoce, s'élevait à 300 millions d'euros.",
        "fr",
      ),
      [["Kyutai", "funding_round", 300e6]],
    );
    assert.deepEqual(
      read(
        "Kyutai prépare une levée de fonds. Elle se compose de 300 millions d'euros de capital apportés par des investisseurs stratégiques.",
        "fr",
      ),
      [["Kyutai", "funding_round", 300e6]],
    );
  });

  it("stays a builder's own spending when no round or investor is named", () => {
    assert.deepEqual(read("Meta will invest $600 billion across the country.", "en"), [
      ["Meta", "capex", 600e9],
    ]);
  });
});
