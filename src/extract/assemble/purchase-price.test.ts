import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract, ownerMetricValue } from "../../../test/support/claims.js";

describe("a company bought in the figure's sentence", () => {
  it("makes a deal's value or the price after 'for' the acquisition price", () => {
    assert.deepEqual(
      ownerMetricValue(
        "In May Nebius agreed to buy Lambda, a smaller rival, in an all-stock deal valued at about $3 billion.",
        "en",
      ),
      [["Nebius", "acquisition_price", 3e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Last week Oracle struck a deal to buy Cohere, the Canadian lab, for $2.5 billion.",
        "en",
      ),
      [["Oracle", "acquisition_price", 2.5e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Nebius a annoncé le rachat de Lambda, une opération entièrement en actions qui valorisait la société 3 milliards de dollars.",
        "fr",
      ),
      [["Nebius", "acquisition_price", 3e9]],
    );
  });

  it("leaves chips, capacity or shares bought as they were read", () => {
    assert.deepEqual(
      ownerMetricValue("Oracle agreed to buy Nvidia chips in a deal valued at about $40 billion.", "en").map(
        (c) => c[1],
      ),
      ["compute_commitment"],
    );
  });
});

describe("the noun or verb of buying before the company bought", () => {
  it("names the company bought, never the buyer (fr)", () => {
    assert.deepEqual(
      ownerMetricValue("AMD a finalisé l'acquisition de Cerebras pour 4,1 milliards de dollars.", "fr"),
      [["AMD", "acquisition_price", 4.1e9]],
    );
    assert.deepEqual(
      ownerMetricValue("Mistral AI s'empare de Zorvane, une pépite du cloud, pour environ 60 M€.", "fr"),
      [["Mistral AI", "acquisition_price", 60e6]],
    );
  });

  it("makes the company bought the counterparty even when unknown (fr, en)", () => {
    const fr = extract("Salesforce met la main sur Quillonis pour 7 milliards de dollars.", "fr");
    assert.deepEqual([fr[0]?.entity, fr[0]?.counterparty], ["Salesforce", "Quillonis"]);
    const en = extract("Salesforce agreed to acquire Quillonis for $7 billion.", "en");
    assert.deepEqual([en[0]?.entity, en[0]?.counterparty], ["Salesforce", "Quillonis"]);
  });
});

describe("a purchase told as under way or to come", () => {
  it("is the buyer's committed price (fr)", () => {
    const claim = claimAt(
      extract("Nvidia rachètera Enfabrica pour 900 millions de dollars, a indiqué le groupe.", "fr"),
      9e8,
    );
    assert.deepEqual(
      [claim.entity, claim.metric, claim.qualifier],
      ["Nvidia", "acquisition_price", "commitment"],
    );
  });

  it("is the buyer's committed price (en)", () => {
    const claim = claimAt(extract("Nvidia is buying Enfabrica for $900 million.", "en"), 9e8);
    assert.deepEqual(
      [claim.entity, claim.metric, claim.qualifier],
      ["Nvidia", "acquisition_price", "commitment"],
    );
  });
});

describe("goods bought from a seller named after them", () => {
  it("are a compute purchase from that seller, not the price of the seller (EN, FR)", () => {
    const read = (text: string, language: "fr" | "en") =>
      extract(text, language).map((c) => `${c.entity}→${c.counterparty} ${c.metric}`);
    assert.deepEqual(read("IREN will buy the chips from Dell Technologies for about $5.8 billion.", "en"), [
      "IREN→Dell compute_commitment",
    ]);
    assert.deepEqual(
      read("IREN achètera les puces auprès de Dell pour environ 5,8 milliards de dollars.", "fr"),
      ["IREN→Dell compute_commitment"],
    );
    assert.deepEqual(
      read("Vistra agreed to buy seven gas plants from Lotus Infrastructure for $1.9 billion.", "en").map(
        (c) => c.split(" ").at(-1),
      ),
      ["acquisition_price"],
    );
  });
});
