import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

/** « contre 84 billions anticipés » after the market's expectations are named: the market's estimate. */
describe("qualifier: a figure the market expected, said right after it (FR)", () => {
  it("« anticipés », « escomptés » after the compared figure are the market's estimate", () => {
    const anticipated = extract(
      "Samsung a publié des résultats au-dessus des attentes. Le chiffre d'affaires de Samsung a atteint 86,1 billions de wons, contre 84,3 billions anticipés.",
      "fr",
    );
    assert.equal(claimAt(anticipated, 84.3e12).qualifier, "estimated");
    const hoped = extract(
      "Le consensus était prudent. Les revenus d'Arista ont atteint 2,3 milliards de dollars au troisième trimestre, contre 2,2 milliards escomptés.",
      "fr",
    );
    assert.equal(claimAt(hoped, 2.2e9).qualifier, "estimated");
    assert.equal(claimAt(hoped, 2.3e9).qualifier, "reported");
  });

  it("near miss: a figure anticipated beside the company's own objective stays its target", () => {
    const own = extract(
      "Cohere a dépassé son objectif de revenus. Sa perte annuelle atteint 2 milliards de dollars, sous les 2,4 milliards de dollars anticipés.",
      "fr",
    );
    assert.equal(claimAt(own, 2.4e9).qualifier, "target");
  });

  it("near miss: the company's own anticipated figure, told before the figure, stays its target", () => {
    const fr = extract(
      "Arista anticipe un chiffre d'affaires de 2,5 milliards de dollars au quatrième trimestre.",
      "fr",
    );
    assert.equal(claimAt(fr, 2.5e9).qualifier, "target");
  });
});
