import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader, periodEndYear as year } from "../../../test/support/claims.js";

const extract = claimReader("2025-02-11", "fr");

describe("period: the parts of a total pledged by a horizon share the horizon", () => {
  it("an undated part of a total pledged by 2030 is spent by 2030 (FR)", () => {
    const claims = extract(
      "Le fonds Brookfield va investir 30 milliards d'euros en Allemagne d'ici 2030. Selon le journal, 12 milliards d'euros sont prévus par Brookfield pour de nouveaux centres de données.",
    );
    assert.equal(year(at(claims, 30e9)), "2030");
    assert.equal(year(at(claims, 12e9)), "2030");
  });

  it("an undated part of a total pledged through 2029 is spent through 2029 (EN)", () => {
    const claims = extract(
      "Brookfield plans to invest $30 billion in Germany by 2029. Brookfield also plans a further $8 billion for power plants.",
      "en",
    );
    assert.equal(year(at(claims, 8e9)), "2029");
  });

  it("a larger amount, or what was already invested, keeps its own date (FR)", () => {
    const claims = extract(
      "Le fonds Brookfield va investir 30 milliards d'euros en Allemagne d'ici 2030. Brookfield revendique plus de 150 milliards d'euros investis dans le monde.",
    );
    assert.equal(year(at(claims, 150e9)), "2025");
  });
});
