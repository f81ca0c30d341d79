import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract, periodEndYear } from "../../../test/support/claims.js";

const RESULTS = "Iliad a dépassé les prévisions de ventes sur les trois derniers mois de l'année. ";
const RESULTS_EN = "Iliad topped its sales forecasts for the last three months of the year. ";

describe("capital spending with no date after capital spending dated to a year takes that year", () => {
  it("dates the market's figure set against a year's budget to that year (fr, en)", () => {
    const fr = `${RESULTS}Pour 2026, Iliad prévoit des dépenses d'investissement comprises entre 14 et 17 milliards de dollars. Le consensus se situait à 12,2 milliards de dollars.`;
    assert.equal(periodEndYear(claimAt(extract(fr, "fr", "2026-02-05"), 12.2e9)), "2026");
    const en = `${RESULTS_EN}Iliad guided to capital expenditure of $14 billion to $17 billion for 2026. Analysts had expected $12.2 billion.`;
    assert.equal(periodEndYear(claimAt(extract(en, "en", "2026-02-05"), 12.2e9)), "2026");
  });

  it("dates the rise of a year's budget to that year, its base to its own (fr)", () => {
    const text = `Iliad s'est fixé pour 2026 un budget d'investissement de 15 milliards de dollars. Cela représente une progression de 70 % sur les 8,8 milliards investis en 2025.`;
    const claims = extract(text, "fr", "2026-02-05");
    assert.equal(periodEndYear(claimAt(claims, 0.7)), "2026");
    assert.equal(periodEndYear(claimAt(claims, 8.8e9)), "2025");
  });

  it("carries no year across paragraphs", () => {
    const text = `${RESULTS}Pour 2027, Iliad prévoit des dépenses d'investissement de 15 milliards de dollars.\n\nLe consensus se situait à 12,2 milliards de dollars de dépenses d'investissement.`;
    assert.notEqual(periodEndYear(claimAt(extract(text, "fr", "2026-02-05"), 12.2e9)), "2027");
  });
});
