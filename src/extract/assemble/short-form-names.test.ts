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

describe("an unknown company named in full, then by its first word", () => {
  const defaultOwners = (text: string, language: "fr" | "en") =>
    extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.map((c) => [
      c.entity,
      c.value.low ?? c.value.high,
    ]);

  it("keeps the full name when the first word alone owns a figure (en, fr)", () => {
    assert.deepEqual(
      defaultOwners(
        "Quorvia Compute raised $300 million in June. Quorvia's revenue reached $40 million last year.",
        "en",
      ),
      [
        ["Quorvia Compute", 300e6],
        ["Quorvia Compute", 40e6],
      ],
    );
    assert.deepEqual(
      defaultOwners(
        "Quorvia Compute a levé 300 millions d'euros en juin. Le chiffre d'affaires de Quorvia a atteint 40 millions d'euros l'an dernier.",
        "fr",
      ),
      [
        ["Quorvia Compute", 300e6],
        ["Quorvia Compute", 40e6],
      ],
    );
  });

  it("does not shorten a name whose first word the text also writes in lower case", () => {
    const got = defaultOwners(
      "Frontier Compute raised $300 million in June. The frontier labs spent more; Frontier's revenue reached $40 million.",
      "en",
    );
    assert.ok(
      !got.some(([owner, value]) => owner === "Frontier Compute" && value === 40e6),
      JSON.stringify(got),
    );
  });
});
