import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("a deal sized by an estimate stays a commitment (CLAIMS.md §7: commitment before estimated)", () => {
  it("« un contrat estimé à », « un accord évalué à » (FR)", () => {
    const contrat = extract(
      "Anthropic a aussi conclu avec Google un contrat estimé à 12 milliards de dollars pour des puces TPU.",
      "fr",
    );
    assert.equal(claimAt(contrat, 12e9).qualifier, "commitment");
    const accord = extract(
      "Meta a signé avec Nebius un accord de location évalué à 3 milliards de dollars sur cinq ans.",
      "fr",
    );
    assert.equal(claimAt(accord, 3e9).qualifier, "commitment");
  });

  it("'a contract worth an estimated' (EN)", () => {
    const en = extract(
      "Anthropic signed a cloud contract with Google worth an estimated $12 billion for TPU chips.",
    );
    assert.equal(claimAt(en, 12e9).qualifier, "commitment");
  });

  it("an estimate of something that is no deal stays an estimate (near misses, FR, EN)", () => {
    const revenus = extract(
      "Les revenus d'Anthropic sont estimés à 5 milliards de dollars cette année.",
      "fr",
    );
    assert.equal(claimAt(revenus, 5e9).qualifier, "estimated");
    const valorisation = extract("La valorisation de Helsing est estimée à 12 milliards d'euros.", "fr");
    assert.equal(claimAt(valorisation, 12e9).qualifier, "estimated");
    const en = extract("Anthropic's revenue this year is an estimated $5 billion, an analyst said.");
    assert.equal(claimAt(en, 5e9).qualifier, "estimated");
  });
});
