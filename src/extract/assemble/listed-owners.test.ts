import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).entity;

describe("a list of figures each followed by its company", () => {
  it("gives « X de A et Y de B » to A and B (fr)", () => {
    const text =
      "Les émissions obligataires du secteur comprennent 40 milliards de dollars de Salesforce et 12 milliards de dollars d'Intel.";
    assert.equal(ownerOf(text, "fr", 40_000_000_000), "Salesforce");
    assert.equal(ownerOf(text, "fr", 12_000_000_000), "Intel");
  });

  it("gives three items joined by commas to their own companies (fr, other verb)", () => {
    const text =
      "Les obligations placées cet automne se répartissent ainsi : 9 milliards de dollars d'IBM, 6 milliards de dollars de Dell et 3 milliards de dollars d'Intel.";
    assert.equal(ownerOf(text, "fr", 9_000_000_000), "IBM");
    assert.equal(ownerOf(text, "fr", 6_000_000_000), "Dell");
    assert.equal(ownerOf(text, "fr", 3_000_000_000), "Intel");
  });

  it('gives "$X of A and $Y of B" to A and B (en)', () => {
    const text = "The bond wave included $14 billion of Dell and $7 billion of Intel, dealers said.";
    assert.equal(ownerOf(text, "en", 14_000_000_000), "Dell");
    assert.equal(ownerOf(text, "en", 7_000_000_000), "Intel");
  });

  it("leaves one figure of a single company's money, with no second item, to the subject (near-miss)", () => {
    const text = "IBM will invest $30 billion of Dell's former budget in 2026 and $20 billion in 2027.";
    assert.equal(ownerOf(text, "en", 30_000_000_000), "IBM");
  });
});

describe("two runs joined by slashes, paired in order", () => {
  it("pairs figures before their companies (en)", () => {
    const text = "- $12bn / $9bn / $4bn, Intel / IBM / Salesforce, 2026 capex guidance.";
    assert.equal(ownerOf(text, "en", 12_000_000_000), "Intel");
    assert.equal(ownerOf(text, "en", 9_000_000_000), "IBM");
    assert.equal(ownerOf(text, "en", 4_000_000_000), "Salesforce");
  });

  it("pairs companies before their figures (en)", () => {
    const text = "Capital expenditure planned for 2026 (Dell / IBM): $8bn / $5bn.";
    assert.equal(ownerOf(text, "en", 8_000_000_000), "Dell");
    assert.equal(ownerOf(text, "en", 5_000_000_000), "IBM");
  });

  it("pairs them in French", () => {
    const text =
      "Investissements prévus en 2026 : 7 milliards d'euros / 4 milliards d'euros pour Dell / Intel.";
    assert.equal(ownerOf(text, "fr", 7_000_000_000), "Dell");
    assert.equal(ownerOf(text, "fr", 4_000_000_000), "Intel");
  });

  it("leaves a list of companies with one figure, the group's, to the group (near-miss)", () => {
    const text =
      "Intel, IBM et Dell ont émis 30 milliards de dollars d'obligations en 2025 et 20 milliards de dollars en 2024.";
    assert.equal(ownerOf(text, "fr", 30_000_000_000), "Intel+IBM+Dell");
  });

  it("does not pair figures with a run of years (near-miss)", () => {
    const text = "Dell's capital expenditure reached $8bn / $9bn in 2024 / 2025.";
    assert.equal(ownerOf(text, "en", 8_000_000_000), "Dell");
    assert.equal(ownerOf(text, "en", 9_000_000_000), "Dell");
  });
});
