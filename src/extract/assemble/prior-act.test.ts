import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: a figure an after-the-act adjunct tells is reported, not the rumour's", () => {
  it("'weeks after securing $X at a $Y valuation' beside talks told by sources (EN)", () => {
    const claims = extract(
      "Lambda is in talks to raise new funding, people familiar with the matter said, weeks after securing $300 million at a $2 billion valuation.",
      "en",
    );
    assert.equal(claimAt(claims, 300e6).qualifier, "reported");
    assert.equal(claimAt(claims, 2e9).qualifier, "reported");
  });

  it("« deux mois après avoir levé X » beside a round sources speak of (FR)", () => {
    const claims = extract(
      "Lambda chercherait à lever 500 millions d'euros, selon des sources, deux mois après avoir levé 120 millions d'euros.",
      "fr",
    );
    assert.equal(claimAt(claims, 120e6).qualifier, "reported");
    assert.equal(claimAt(claims, 500e6).qualifier, "rumoured");
  });

  it("the round the sources speak of stays rumoured (EN near miss)", () => {
    const claims = extract(
      "Lambda is in talks to raise $300 million, people familiar with the matter said, after a strong year.",
      "en",
    );
    assert.equal(claimAt(claims, 300e6).qualifier, "rumoured");
  });

  it("an adjunct closed before the figure does not reach it (FR near miss)", () => {
    const claims = extract(
      "Après avoir recruté cent ingénieurs, Lambda chercherait à lever 500 millions d'euros, selon des sources.",
      "fr",
    );
    assert.equal(claimAt(claims, 500e6).qualifier, "rumoured");
  });
});

describe("qualifier: a round the company says it has raised, after rumours in its paragraph", () => {
  it("« annonçant avoir bouclé X » is a finished act, no part of the talks (FR)", () => {
    const claims = extract(
      "Des rumeurs sur une levée de Lambda circulaient depuis juillet. La start-up, annonçant avoir bouclé un tour de 90 millions d'euros, vise l'Europe.",
      "fr",
    );
    assert.equal(claimAt(claims, 90e6).qualifier, "reported");
  });

  it("a round told in the present just after the rumours stays the rumour's (FR near miss)", () => {
    const claims = extract(
      "Des rumeurs sur une levée de Lambda circulaient depuis juillet. La start-up boucle un tour de 90 millions d'euros.",
      "fr",
    );
    assert.equal(claimAt(claims, 90e6).qualifier, "rumoured");
  });
});
