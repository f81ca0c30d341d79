import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract, ownerMetricValue } from "../../../test/support/claims.js";

describe("a funding market's total", () => {
  it("is no company's figure, whatever company the paragraph names later (fr)", () => {
    const text =
      "Le capital-risque européen a investi 18 milliards d'euros au troisième trimestre, en hausse de 7 % sur un an. La start-up Zorbex a levé 600 millions d'euros lors d'un tour de table.";
    assert.deepEqual(ownerMetricValue(text, "fr"), [["Zorbex", "funding_round", 600e6]]);
  });

  it("is no company's figure, whatever company the paragraph names later (en)", () => {
    const text =
      "Global venture funding reached $74 billion in the third quarter, up 9% year on year. Quillon raised $900 million in a Series C.";
    assert.deepEqual(ownerMetricValue(text, "en"), [["Quillon", "funding_round", 900e6]]);
  });

  it("leaves the M&A total to no one (fr, en)", () => {
    const fr = "Les fusions-acquisitions ont généré 30 milliards de dollars de sorties, portées par Zorbex.";
    const en = "M&A deals generated $30 billion in exit value, led by Zorbex Inc.";
    assert.deepEqual(extract(fr, "fr"), []);
    assert.deepEqual(extract(en, "en"), []);
  });

  it("leaves a country's draw on the world's funding to no one (fr, en)", () => {
    assert.deepEqual(
      extract("Les États-Unis ont capté 52 milliards de dollars, soit la moitié des fonds.", "fr"),
      [],
    );
    assert.deepEqual(extract("The United States attracted $52 billion, half of all funding.", "en"), []);
  });

  it("leaves any listed country's draw to no one, not only the largest markets' (fr, en)", () => {
    assert.deepEqual(
      extract("L'Allemagne a attiré 9 milliards d'euros, le tiers des fonds européens.", "fr"),
      [],
    );
    assert.deepEqual(extract("Germany attracted €9 billion, a third of all funding in Europe.", "en"), []);
  });

  it("keeps a company's own round when it heads the clause (en)", () => {
    const text = "Venture investors poured money into AI, and Quillon raised $900 million.";
    assert.deepEqual(ownerMetricValue(text, "en"), [["Quillon", "funding_round", 900e6]]);
  });
});

describe("a threshold of round size", () => {
  it("defines a group of rounds, not a round (fr)", () => {
    const text =
      "Les tours supérieurs à 100 millions ont pesé un quart du total, comme Zorbex (300 millions d'euros).";
    assert.ok(!extract(text, "fr").some((c) => c.value.low === 100e6));
  });

  it("defines a group of rounds, not a round (en)", () => {
    const text = "Rounds above $100 million made up a quarter of the total, such as Quillon ($300 million).";
    assert.ok(!extract(text, "en").some((c) => c.value.low === 100e6));
  });
});

describe("a sector's funding or sales growing", () => {
  it("is no growth of the company the article is about (fr)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Mistral AI a levé 1,7 milliard d'euros en septembre. Sur le trimestre, les levées de fonds des start-up françaises de l'IA ont progressé de 40 %, selon Dealroom.",
        "fr",
      ),
      [["Mistral AI", "funding_round", 1.7e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Nvidia reste le grand gagnant. Les ventes mondiales de semi-conducteurs ont progressé de 22 % en 2025.",
        "fr",
      ),
      [],
    );
  });

  it("is no growth of the company the article is about (en)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Anthropic is preparing a new round. Global AI startup funding rose 60% in 2025, per PitchBook.",
        "en",
      ),
      [],
    );
  });
});
