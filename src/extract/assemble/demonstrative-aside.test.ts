import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

/** A demonstrative after a name and an aside in brackets about it stands for that name (demonstratives.ts). */
const owners = claimFields(["entity", "value"], { published: "2025-10-20" });
const ownerOf = (text: string, language: "fr" | "en", value: number) =>
  owners(text, language).find(([, v]) => v === value)?.[0];

describe("a demonstrative after a name and its bracketed aside", () => {
  it("« Celui-ci » skips the company named inside the aside (fr)", () => {
    const text =
      "Oracle mise sur les néo-clouds\n\nOracle prend une part dans le britannique Fluidstack (fondé par deux anciens d'Amazon à Londres). Celui-ci prévoit de déployer 3 GW de capacité d'ici 2028.";
    assert.equal(ownerOf(text, "fr", 3), "Fluidstack");
  });

  it("'the latter' skips the company named inside the aside (en)", () => {
    const text =
      "Oracle bets on neoclouds\n\nOracle took a stake in Fluidstack (founded by two former Amazon engineers in London). The latter plans to deploy 3 GW of capacity by 2028.";
    assert.equal(ownerOf(text, "en", 3), "Fluidstack");
  });
});

describe("a bracket that is no closed aside (near miss)", () => {
  it("a company named after the aside is still the one mentioned last", () => {
    const text =
      "Oracle mise sur les néo-clouds\n\nFluidstack (fondé à Londres) travaille avec Oracle. Ce dernier prévoit d'investir 300 millions d'euros dans ses réseaux.";
    assert.equal(ownerOf(text, "fr", 3e8), "Oracle");
  });
});
