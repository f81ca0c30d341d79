import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

/** « contre 8,1 milliards anticipés », « contre 3 milliards escomptés »: the term a result is set against, the market's. */
describe("qualifier: a figure the market expected, said right after it (FR)", () => {
  it("« anticipés », « escomptés » after the compared figure are the market's estimate", () => {
    const anticipated = extract(
      "Le chiffre d'affaires de Samsung a atteint 86,1 billions de wons, contre 84,3 billions anticipés.",
      "fr",
    );
    assert.equal(claimAt(anticipated, 84.3e12).qualifier, "estimated");
    const hoped = extract(
      "Les revenus d'Arista ont atteint 2,3 milliards de dollars au troisième trimestre, contre 2,2 milliards escomptés.",
      "fr",
    );
    assert.equal(claimAt(hoped, 2.2e9).qualifier, "estimated");
    assert.equal(claimAt(hoped, 2.3e9).qualifier, "reported");
  });

  it("near miss: the company's own anticipated figure, told before the figure, stays its target", () => {
    const fr = extract(
      "Arista anticipe un chiffre d'affaires de 2,5 milliards de dollars au quatrième trimestre.",
      "fr",
    );
    assert.equal(claimAt(fr, 2.5e9).qualifier, "target");
  });
});
