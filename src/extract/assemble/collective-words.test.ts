import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.value.low ?? c.value.high}`,
  );

describe("the collective vocabulary: nouns a count or a pair word turns into the companies named", () => {
  it('"both firms", "the pair" (EN)', () => {
    assert.deepEqual(
      owners(
        "Oracle and Meta are in talks with several lenders. Both firms plan to spend $70 billion on data centres next year.",
      ),
      ["Oracle+Meta 70000000000"],
    );
    assert.deepEqual(
      owners(
        "Amazon and Microsoft reported strong cloud growth on Thursday. The pair plans to spend $150 billion on capital expenditure in 2026.",
      ),
      ["Amazon+Microsoft 150000000000"],
    );
  });

  it("« les deux groupes », « le duo » (FR)", () => {
    assert.deepEqual(
      owners(
        "Mistral AI et Nvidia ont présenté leur projet jeudi. Les deux groupes investiront 4 milliards d'euros dans un campus près de Paris.",
        "fr",
      ),
      ["Mistral AI+Nvidia 4000000000"],
    );
    assert.deepEqual(
      owners(
        "Meta et Oracle discutent avec des banques. Le duo prévoit d'investir 30 milliards de dollars dans des centres de données.",
        "fr",
      ),
      ["Meta+Oracle 30000000000"],
    );
  });

  it('"the three labs", « les trois start-up » (EN and FR)', () => {
    assert.deepEqual(
      owners(
        "OpenAI, Anthropic and xAI all signed compute deals this year. The three labs will spend $60 billion on chips in 2026.",
      ).at(-1),
      "OpenAI+Anthropic+xAI 60000000000",
    );
    assert.deepEqual(
      owners(
        "Mistral AI, Anthropic et xAI ont signé des contrats cette année. Les trois start-up dépenseront 60 milliards de dollars en puces en 2026.",
        "fr",
      ).at(-1),
      "Mistral AI+Anthropic+xAI 60000000000",
    );
  });
});

describe("the collective vocabulary: collectives with a name of their own", () => {
  it("« géants de la tech » without its article is Big Tech; the Magnificent Seven and the GAFAM own their figures", () => {
    assert.deepEqual(
      owners(
        "Selon le cabinet, ces géants de la tech investiront 400 milliards de dollars dans leurs centres de données en 2026.",
        "fr",
      ),
      ["Big Tech 400000000000"],
    );
    assert.deepEqual(
      owners("The Magnificent Seven will spend $450 billion on capital expenditure in 2026."),
      ["Magnificent Seven 450000000000"],
    );
    assert.deepEqual(
      owners("Les GAFAM dépenseront 300 milliards de dollars en investissements en 2026.", "fr"),
      ["GAFAM 300000000000"],
    );
  });

  it('"chipmakers" own a figure as written', () => {
    assert.deepEqual(owners("Analysts expect that chipmakers will spend $120 billion on new fabs in 2026."), [
      "chipmakers 120000000000",
    ]);
  });
});
