import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract, ownerMetricValue } from "../../../test/support/claims.js";

function deal(text: string, language: "en" | "fr", value: number): [string, string, string | null] {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.metric, claim.counterparty];
}

describe("a sale told from the company sold", () => {
  it("makes the buyer the owner of the price and the company sold its counterparty", () => {
    assert.deepEqual(
      deal("Lambda was sold to CoreWeave for $1.2 billion in an all-stock deal.", "en", 1.2e9),
      ["CoreWeave", "acquisition_price", "Lambda"],
    );
    assert.deepEqual(
      deal("Lambda will be sold to Nvidia for about $2 billion, the report said.", "en", 2e9),
      ["Nvidia", "acquisition_price", "Lambda"],
    );
    assert.deepEqual(deal("Lambda a été vendue à Nvidia pour 700 millions de dollars.", "fr", 700e6), [
      "Nvidia",
      "acquisition_price",
      "Lambda",
    ]);
    assert.deepEqual(deal("Lambda sera cédée pour environ 2 milliards de dollars à CoreWeave.", "fr", 2e9), [
      "CoreWeave",
      "acquisition_price",
      "Lambda",
    ]);
  });
});

describe("a stake or shares sold", () => {
  it("is no company bought", () => {
    for (const [text, language] of [
      ["SoftBank's whole stake in Nvidia was sold for $4.1 billion in May.", "en"],
      ["La participation de SoftBank dans Nvidia a été vendue pour 4,1 milliards de dollars.", "fr"],
    ] as const)
      assert.ok(!extract(text, language).some((c) => c.metric === "acquisition_price"), text);
  });
});

describe("a price a buyer pays for a named company", () => {
  it("reads 'will pay … for X', « paiera … pour X » as the acquisition price", () => {
    assert.deepEqual(
      ownerMetricValue("CoreWeave will pay $1.4 billion for Lambda, the company said.", "en"),
      [["CoreWeave", "acquisition_price", 1.4e9]],
    );
    assert.deepEqual(
      ownerMetricValue("Nvidia paiera 3 milliards de dollars pour les actifs de Lambda.", "fr"),
      [["Nvidia", "acquisition_price", 3e9]],
    );
    assert.deepEqual(ownerMetricValue("CoreWeave va débourser 1,4 milliard de dollars pour Lambda.", "fr"), [
      ["CoreWeave", "acquisition_price", 1.4e9],
    ]);
  });
});

describe("a price put on the table, or put up, for a named company", () => {
  it("reads it as the acquisition price, not an investment", () => {
    assert.deepEqual(
      ownerMetricValue("Nvidia mettra 5 milliards de dollars sur la table pour Lambda.", "fr"),
      [["Nvidia", "acquisition_price", 5e9]],
    );
    assert.deepEqual(ownerMetricValue("Nvidia put up $5 billion for Lambda, its largest bet yet.", "en"), [
      ["Nvidia", "acquisition_price", 5e9],
    ]);
  });

  it("leaves money put up for a funding round as it was read", () => {
    const claims = extract("Amazon put up $3 billion for Anthropic's latest funding round.", "en");
    assert.ok(!claims.some((c) => c.metric === "acquisition_price"));
  });
});

describe("a company that sold for a price to a buyer", () => {
  it("makes the buyer the owner", () => {
    assert.deepEqual(deal("Lambda sold for $1.5 billion to CoreWeave after months of talks.", "en", 1.5e9), [
      "CoreWeave",
      "acquisition_price",
      "Lambda",
    ]);
  });
});

describe("compute capacity bought from a supplier", () => {
  it("reads a purchase of cloud capacity as the buyer's commitment to the supplier", () => {
    assert.deepEqual(
      deal("OpenAI agreed in March to buy $12 billion of Azure capacity from Microsoft.", "en", 12e9),
      ["OpenAI", "compute_commitment", "Microsoft"],
    );
    assert.deepEqual(
      deal(
        "Anthropic a accepté en mars d'acheter pour 12 milliards de dollars de capacité cloud à Microsoft.",
        "fr",
        12e9,
      ),
      ["Anthropic", "compute_commitment", "Microsoft"],
    );
  });
});
