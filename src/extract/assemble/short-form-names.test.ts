import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** A gazetteer that knows two investors by a name ending in a corporate suffix, and one short name. */
const gazetteer = {
  companies: [
    { name: "Harbourline Capital", role: "investor" as const },
    { name: "Quillon Partners", role: "investor" as const },
    { name: "Quillon" },
  ],
};

const owners = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }, { gazetteer }).claims.map(
    (c) => [c.entity, c.value.low ?? c.value.high],
  );

describe("a known company named in full, then by the words before its corporate suffix", () => {
  it("keeps its full name when the short form owns a figure (en)", () => {
    const text =
      "Harbourline Capital led the round in Talmic. Harbourline also secured the option to invest up to $800 million more next year.";
    assert.deepEqual(owners(text, "en"), [["Harbourline Capital", 800_000_000]]);
  });

  it("keeps its full name when the short form owns a figure (fr)", () => {
    const text =
      "Harbourline Capital a mené le tour de table de Talmic. Harbourline a également obtenu le droit d'investir jusqu'à 800 millions de dollars de plus l'an prochain.";
    assert.deepEqual(owners(text, "fr"), [["Harbourline Capital", 800_000_000]]);
  });

  it("leaves a short form the gazetteer knows as another company to that company (en)", () => {
    const text =
      "Quillon Partners led the round in Talmic. Quillon also secured the option to invest up to $800 million more next year.";
    assert.deepEqual(owners(text, "en"), [["Quillon", 800_000_000]]);
  });

  it("is no short form in a document that never names the company in full (en)", () => {
    const text = "Harbourline also secured the option to invest up to $800 million more next year.";
    assert.deepEqual(owners(text, "en"), [["Harbourline", 800_000_000]]);
  });
});
