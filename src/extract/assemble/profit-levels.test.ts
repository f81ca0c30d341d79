import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimValues, skippedReasons } from "../../../test/support/claims.js";

const values = claimValues("2025-11-10");
const reasons = skippedReasons("2025-11-10");

/** How many figures of the text were set aside as a profit. */
function profitsSetAside(text: string, language: "fr" | "en"): number {
  return reasons(text, language).filter((r) => r.includes("a profit, which no metric records")).length;
}

describe("a profit's level is recorded by no metric (CLAIMS.md §2)", () => {
  it("a profit reached after its change, with or without 'net', beside a sales word", () => {
    const texts: [string, "fr" | "en"][] = [
      [
        "Le chiffre d'affaires trimestriel de Korvane a progressé, mais son bénéfice a reculé de 30 % sur un an, à 2,2 milliards de dollars.",
        "fr",
      ],
      ["Korvane a publié un bénéfice en baisse de 40 % sur un an, à 1,9 milliard de dollars.", "fr"],
      ["Veltrix said profit rose 18% to $3.4 billion.", "en"],
      ["Dravik's earnings climbed 25% year-over-year to $780 million.", "en"],
    ];
    for (const [text, language] of texts) {
      assert.deepEqual(values(text, language), [], text);
      assert.equal(profitsSetAside(text, language), 1, text);
    }
  });

  it("a net profit whose period stands between the noun and the verb", () => {
    const texts: [string, "fr" | "en"][] = [
      [
        "Chez Ostrel, le bénéfice net sur la période juillet-septembre a grimpé à 84,2 milliards de yens.",
        "fr",
      ],
      ["Norlys said its net income for the three months ended in June climbed to $2.75 billion.", "en"],
    ];
    for (const [text, language] of texts) {
      assert.deepEqual(values(text, language), [], text);
      assert.equal(profitsSetAside(text, language), 1, text);
    }
  });

  it("a profit compared from one amount to another, decimals included", () => {
    const text =
      "Veltrix's quarterly revenue beat forecasts, and operating income rose from $2.5 billion to $4.8 billion.";
    assert.deepEqual(values(text, "en"), []);
    assert.equal(profitsSetAside(text, "en"), 2);
    assert.equal(
      profitsSetAside(
        "Veltrix Cloud's operating income improved from $1.4 billion a year earlier to $3.9 billion.",
        "en",
      ),
      2,
    );
  });

  it("revenue beside a profit stays a claim", () => {
    assert.deepEqual(
      values("Korvane's net income fell 12% while revenue reached $9.5 billion.", "en"),
      [9.5e9],
    );
    assert.deepEqual(
      values(
        "Le bénéfice net de Dravik recule, mais son chiffre d'affaires atteint 4,1 milliards d'euros.",
        "fr",
      ),
      [4.1e9],
    );
  });
});

describe("a profit restated in another currency in parentheses", () => {
  it("is a profit too", () => {
    const text =
      "Porté par ses ventes de capteurs, Ostrel a vu son bénéfice net du trimestre avril-juin monter à 310,5 milliards de yens (1,8 milliard d'euros), un record.";
    assert.deepEqual(values(text, "fr"), []);
    assert.equal(profitsSetAside(text, "fr"), 2);
    const english =
      "Norlys said its net income for the quarter rose to ¥410 billion ($2.7 billion), a record.";
    assert.deepEqual(values(english, "en"), []);
  });

  it("a revenue figure converted in parentheses stays a claim", () => {
    assert.deepEqual(
      values("Le chiffre d'affaires d'Ostrel a atteint 900 milliards de yens (5,2 milliards d'euros).", "fr")
        .length,
      2,
    );
  });
});
