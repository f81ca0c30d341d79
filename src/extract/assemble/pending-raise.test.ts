import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: a raise still discussed or sought is rumoured", () => {
  it("« discute en coulisses d'une levée » (FR)", () => {
    const claims = extract(
      "Cohere discute en coulisses d'une levée de fonds qui porterait sa valorisation à 12 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(claims, 12e9).qualifier, "rumoured");
    const other = extract(
      "Poolside discute d'un nouveau tour de table de 2 milliards de dollars avec plusieurs fonds.",
      "fr",
    );
    assert.equal(claimAt(other, 2e9).qualifier, "rumoured");
  });

  it("'is discussing a new round' (EN)", () => {
    const claims = extract("Cursor is discussing a new funding round of $2 billion with investors.");
    assert.equal(claimAt(claims, 2e9).qualifier, "rumoured");
  });

  it("« cherche de nouveaux fonds », 'is seeking fresh capital' (FR, EN)", () => {
    const fr = extract(
      "D'après The Information, Mistral AI cherche désormais de nouveaux fonds lui permettant d'être valorisée à 8 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(fr, 8e9).qualifier, "rumoured");
    const en = extract(
      "Perplexity is now seeking fresh capital at a valuation of $25 billion, The Information reported.",
    );
    assert.equal(claimAt(en, 25e9).qualifier, "rumoured");
  });

  it("a round already closed stays reported", () => {
    const claims = extract("Poolside a levé 500 millions de dollars en octobre 2024.", "fr");
    assert.equal(claimAt(claims, 500e6).qualifier, "reported");
  });
});
