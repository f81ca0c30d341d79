import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerAt = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).entity;

describe("a counted collective joined by one more company: « Avec Meta, les trois sociétés… »", () => {
  it("stands for the companies counted before it and the one it is joined with (fr)", () => {
    const text =
      "Oracle vend du cloud. Amazon, Microsoft et Alphabet ont fait état de fortes dépenses. Avec Meta, les trois sociétés de cloud computing devraient dépenser collectivement plus de 500 milliards de dollars pour l'IA cette année.";
    assert.equal(ownerAt(text, "fr", 500e9), "Amazon+Microsoft+Alphabet+Meta");
  });

  it("'Together with Meta, the three companies…' (en)", () => {
    const text =
      "Oracle sells cloud capacity. Amazon, Microsoft and Alphabet reported heavy spending. Together with Meta, the three companies are expected to spend more than $500 billion on AI this year.";
    assert.equal(ownerAt(text, "en", 500e9), "Amazon+Microsoft+Alphabet+Meta");
  });

  it("keeps a count that the joined company would break when no company is joined", () => {
    const text =
      "Oracle sells cloud capacity. Amazon, Microsoft and Alphabet reported heavy spending. The three companies are expected to spend more than $400 billion on AI this year.";
    assert.equal(ownerAt(text, "en", 400e9), "Amazon+Microsoft+Alphabet");
  });
});
