import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimValues } from "../../../test/support/claims.js";

const values = claimValues("2025-11-15");

describe("figures beside company finance (CLAIMS.md §8): equivalences, ratios per person, denials, taxes, energy mix, dividends, quotes", () => {
  it("an equivalence in homes powered is no claim", () => {
    assert.deepEqual(
      values(
        "Anthropic will secure 10 gigawatts of capacity, enough to power about 8 million American homes.",
        "en",
      ),
      [10],
    );
    assert.deepEqual(
      values(
        "Le campus de Fluidstack atteindra 1 gigawatt, de quoi alimenter près de 2 millions de foyers.",
        "fr",
      ),
      [1],
    );
  });

  it("an amount per employee or per inhabitant is no claim", () => {
    assert.deepEqual(
      values(
        "Cohere is valued at $7 billion with 400 staff, or $17.5 million in valuation per employee.",
        "en",
      ),
      [7e9],
    );
    assert.deepEqual(
      values("Cohere in figures:\n\n| Valuation | $7 billion |\n| Funding Per Employee | $4 million |", "en"),
      [7e9],
    );
    assert.deepEqual(
      values("Mistral AI est valorisée 12 milliards d'euros, soit 20 millions d'euros par salarié.", "fr"),
      [12e9],
    );
  });

  it("a figure the text denies is no claim", () => {
    assert.deepEqual(
      values("Dario Amodei said Anthropic's revenue is not $500 billion and will not be for years.", "en"),
      [],
    );
    assert.deepEqual(
      values(
        "Le chiffre d'affaires de Mistral AI n'est pas de 10 milliards d'euros, a précisé Arthur Mensch.",
        "fr",
      ),
      [],
    );
  });

  it("a tax paid to a public body is no claim", () => {
    assert.deepEqual(
      values(
        "Vantage will invest $25 billion in the Texas campus, which should bring about $40 million in annual tax revenue to the county.",
        "en",
      ),
      [25e9],
    );
    assert.deepEqual(
      values(
        "Brookfield investira 20 milliards d'euros, ce qui rapportera 30 millions d'euros de recettes fiscales à la commune.",
        "fr",
      ),
      [20e9],
    );
  });

  it("a share of clean or renewable energy is no claim", () => {
    assert.deepEqual(
      values("Amazon aims to run its data centres on 100 percent renewable energy by 2030.", "en"),
      [],
    );
    assert.deepEqual(values("Le site d'Evroc sera alimenté à 90 % d'énergie décarbonée.", "fr"), []);
  });

  it("a dividend per share and its rise are no claims", () => {
    assert.deepEqual(
      values(
        "Broadcom expects revenue of $19.1 billion. It also raised its quarterly dividend 10% to 65 cents a share.",
        "en",
      ),
      [19.1e9],
    );
    assert.deepEqual(values("Capgemini versera un dividende de 3,40 euros par action.", "fr"), []);
  });

  it("a share's quote on the market and its move in parentheses are no claims, a revenue's growth there is", () => {
    assert.deepEqual(
      values("CoreWeave signed a $14 billion deal with Meta. Its stock now trades near $100.", "en"),
      [14e9],
    );
    assert.deepEqual(values("Le titre Oracle a clôturé à 220 dollars mardi.", "fr"), []);
    assert.deepEqual(values("L'action Intel est désormais à 31,02 dollars (+24,58 %).", "fr"), []);
    assert.deepEqual(values("Oracle stock now trades at $220.40 (+3.1%).", "en"), []);
    assert.deepEqual(
      values(
        "Le chiffre d'affaires de Nebius a atteint 146 millions de dollars (+355 %) au troisième trimestre.",
        "fr",
      ),
      [146e6, 3.55],
    );
  });
});
