import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader, periodEndYear } from "../../../test/support/claims.js";

const extract = claimReader("2025-11-05");

describe("period: a year named as the base of a comparison is not the figure's", () => {
  it("compared with the same period in 2024, par rapport à la même période de 2024, the same months in 2024", () => {
    const en = extract(
      "Dravo's sales rose 40% to $3 billion in the third quarter, compared with the same period in 2024.",
    );
    assert.equal(periodEndYear(at(en, 3e9)), "2025");
    const fr = extract(
      "Le chiffre d'affaires de Dravo a bondi de 40 % à 3 milliards d'euros au troisième trimestre, par rapport à la même période de 2024.",
      "fr",
    );
    assert.equal(periodEndYear(at(fr, 3e9)), "2025");
    const months = extract(
      "Dravo booked sales of $3 billion in the third quarter, up 40% compared to the same months in 2024.",
    );
    assert.equal(periodEndYear(at(months, 0.4)), "2025");
  });

  it("near-misses: a figure of the year named, the same period in a later year", () => {
    assert.equal(periodEndYear(at(extract("Dravo's sales reached $3 billion in 2024."), 3e9)), "2024");
    const later = extract(
      "Dravo's net loss narrowed from $31 million in the first nine months of 2024 to $8 million during the same period in 2025.",
    );
    assert.equal(periodEndYear(at(later, 8e6)), "2025");
  });
});
