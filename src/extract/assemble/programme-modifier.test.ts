import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const claims = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-06-02", document: "d.md" }).claims.map((c) => [
    c.entity,
    c.metric,
    c.value.low ?? c.value.high,
  ]);

describe("a figure written right before a programme's name", () => {
  it("sizes the programme, not the programme's possessor (en)", () => {
    const text = "The deal follows Nvidia's ambitious $300 billion Stargate initiative announced in March.";
    assert.deepEqual(
      claims(text, "en").filter(([, , v]) => v === 300e9),
      [["Stargate", "capex", 300e9]],
    );
  });

  it("sizes the programme named after the currency (fr)", () => {
    const text =
      "Le ministre l'a comparé aux 300 milliards de dollars Stargate annoncés par la Maison Blanche.";
    assert.deepEqual(
      claims(text, "fr").filter(([, , v]) => v === 300e9),
      [["Stargate", "capex", 300e9]],
    );
  });
});
