import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("capacity under contract, the total an operator reports, is a reported level", () => {
  it("reads 'contracted power', « capacité sous contrat », « puissance contractée » as reported (en, fr)", () => {
    const rose =
      "Korvane Cloud said its contracted power rose by 400 megawatts in the quarter to 1.6 gigawatts.";
    const claims = extract(rose, "en", "2025-08-12");
    assert.equal(claimAt(claims, 0.4).qualifier, "reported");
    assert.equal(claimAt(claims, 1.6).qualifier, "reported");
    const under = "Nebius had 1.6 GW of power under contract at the end of June.";
    assert.equal(claimAt(extract(under, "en", "2025-08-12"), 1.6).qualifier, "reported");
    const sous =
      "CoreWeave dispose désormais de 1,6 gigawatt de capacité sous contrat, contre 1,2 gigawatt trois mois plus tôt.";
    const fr = extract(sous, "fr", "2025-08-12");
    assert.equal(claimAt(fr, 1.6).qualifier, "reported");
    assert.equal(claimAt(fr, 1.2).qualifier, "reported");
  });

  it("keeps capacity contracted from a supplier, or under contracts signed, a commitment", () => {
    const verb =
      "Korvane Cloud has contracted 900 megawatts of power from Ostrel Energy for its Texas campus.";
    assert.equal(claimAt(extract(verb, "en", "2025-08-12"), 0.9).qualifier, "commitment");
    const signed = "Nebius a signé un contrat de 1,6 gigawatt avec un électricien texan.";
    assert.equal(claimAt(extract(signed, "fr", "2025-08-12"), 1.6).qualifier, "commitment");
  });
});
