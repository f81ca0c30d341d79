import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertOwnedUnderTitle } from "../../../test/support/probes.js";
import { singularReferent } from "./singular-anaphor.js";

/**
 * Invented sentences: a singular description ("le groupe", "the company") after a collective
 * (« les GAFAM », "Big Tech") whose members the text then lists stands for the article's company.
 */
const owns = assertOwnedUnderTitle;

describe("a singular description where the text speaks of several companies", () => {
  it("« le groupe » after « les GAFAM » and their list: the article's company", () => {
    owns(
      "Amazon dévoile ses résultats. Les GAFAM résistent au ralentissement. Ses chiffres tombent juste après ceux, historiques, de Google, de Microsoft et d'Apple. Le groupe a dégagé des ventes trimestrielles de 190 milliards de dollars.",
      190e9,
      "Amazon",
      "fr",
    );
    owns(
      "Oracle dévoile ses résultats. Les hyperscalers résistent. Les comptes d'Oracle arrivent après ceux de Google, Microsoft et Amazon. La société a dégagé des ventes trimestrielles de 19 milliards de dollars.",
      19e9,
      "Oracle",
      "fr",
    );
    owns(
      "Amazon reports today. Big Tech keeps beating forecasts. Amazon's numbers come after record results from Google, Microsoft and Apple. The company booked quarterly sales of $190 billion.",
      190e9,
      "Amazon",
    );
  });

  it("near miss: a plural pronoun after the collective keeps the companies together", () => {
    owns(
      "Amazon dévoile ses résultats. Les GAFAM résistent au ralentissement. Ses chiffres tombent juste après ceux, historiques, de Google, de Microsoft et d'Apple. Ensemble, ils ont dépensé 190 milliards de dollars en infrastructures.",
      190e9,
      "GAFAM",
      "fr",
    );
  });

  it("near miss: one company as the topic is taken up as before", () => {
    owns(
      "Velorine posted its accounts on Tuesday. The company booked quarterly sales of $4 billion.",
      4e9,
      "Velorine",
    );
    assert.equal(singularReferent("Oracle", "Amazon", ["GAFAM"]), "Oracle");
  });

  it("a plural topic: the article's company when it is one company, else the topic as it was", () => {
    assert.equal(singularReferent("GAFAM", "Amazon", ["GAFAM"]), "Amazon");
    assert.equal(singularReferent("Microsoft+Meta", "Meta", []), "Meta");
    assert.equal(singularReferent("Microsoft+Meta", "Big Tech", ["Big Tech"]), "Microsoft+Meta");
    assert.equal(singularReferent("GAFAM", null, ["GAFAM"]), "GAFAM");
  });
});
