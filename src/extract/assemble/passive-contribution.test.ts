import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`,
  );

describe("contributions listed with the agent of each: '120 millions apportés par X, 100 millions versés par le groupe Y'", () => {
  it("gives each contribution to its agent, past a describing noun", () => {
    assert.deepEqual(
      owners(
        "The project will cost $300 million: $120 million contributed by Bpifrance, $100 million provided by the shipping group CMA-CGM and $80 million by Iliad.",
      ).slice(1, 3),
      ["Bpifrance investment 120000000", "CMA CGM investment 100000000"],
    );
    assert.deepEqual(
      owners(
        "Le projet mobilise 300 millions d'euros : 120 millions apportés par Bpifrance, 100 millions versés par le groupe CMA-CGM et 80 millions par Iliad.",
        "fr",
      ).slice(1, 3),
      ["Bpifrance investment 120000000", "CMA CGM investment 100000000"],
    );
    assert.deepEqual(
      owners(
        "Le campus coûtera 500 millions d'euros, dont 200 millions fournis par son actionnaire (Iliad).",
        "fr",
      ).at(-1),
      "Iliad capex 200000000",
    );
  });

  it("leaves a figure with no participle before 'par' alone", () => {
    assert.ok(
      !owners("Iliad va dépenser 100 millions d'euros par an dans ses réseaux.", "fr").some((c) =>
        c.startsWith("CMA"),
      ),
    );
  });
});
