import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("money a company raises is obtained once announced, signed or closed: reported", () => {
  it("reads a loan announced or signed as reported, not a commitment (en, fr)", () => {
    const announced = "CoreWeave announced a $2.4 billion delayed-draw term loan led by Blackstone.";
    assert.equal(claimAt(extract(announced, "en"), 2.4e9).qualifier, "reported");
    const signed = "CoreWeave has signed a $3 billion debt financing agreement with a group of lenders.";
    assert.equal(claimAt(extract(signed, "en"), 3e9).qualifier, "reported");
    const signé = "CoreWeave a signé un prêt de 1,5 milliard de dollars auprès de plusieurs banques.";
    assert.equal(claimAt(extract(signé, "fr"), 1.5e9).qualifier, "reported");
    const clôture = "Nebius a annoncé lundi la clôture d'un emprunt obligataire de 1 milliard de dollars.";
    assert.equal(claimAt(extract(clôture, "fr"), 1e9).qualifier, "reported");
  });

  it("leaves a raise still planned or in talks, and a compute contract, as they are", () => {
    const planned = "CoreWeave plans to raise $2 billion in debt next year.";
    assert.equal(claimAt(extract(planned, "en"), 2e9).qualifier, "target");
    const talks =
      "Lenders headed by Harwick Bank are discussing a $4 billion loan to Quarvel, two people briefed on the talks said.";
    assert.equal(claimAt(extract(talks, "en"), 4e9).qualifier, "rumoured");
    const contract = "OpenAI signed a $30 billion cloud contract with Oracle.";
    assert.equal(claimAt(extract(contract, "en"), 30e9).qualifier, "commitment");
  });
});
