import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.value.low ?? c.value.high}`,
  );

describe("a counted collective takes up as many companies coordinated before it", () => {
  it("the pair coordinated in the previous sentence, another company named beside it (EN)", () => {
    const text =
      "Amazon and Google are doubling down on Anthropic this month. The two cloud giants have agreed to invest up to $12 billion in the startup.";
    assert.deepEqual(owners(text), ["Amazon+Alphabet 12000000000"]);
  });

  it("the pair after a preposition repeated and a descriptor (FR)", () => {
    const text =
      "Washington a autorisé l'exportation de puces AMD pour le compte de Mistral AI et de la start-up Anthropic. Les deux entreprises pourront acheter jusqu'à 20 000 puces.";
    assert.deepEqual(owners(text, "fr"), ["Mistral AI+Anthropic 20000"]);
  });

  it("three companies coordinated among others (FR and EN)", () => {
    const fr =
      "Selon Reuters, Oracle, Meta et xAI négocient avec Nvidia. Les trois groupes investiront 90 milliards de dollars dans des centres de données.";
    assert.deepEqual(owners(fr, "fr"), ["Oracle+Meta+xAI 90000000000"]);
  });

  it("the next sentence's list, when nothing before names as many (EN)", () => {
    const text =
      "The four largest cloud providers spent an estimated $160 billion on AI infrastructure in 2024.\nFor Amazon, Microsoft, Alphabet, and Oracle, spending keeps rising.";
    assert.deepEqual(owners(text), ["Amazon+Microsoft+Alphabet+Oracle 160000000000"]);
  });

  it("not a list of another size", () => {
    const text =
      "Amazon and Google are doubling down on Anthropic this month. The three cloud giants have agreed to invest up to $12 billion in the startup.";
    assert.ok(!owners(text).some((o) => o.startsWith("Amazon+Alphabet ")));
  });
});

describe("a plural possessive opening a sentence speaks of the companies coordinated before it", () => {
  it("« Leurs dépenses combinées » (FR)", () => {
    const text =
      "Oracle, Meta et Amazon construisent des centres de données dans tout le pays. Leurs dépenses d'investissement cumulées atteindront environ 250 milliards de dollars en 2026.";
    assert.deepEqual(owners(text, "fr").at(-1), "Oracle+Meta+Amazon 250000000000");
  });

  it('"Their combined capex" (EN)', () => {
    const text =
      "Alphabet and Microsoft keep building data centres across Europe. Their combined capital expenditure is expected to reach $180 billion next year.";
    assert.deepEqual(owners(text), ["Alphabet+Microsoft 180000000000"]);
  });

  it("not across a paragraph", () => {
    const text =
      "Alphabet and Microsoft keep building data centres across Europe.\n\nTheir combined capital expenditure is expected to reach $180 billion next year.";
    assert.ok(!owners(text).includes("Alphabet+Microsoft 180000000000"));
  });

  it("a list closed by 'as well as' or « ainsi que » (EN, FR)", () => {
    assert.deepEqual(
      owners(
        "Vantor Labs, Quellix Systems, as well as Norvane Corp keep building. Their combined capital spending will reach $9 billion this year.",
      ),
      ["Vantor Labs+Quellix Systems+Norvane Corp 9000000000"],
    );
    assert.deepEqual(
      owners(
        "Vantor Labs ainsi que Quellix Systems ont signé un accord. Les deux groupes y consacreront 3 milliards de dollars.",
        "fr",
      ),
      ["Vantor Labs+Quellix Systems 3000000000"],
    );
  });
});
