import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, claimFields, extract } from "../../../test/support/claims.js";

const valuations = claimFields(["entity", "value"], { where: (c) => c.metric === "valuation" });

describe("the company a valuation is of", () => {
  it("is the name a participle in apposition values, not the sentence's subject (fr, en)", () => {
    assert.deepEqual(
      valuations("Nvidia devient le premier actionnaire de Cohere, valorisée 9 milliards d'euros", "fr"),
      [["Cohere", 9e9]],
    );
    assert.deepEqual(
      valuations(
        "SoftBank becomes the largest shareholder of Cohere (valued at $9 billion) after the deal.",
        "en",
      ),
      [["Cohere", 9e9]],
    );
  });

  it("is the one a description after 'valued' points back at: whose round the sentence names (en)", () => {
    const text =
      "Thrive Capital led Anthropic's $5 billion funding round in May, which valued the startup at $90 billion.";
    assert.deepEqual(valuations(text, "en"), [["Anthropic", 90e9]]);
  });

  it("is the one a stake is taken in, whoever takes it (en)", () => {
    const text =
      "Nvidia paid $2 billion for a 10% stake in Mistral AI, a deal that valued the French model developer at about $20 billion.";
    assert.deepEqual(valuations(text, "en"), [["Mistral AI", 20e9]]);
  });

  it("is the one a stake is taken in, or the one named after the verb (fr)", () => {
    const text =
      "Microsoft a investi 3 milliards de dollars dans Cohere, une opération qui valorisait la start-up canadienne environ 25 milliards de dollars.";
    assert.deepEqual(valuations(text, "fr"), [["Cohere", 25e9]]);
    assert.deepEqual(
      valuations(
        "Selon Reuters, le tour de table mené par Nvidia valorise Kyutai à 2 milliards d'euros.",
        "fr",
      ),
      [["Kyutai", 2e9]],
    );
  });

  it("is the one that raised or received the money, not the investor the relative clause follows", () => {
    const text =
      "This adds to the $500 million in funding that Cohere received last spring from funds such as Index Ventures and Radical Ventures, which had valued the firm at $5.5 billion.";
    assert.deepEqual(
      valuations(text, "en").find(([, v]) => v === 5.5e9),
      ["Cohere", 5.5e9],
    );
    const fr =
      "Cela s'ajoute aux 400 millions d'euros que Mistral AI a levés l'an dernier auprès de fonds comme Lightspeed et General Catalyst, qui avaient valorisé la société à 6 milliards d'euros.";
    assert.deepEqual(valuations(fr, "fr"), [["Mistral AI", 6e9]]);
  });
});

describe("valuation: the round the subject led in another company", () => {
  it("a valuation after a round led in another company is that company's (EN, FR)", () => {
    const en = extract(
      "General Catalyst led a $500 million round in Helsing at a $12 billion valuation.",
      "en",
      "2025-06-17",
    );
    assert.equal(claimAt(en, 12e9).entity, "Helsing");
    const fr = extract(
      "General Catalyst a mené un tour de 500 millions d'euros dans Helsing, sur la base d'une valorisation de 12 milliards.",
      "fr",
      "2025-06-17",
    );
    assert.equal(claimAt(fr, 12e9).entity, "Helsing");
  });
});

describe("valuation: the company whose round the sentence opens with", () => {
  it("is the one raising, not the nearest investor of the list that led the round (FR, EN)", () => {
    const fr = extract(
      "La levée de 6 milliards de dollars de Cohere, menée par Index Ventures, Nvidia et Salesforce, valorise l'entreprise à 40 milliards.",
      "fr",
    );
    assert.equal(claimAt(fr, 40e9).entity, "Cohere");
    const frTable = extract(
      "Le tour de table de Mistral AI, mené par General Catalyst et Lightspeed, valorise la société 14 milliards d'euros.",
      "fr",
    );
    assert.equal(claimAt(frTable, 14e9).entity, "Mistral AI");
    const en = extract(
      "The $6 billion round of Cohere, led by Index Ventures, Nvidia and Salesforce, values the company at $40 billion.",
    );
    assert.equal(claimAt(en, 40e9).entity, "Cohere");
  });
});
