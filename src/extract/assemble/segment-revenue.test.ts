import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields, ownerMetricValue } from "../../../test/support/claims.js";

describe("sales in data centres, a segment's revenue", () => {
  it("reads revenue « dans les centres de données » as revenue, not capital spending (FR)", () => {
    const text =
      "Le chiffre d'affaires d'AMD dans les centres de données – 4,3 milliards de dollars au troisième trimestre – a battu le consensus.";
    assert.deepEqual(ownerMetricValue(text, "fr"), [["AMD", "revenue", 4.3e9]]);
  });

  it("still reads money put into data centres as capital spending (FR, EN)", () => {
    assert.deepEqual(
      ownerMetricValue("AMD investira 2 milliards de dollars dans les centres de données.", "fr"),
      [["AMD", "capex", 2e9]],
    );
    assert.deepEqual(ownerMetricValue("AMD will invest $2 billion in data centers.", "en"), [
      ["AMD", "capex", 2e9],
    ]);
  });
});

describe("an amount paid out as each gigawatt is deployed", () => {
  it("is the total invested, not a cost per gigawatt (EN)", () => {
    const text = "AMD plans to invest up to $20 billion in Crusoe as each gigawatt is deployed.";
    assert.deepEqual(ownerMetricValue(text, "en"), [["AMD", "investment", 20e9]]);
  });

  it("keeps a cost per gigawatt (EN)", () => {
    const text = "Each gigawatt of capacity costs Crusoe about $40 billion to build.";
    assert.deepEqual(
      ownerMetricValue(text, "en").map(([, metric]) => metric),
      ["cost_per_gw"],
    );
  });
});

describe("one gigawatt of compute priced after 'that', 'que'", () => {
  it("is a cost per gigawatt, and the gigawatt an example (EN, FR)", () => {
    const en =
      "For Anthropic, industry executives estimate that 1 GW of AI compute can cost $40 billion to $50 billion.";
    assert.deepEqual(ownerMetricValue(en, "en"), [["Anthropic", "cost_per_gw", 40e9]]);
    const fr =
      "Pour Mistral AI, les analystes estiment que 1 GW de calcul peut coûter 45 milliards de dollars.";
    assert.deepEqual(ownerMetricValue(fr, "fr"), [["Mistral AI", "cost_per_gw", 45e9]]);
  });
});

const read = claimFields(["metric", "value"]);

describe("money a line of business brings in is revenue, not a contract for sites nor their cost", () => {
  it('"from data centers", "in data center sales", "made … from" (en)', () => {
    assert.deepEqual(
      read("Broadcom's revenue reached $18 billion, with $6.5 billion from data centers.", "en"),
      [
        ["revenue", 18e9],
        ["revenue", 6.5e9],
      ],
    );
    assert.deepEqual(
      read("Broadcom posted revenue of $18 billion, including $6.5 billion in data center sales.", "en"),
      [
        ["revenue", 18e9],
        ["revenue", 6.5e9],
      ],
    );
    assert.deepEqual(read("Broadcom made $6.5 billion from its AI business in the third quarter.", "en"), [
      ["revenue", 6.5e9],
    ]);
  });

  it("« provenant des centres de données » (fr)", () => {
    assert.deepEqual(
      read(
        "Broadcom a publié un chiffre d'affaires de 18 milliards de dollars, 6,5 milliards provenant des centres de données.",
        "fr",
      ),
      [
        ["revenue", 18e9],
        ["revenue", 6.5e9],
      ],
    );
  });

  it("money from a cloud giant, or spent in data centres, is no revenue (fr, en)", () => {
    assert.deepEqual(read("Broadcom will invest $6.5 billion in data centers in Texas.", "en"), [
      ["capex", 6.5e9],
    ]);
    assert.deepEqual(
      read("Broadcom investira 6,5 milliards de dollars dans des centres de données au Texas.", "fr"),
      [["capex", 6.5e9]],
    );
    assert.notDeepEqual(read("Cohere raised $500 million from cloud giants.", "en"), [["revenue", 5e8]]);
  });
});
