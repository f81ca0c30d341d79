import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader } from "../../../test/support/claims.js";

const extract = claimReader("2025-08-05");

describe("qualifier: an amount stated as already spent or earned is reported", () => {
  it("the base of a spending forecast, spent in a year or a fiscal year (EN)", () => {
    const fiscal = extract(
      "Korvane now expects capital expenditures of $40 billion for fiscal 2026, up from the $21 billion spent in fiscal 2025.",
    );
    assert.equal(at(fiscal, 40e9).qualifier, "target");
    assert.equal(at(fiscal, 21e9).qualifier, "reported");
    const soFar = extract(
      "Korvane lifted its capex outlook to $9 billion, triple the $3 billion spent in 2025 so far.",
    );
    assert.equal(at(soFar, 3e9).qualifier, "reported");
    const invested = extract(
      "Pellato Cloud expects capex to rise again next year, after the $6 billion invested in 2025.",
    );
    assert.equal(at(invested, 6e9).qualifier, "reported");
  });

  it("les milliards investis, dépensés (FR)", () => {
    const fr = extract(
      "Pellato prévoit de porter ses investissements à 40 milliards de dollars l'an prochain, après les 30 milliards investis en 2025.",
      "fr",
    );
    assert.equal(at(fr, 30e9).qualifier, "reported");
    assert.equal(at(fr, 40e9).qualifier, "target");
  });

  it("near-misses: an amount still to be spent, or spent over years to come, stays planned", () => {
    const later = extract(
      "Korvane expects to spend $40 billion in 2026, of which $21 billion will be spent on chips.",
    );
    assert.equal(at(later, 21e9).qualifier, "target");
    const ahead = extract(
      "Korvane plans to spend $50 billion on data centres by 2030, with $20 billion invested over the next two years.",
    );
    assert.equal(at(ahead, 20e9).qualifier, "target");
    const byYear = extract(
      "Korvane prévoit d'investir 50 milliards de dollars, dont 20 milliards investis d'ici 2027.",
      "fr",
    );
    assert.equal(at(byYear, 20e9).qualifier, "target");
  });
});
