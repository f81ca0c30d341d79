import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimReader } from "../../../test/support/claims.js";
import type { Claim } from "../../core/index.js";

const extract = claimReader("2025-10-06");

const stake = (claims: Claim[]) => {
  const claim = claims.find((c) => c.metric === "equity_stake");
  assert.ok(claim, `no stake in ${JSON.stringify(claims.map((c) => c.metric))}`);
  return claim;
};

describe("qualifier: a stake a deal's warrants grant is a commitment", () => {
  it("a stake secured through warrants (EN)", () => {
    const claims = extract(
      "Alphabet backstopped the lease and has secured warrants for an approximately 6.1% equity stake in Cipher Mining.",
      "en",
    );
    assert.equal(stake(claims).qualifier, "commitment");
  });

  it("a stake the partner may take under the contract just named (FR)", () => {
    const claims = extract(
      "Le fabricant Broadcom a signé un contrat de plusieurs milliards de dollars avec Anthropic. En parallèle, Anthropic pourrait prendre jusqu'à 7 % du capital de Broadcom.",
      "fr",
    );
    assert.equal(stake(claims).qualifier, "commitment");
  });

  it("a stake sources say a company could take, with no deal named, stays a rumour (FR)", () => {
    const claims = extract(
      "Selon des sources proches du dossier, Anthropic pourrait prendre jusqu'à 7 % du capital de Broadcom.",
      "fr",
    );
    assert.notEqual(stake(claims).qualifier, "commitment");
  });
});
