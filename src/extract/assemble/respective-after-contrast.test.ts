import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("pledges to spend, and 'respectively' after a contrasting clause", () => {
  it("'s'est engagée à dépenser' and 'committed to spend' on compute are commitments (FR, EN)", () => {
    const fr = extract(
      "xAI s'est engagée à dépenser 12 milliards de dollars en capacité de calcul chez Oracle.",
      "fr",
      "2025-06-03",
    );
    assert.equal(claimAt(fr, 12e9).metric, "compute_commitment");
    assert.equal(claimAt(fr, 12e9).qualifier, "commitment");
    const en = extract(
      "xAI has committed to spend $12 billion on compute capacity from Oracle.",
      "en",
      "2025-06-03",
    );
    assert.equal(claimAt(en, 12e9).metric, "compute_commitment");
    assert.deepEqual(claimAt(en, 12e9).period, { asOf: "2025-06" });
  });

  it("'tandis que A et B investiront respectivement X et Y' gives X to A and Y to B, both in the first subject (FR)", () => {
    const claims = extract(
      "Mistral AI s'est engagée à louer 4 milliards d'euros de serveurs, tandis que ASML et Nvidia investiront respectivement 1 et 2 milliards d'euros dans la société.",
      "fr",
      "2025-06-03",
    );
    assert.deepEqual(
      [claimAt(claims, 1e9).entity, claimAt(claims, 1e9).counterparty],
      ["ASML", "Mistral AI"],
    );
    assert.deepEqual(
      [claimAt(claims, 2e9).entity, claimAt(claims, 2e9).counterparty],
      ["Nvidia", "Mistral AI"],
    );
  });

  it("the same list with 'respectively' after the figures (EN)", () => {
    const claims = extract(
      "Mistral AI agreed to rent €4 billion of servers, while ASML and Nvidia will invest €1 billion and €2 billion respectively in the company.",
      "en",
      "2025-06-03",
    );
    assert.equal(claimAt(claims, 1e9).entity, "ASML");
    assert.equal(claimAt(claims, 2e9).entity, "Nvidia");
  });
});
