import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import { periodYear } from "../../core/index.js";

describe("period: a date in a past-tense relative clause about a later noun does not date the figure", () => {
  it("the operator's opening year does not date capacity it will lease (FR)", () => {
    const claims = extract(
      "Digital Realty fournira 60 MW à Mistral AI près de Marseille, a précisé le groupe américain, qui avait racheté le site en 2021.",
      "fr",
      "2025-11-10",
    );
    assert.equal(periodYear(claimAt(claims, 0.06).period), 2025);
  });

  it("the land's purchase year does not date the capacity leased (EN)", () => {
    const claims = extract(
      "Vantage will lease 200 MW to Anthropic in Texas, according to the developer, which bought the land in 2022.",
      "en",
      "2025-11-10",
    );
    assert.equal(periodYear(claimAt(claims, 0.2).period), 2025);
  });

  it("a relative clause describing the figure itself still dates it (EN)", () => {
    const claims = extract(
      "Anthropic raised $4 billion in a round which was completed in 2024.",
      "en",
      "2025-11-10",
    );
    assert.equal(periodYear(claimAt(claims, 4e9).period), 2024);
  });
});
