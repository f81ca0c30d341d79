import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("counterparty: with a stake spoken of, the unlisted company an amount goes into is the investee", () => {
  it("'invested $X in Name, taking a stake' (EN)", () => {
    const claims = extract("Intel invested $350 million in SambaNova, taking a stake of about 9%.", "en");
    const investment = claimAt(claims, 350e6);
    assert.equal(investment.metric, "investment");
    assert.equal(investment.counterparty, "SambaNova");
    assert.equal(claimAt(claims, 0.09).counterparty, "SambaNova");
  });

  it("« a investi X dans Nom, … participation » (FR)", () => {
    const claims = extract(
      "Nvidia a investi 500 millions de dollars dans Poolside, pour une participation d'environ 4 %.",
      "fr",
    );
    const investment = claimAt(claims, 500e6);
    assert.equal(investment.metric, "investment");
    assert.equal(investment.counterparty, "Poolside");
  });

  it("an investment in a place, with no stake spoken of, stays the spender's capex (EN)", () => {
    const claims = extract("Microsoft will invest $3 billion in Wisconsin over two years.", "en");
    assert.equal(claimAt(claims, 3e9).metric, "capex");
  });
});
