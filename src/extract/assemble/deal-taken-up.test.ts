import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("counterparty: a figure of the deal the sentence before told", () => {
  it("a figure in a sentence opening on the deal has the deal's other party (EN, FR)", () => {
    const en = extract(
      "Mistral AI signed a contract with Microsoft worth about $30 billion over six years. The agreement starts in 2027 and secures Mistral AI about 2 gigawatts of compute.",
    );
    assert.equal(claimAt(en, 2).counterparty, "Microsoft");
    const fr = extract(
      "Mistral AI a signé avec Microsoft un contrat d'environ 30 milliards de dollars sur six ans. Cet accord garantit à Mistral AI environ 2 gigawatts de puissance de calcul.",
      "fr",
    );
    assert.equal(claimAt(fr, 2).counterparty, "Microsoft");
  });

  it("a sentence that does not open on the deal keeps no counterparty (EN)", () => {
    const claims = extract(
      "Mistral AI signed a contract with Microsoft worth about $30 billion over six years. Mistral AI also plans 2 gigawatts of its own capacity in France.",
    );
    assert.equal(claimAt(claims, 2).counterparty, null);
  });
});
