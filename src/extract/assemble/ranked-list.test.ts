import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).entity;

describe("a ranking that names each company before its figure", () => {
  it('gives "followed by X at $B and Y at $C" to X and Y, the leader keeping its own (en)', () => {
    const text =
      "Meta led the spending race with $19 billion of capital expenditure in the quarter, followed by Oracle at $8.5 billion and CoreWeave at $2.9 billion.";
    const claims = extract(text, "en");
    assert.equal(claimAt(claims, 19_000_000_000).entity, "Meta");
    assert.equal(claimAt(claims, 8_500_000_000).entity, "Oracle");
    assert.equal(claimAt(claims, 2_900_000_000).entity, "CoreWeave");
  });

  it('gives "suivi d\'X avec …" to X (fr)', () => {
    const text =
      "Meta arrive en tête avec 19 milliards de dollars d'investissements au trimestre, suivi d'Oracle avec 8,5 milliards de dollars.";
    assert.equal(ownerOf(text, "fr", 8_500_000_000), "Oracle");
  });

  it("leaves a figure with no company right before it to the sentence's owner (en)", () => {
    const text = "Oracle signed the contract first, then raised its capital expenditure plan to $35 billion.";
    assert.equal(ownerOf(text, "en", 35_000_000_000), "Oracle");
  });
});
