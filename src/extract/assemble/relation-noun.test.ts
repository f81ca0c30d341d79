import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("entity: a name that only qualifies the next one is not the subject", () => {
  it("'OpenAI investor Microsoft', 'OpenAI's partner Oracle', 'Microsoft customer Nebius' (EN)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "OpenAI investor Microsoft spent $34.9 billion on capital expenditures in the quarter.",
        "en",
      )[0],
      ["Microsoft", "capex", 34.9e9],
    );
    assert.deepEqual(
      ownerMetricValue(
        "OpenAI's partner Oracle expects capital expenditures of $35 billion this fiscal year.",
        "en",
      )[0],
      ["Oracle", "capex", 35e9],
    );
    assert.equal(
      ownerMetricValue(
        "Microsoft customer Nebius said its annualized run-rate revenue reached $551 million.",
        "en",
      )[0]?.[0],
      "Nebius",
    );
  });

  it("a company set aside for comparison: 'Unlike Apple, Meta …', 'Contrairement à Apple, Meta …' (EN, FR)", () => {
    assert.equal(
      ownerMetricValue(
        "Unlike Apple, Meta plans to spend as much as $72 billion on capital expenditures this year.",
        "en",
      )[0]?.[0],
      "Meta",
    );
    assert.equal(
      ownerMetricValue(
        "Contrairement à Apple, Meta prévoit de dépenser jusqu'à 72 milliards de dollars en investissements cette année.",
        "fr",
      )[0]?.[0],
      "Meta",
    );
  });

  it("the former of two companies before a past verb it names (EN, FR)", () => {
    const en = ownerMetricValue(
      "Microsoft and Meta both raised their outlooks; the former spent $34.9 billion on capital expenditures in the quarter.",
      "en",
    );
    assert.equal(en.find((c) => c[2] === 34.9e9)?.[0], "Microsoft");
    const fr = ownerMetricValue(
      "Microsoft et Meta ont relevé leurs prévisions ; le premier a dépensé 34,9 milliards de dollars en investissements au trimestre.",
      "fr",
    );
    assert.equal(fr.find((c) => c[2] === 34.9e9)?.[0], "Microsoft");
  });
});
