import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader, periodEndYear } from "../../../test/support/claims.js";

const extract = claimReader("2026-02-06");

describe("period: a run-rate that comes with a quarter's figure is dated at the quarter's end", () => {
  it("with an annualized run rate of, soit un rythme annualisé de, for an annual run rate of (EN and FR)", () => {
    const en = extract(
      "Palvo's hosting revenue climbed to $7 billion over the fourth quarter, up by a fifth on the year, with an annualized run rate of $28 billion.",
    );
    assert.equal(periodEndYear(at(en, 28e9)), "2025");
    const fr = extract(
      "Les revenus cloud de Palvo ont atteint 7 milliards de dollars sur le quatrième trimestre, un cinquième de plus qu'un an plus tôt, soit un rythme annualisé de 28 milliards de dollars.",
      "fr",
    );
    assert.equal(periodEndYear(at(fr, 28e9)), "2025");
    const q3 = extract(
      "Palvo's subscription sales grew 40% to $2 billion in the third quarter, a record for the group, for an annual run rate of $8 billion.",
      "en",
      "2025-11-04",
    );
    assert.equal(JSON.stringify(at(q3, 8e9).period), '{"asOf":"2025-09"}');
  });

  it("near-miss: a run-rate in a sentence of its own keeps the publication date", () => {
    const alone = extract(
      "Palvo's hosting revenue climbed to $7 billion over the fourth quarter, up by a fifth on the year. The annualized run rate is $30 billion.",
    );
    assert.equal(JSON.stringify(at(alone, 30e9).period), '{"asOf":"2026-02"}');
  });
});
