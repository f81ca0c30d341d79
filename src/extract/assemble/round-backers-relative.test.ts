import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "low"]);

describe("a relative clause after the backers a round names", () => {
  it("values the company raising, not the backers (EN)", () => {
    assert.deepEqual(
      owners(
        "The Claude maker is said to be near a new raise backed by Amazon, Salesforce and Nvidia, which might lift its market value above $90 billion.",
        "en",
      ),
      [["Anthropic", "valuation", 9e10]],
    );
  });

  it("values the company raising, not the backers (FR)", () => {
    assert.deepEqual(
      owners(
        "Mistral AI prépare une levée menée par Nvidia, Salesforce et Samsung, qui porterait sa valorisation à 14 milliards d'euros.",
        "fr",
      ),
      [["Mistral AI", "valuation", 1.4e10]],
    );
  });

  it("leaves companies that are no round's backers owning what the relative clause says", () => {
    assert.deepEqual(
      owners(
        "Microsoft, Apple and Nvidia, which are worth more than $9 trillion together, lead the index.",
        "en",
      ).map(([entity, metric]) => [entity, metric]),
      [["Microsoft+Apple+Nvidia", "market_cap"]],
    );
  });
});
