import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("an obligation to pay for compute", () => {
  it("'on the hook for' is a compute commitment, a debt owed is not (EN)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "OpenAI is on the hook for $300 billion of computing power from Oracle over five years.",
        "en",
      ),
      [["OpenAI", "compute_commitment", 3e11]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Meta is on the hook for up to $14 billion in payments to CoreWeave through 2031.",
        "en",
      ),
      [["Meta", "compute_commitment", 1.4e10]],
    );
    assert.deepEqual(
      ownerMetricValue("Oracle is on the hook for $18 billion of bonds it sold in September.", "en"),
      [["Oracle", "debt_issuance", 1.8e10]],
    );
  });

  it("an amount pledged for compute is a commitment (EN, FR)", () => {
    assert.deepEqual(ownerMetricValue("OpenAI has pledged $1.4 trillion for compute.", "en"), [
      ["OpenAI", "compute_commitment", 1.4e12],
    ]);
    assert.deepEqual(
      ownerMetricValue("OpenAI a promis 1 400 milliards de dollars pour la puissance de calcul.", "fr"),
      [["OpenAI", "compute_commitment", 1.4e12]],
    );
  });
});

describe("money spent building one's own sites", () => {
  it("is capital spending (EN, FR)", () => {
    assert.deepEqual(
      ownerMetricValue("Anthropic will spend $50 billion building data centres in Texas and New York.", "en"),
      [["Anthropic", "capex", 5e10]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Anthropic va consacrer 50 milliards de dollars pour construire des centres de données au Texas.",
        "fr",
      ),
      [["Anthropic", "capex", 5e10]],
    );
  });

  it("money lent to a named builder stays the loan", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Oracle debt\n\nBanks led by JPMorgan are lending $38 billion to Vantage Data Centers to build two campuses for Oracle.",
        "en",
      ).map(([, metric]) => metric),
      ["debt_issuance"],
    );
  });
});

describe("a forecast raised by a company of the group just measured", () => {
  it("measures what the group's figure does, and 'raised' is no round (EN)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Alphabet, Microsoft and Meta together spent more than $78 billion on capital expenditures in the quarter.\n\nAlphabet lifted its forecast for the year to between $91 billion and $93 billion. Microsoft reported capex of $34.9 billion. Meta raised the bottom of its range and now sees $70 billion to $72 billion.",
        "en",
      ),
      [
        ["Alphabet+Microsoft+Meta", "capex", 7.8e10],
        ["Alphabet", "capex", 9.1e10],
        ["Microsoft", "capex", 3.49e10],
        ["Meta", "capex", 7e10],
      ],
    );
  });

  it("measures what the group's figure does (FR)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Amazon, Microsoft et Alphabet prévoient des dépenses d'investissement de 300 milliards de dollars cette année.\n\nAlphabet a relevé sa prévision à entre 91 et 93 milliards de dollars.",
        "fr",
      ),
      [
        ["Amazon+Microsoft+Alphabet", "capex", 3e11],
        ["Alphabet", "capex", 9.1e10],
      ],
    );
  });
});
