import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("spending plans read one after another, and the last quarter", () => {
  it("'quand X vise entre A et B' shares the capex of the figure before, not a word inside its noun (FR)", () => {
    const claims = extract(
      "Oracle anticipe 50 milliards de dollars de dépenses d'investissement cette année, quand CoreWeave vise entre 12 et 14 milliards.",
      "fr",
      "2026-02-12",
    );
    assert.equal(claimAt(claims, 12e9).entity, "CoreWeave");
    assert.equal(claimAt(claims, 12e9).metric, "capex");
    assert.equal(claimAt(claims, 12e9).counterparty, null);
  });

  it("'au cours du dernier trimestre' with no year is the latest quarter over, not the fourth (FR)", () => {
    const claims = extract(
      "Le chiffre d'affaires de Dassault Systèmes a atteint 1,7 milliard d'euros au cours du dernier trimestre.",
      "fr",
      "2026-05-12",
    );
    assert.deepEqual(claimAt(claims, 1.7e9).period, { start: "2026-01-01", end: "2026-03-31" });
  });
});
