import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader, periodEndYear } from "../../../test/support/claims.js";

const extract = claimReader("2026-02-06");

describe("period: a run-rate that comes with a quarter's figure is dated at the quarter's end", () => {
  it("with an annualized run rate of, soit un rythme annualisé de, for an annual run rate of (EN and FR)", () => {
    const en = extract(
      "Palvo's cloud revenue rose 24% to $9 billion in Q4, its fastest growth in 11 quarters, with an annualized run rate of $36 billion.",
    );
    assert.equal(periodEndYear(at(en, 36e9)), "2025");
    const fr = extract(
      "Les revenus cloud de Palvo ont progressé de 24 % à 9 milliards de dollars au quatrième trimestre, leur plus forte hausse depuis deux ans, soit un rythme annualisé de 36 milliards de dollars.",
      "fr",
    );
    assert.equal(periodEndYear(at(fr, 36e9)), "2025");
    const q3 = extract(
      "Palvo's subscription sales grew 40% to $2 billion in the third quarter, a record for the group, for an annual run rate of $8 billion.",
      "en",
      "2025-11-04",
    );
    assert.equal(JSON.stringify(at(q3, 8e9).period), '{"asOf":"2025-09"}');
  });

  it("near-miss: a run-rate in a sentence of its own keeps the publication date", () => {
    const alone = extract(
      "Palvo's cloud revenue rose 24% to $9 billion in Q4, its fastest growth in 11 quarters. The annualized run rate is $40 billion.",
    );
    assert.equal(JSON.stringify(at(alone, 40e9).period), '{"asOf":"2026-02"}');
  });
});
