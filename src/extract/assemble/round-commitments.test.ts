import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const metricOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language, "2026-02-10"), value).metric;

describe("money committed to a company's round is equity, not compute bought", () => {
  it("investors' commitment to a round or a tranche of it is their investment (en)", () => {
    assert.equal(
      metricOf(
        "Existing backers such as Lightspeed and Greenoaks have committed $400 million to the first tranche of Harvey's new round.",
        "en",
        400e6,
      ),
      "investment",
    );
    assert.equal(
      metricOf(
        "Sequoia pledged about $250 million toward the Series D round that Cursor is closing this month.",
        "en",
        250e6,
      ),
      "investment",
    );
  });

  it("investors' commitment to a round or a tranche of it is their investment (fr)", () => {
    assert.equal(
      metricOf(
        "Menée par General Catalyst avec un engagement de 500 millions d'euros, la levée de fonds de Helsing a aussi attiré Accel.",
        "fr",
        500e6,
      ),
      "investment",
    );
    assert.equal(
      metricOf(
        "General Catalyst et Lightspeed se sont engagés à hauteur de 300 millions d'euros dans le nouveau tour de table de Mistral AI.",
        "fr",
        300e6,
      ),
      "investment",
    );
  });

  it("the commitments a company has secured for its round are the round so far (en, fr)", () => {
    assert.equal(
      metricOf("Mistral AI has already secured $900 million in commitments for the round.", "en", 900e6),
      "funding_round",
    );
    assert.equal(
      metricOf(
        "Helsing a déjà obtenu 400 millions d'euros d'engagements pour sa levée de fonds, selon ses dirigeants.",
        "fr",
        400e6,
      ),
      "funding_round",
    );
  });

  it("a commitment with no round beside it stays a compute commitment (en, fr)", () => {
    assert.equal(
      metricOf(
        "Anthropic has committed $30 billion to Azure compute capacity over several years.",
        "en",
        30e9,
      ),
      "compute_commitment",
    );
    assert.equal(
      metricOf("Mistral AI a pris un engagement de 2 milliards d'euros auprès de Fluidstack.", "fr", 2e9),
      "compute_commitment",
    );
  });

  it("a cloud's commitment to a start-up's round is no spending on its own sites (en)", () => {
    assert.equal(
      metricOf(
        "Amazon and Alibaba have committed more than $600 million to the latest funding round of Moonshot AI.",
        "en",
        600e6,
      ),
      "investment",
    );
  });

  it("fresh capital after an amount is the round's money (fr, en)", () => {
    assert.equal(
      metricOf("Poolside négocie entre 1 et 2 milliards de dollars de capitaux frais.", "fr", 1e9),
      "funding_round",
    );
    assert.equal(
      metricOf("Poolside is negotiating about $2 billion in fresh capital with investors.", "en", 2e9),
      "funding_round",
    );
  });

  it("a round named « ronde de financement », valued by « a évalué l'entreprise à » (fr)", () => {
    const text =
      "Ce chiffre d'OpenAI rappelle la ronde de financement de 2 milliards de dollars conclue en mars, qui a évalué l'entreprise à 20 milliards de dollars.";
    assert.equal(metricOf(text, "fr", 2e9), "funding_round");
    assert.equal(metricOf(text, "fr", 20e9), "valuation");
  });
});
