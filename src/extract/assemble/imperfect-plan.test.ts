import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: the French imperfect of a plan verb is a plan, like its present", () => {
  it("« a déclaré qu'il visait des dépenses de … » is a target (FR)", () => {
    const claims = extract(
      "Meta a déclaré jeudi qu'il visait des dépenses d'investissement de 70 à 72 milliards de dollars cette année.",
      "fr",
      "2025-10-30",
    );
    assert.equal(claimAt(claims, 70e9).qualifier, "target");
  });

  it("« comptait investir », « entendait consacrer » are targets (FR)", () => {
    const counted = extract(
      "Selon son président, Amazon comptait investir 8 milliards d'euros dans ses centres de données en Allemagne.",
      "fr",
    );
    assert.equal(claimAt(counted, 8e9).qualifier, "target");
    const meant = extract(
      "Oracle entendait consacrer 25 milliards de dollars à ses nouveaux centres de données, a-t-elle précisé.",
      "fr",
    );
    assert.equal(claimAt(meant, 25e9).qualifier, "target");
  });
});
