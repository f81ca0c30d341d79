import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: a single unnamed source is hearsay as much as several", () => {
  it("one source, a source close to, a source confirmed (EN)", () => {
    const a = extract("Cohere's annual revenue passed $150 million in May, one source indicated.");
    assert.equal(claimAt(a, 150e6).qualifier, "rumoured");
    const b = extract(
      "A source close to the company said Perplexity had raised $300 million at a $9 billion valuation.",
    );
    assert.equal(claimAt(b, 300e6).qualifier, "rumoured");
    const c = extract("Crusoe closed a $900 million round last week, a source confirmed to a news agency.");
    assert.equal(claimAt(c, 900e6).qualifier, "rumoured");
  });

  it("une source proche du dossier, une source interne (FR)", () => {
    const a = extract("Selon une source proche du dossier, Mistral AI a levé 700 millions d'euros.", "fr");
    assert.equal(claimAt(a, 700e6).qualifier, "rumoured");
    const b = extract("D'après une source interne, Kyutai dépensera 60 millions d'euros en calcul.", "fr");
    assert.equal(claimAt(b, 60e6).qualifier, "rumoured");
  });

  it("a source of revenue or of funds is no informant", () => {
    const a = extract(
      "Cloud hosting is one source of Oracle's revenue, which reached $15 billion in the quarter.",
    );
    assert.notEqual(claimAt(a, 15e9).qualifier, "rumoured");
    const b = extract("Pour Mistral AI, une source de revenus a rapporté 80 millions d'euros en 2024.", "fr");
    assert.notEqual(claimAt(b, 80e6).qualifier, "rumoured");
  });
});
