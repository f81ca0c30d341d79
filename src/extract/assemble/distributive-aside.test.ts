import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`,
  );

describe("'each' after a list of companies given as an aside, with no closing 'and'", () => {
  it("gives the figure to every company of the list", () => {
    const each = ["Alphabet capex 80000000000", "Microsoft capex 80000000000", "Amazon capex 80000000000"];
    assert.deepEqual(
      owners(
        "Les leaders du secteur (Alphabet, Microsoft, Amazon) prévoient chacun des investissements de plus de 80 milliards de dollars dans leurs centres de données cette année.",
        "fr",
      ),
      each,
    );
    assert.deepEqual(
      owners(
        "The three cloud giants, Alphabet, Microsoft, Amazon, each plan capital spending of more than $80 billion this year.",
      ),
      each,
    );
    assert.deepEqual(
      owners(
        "The cloud giants (Alphabet, Microsoft, Amazon) will each spend over $80 billion on capex this year.",
      ),
      each,
    );
  });

  it("keeps one claim when no distributive word says the figure is each one's", () => {
    assert.equal(
      owners(
        "Les leaders du secteur (Alphabet, Microsoft, Amazon) prévoient des investissements de plus de 200 milliards de dollars dans leurs centres de données cette année.",
        "fr",
      ).length,
      1,
    );
  });
});
