import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const raisedMoney = claimFields(["entity", "metric", "value"], {
  published: "2026-03-02",
  where: (c) => ["funding_round", "valuation", "debt_issuance"].includes(c.metric ?? ""),
});

describe("the investors of a round own neither the round nor its valuation", () => {
  it("leaves the valuation to the company raising past a lead investor and participants (en)", () => {
    const text =
      "Cohere said on Monday it had raised $600 million in a funding round led by venture firm Sequoia with participation from chipmakers Nvidia, Intel and AMD, valuing the startup at about $4 billion.";
    assert.deepEqual(raisedMoney(text, "en"), [
      ["Cohere", "funding_round", 600e6],
      ["Cohere", "valuation", 4e9],
    ]);
  });

  it("leaves the valuation to the company raising past a lead investor and participants (fr)", () => {
    const text =
      "Cohere a annoncé lundi avoir levé 600 millions d'euros lors d'un tour de table mené par le fonds Sequoia avec la participation de Nvidia, Intel et AMD, valorisant la start-up à environ 4 milliards d'euros.";
    assert.deepEqual(raisedMoney(text, "fr"), [
      ["Cohere", "funding_round", 600e6],
      ["Cohere", "valuation", 4e9],
    ]);
  });

  it("leaves a quoted raise to the company speaking, not the partners it works with (en)", () => {
    const text =
      'Cohere expands. "We intend to raise $800 million working with Oracle and all the other hyperscalers," Cohere\'s chief executive said.';
    assert.deepEqual(raisedMoney(text, "en"), [["Cohere", "funding_round", 800e6]]);
  });

  it("leaves a quoted raise to the company speaking, not the partners it works with (fr)", () => {
    const text =
      "Cohere grandit. « Nous voulons lever 800 millions de dollars en partenariat avec Oracle et les autres hyperscalers », a déclaré le patron de Cohere.";
    assert.deepEqual(raisedMoney(text, "fr"), [["Cohere", "funding_round", 800e6]]);
  });

  it("leaves debt raised to the borrower, not the partners it works with (en)", () => {
    const text =
      'Cohere expands. "We plan to raise $2 billion of debt working with Oracle and all the other hyperscalers," its chief executive said.';
    assert.deepEqual(raisedMoney(text, "en"), [["Cohere", "debt_issuance", 2e9]]);
  });

  it("reads a backer named in apposition as no owner (en)", () => {
    const text = "Cohere, the startup backed by Nvidia, has raised $600 million at a $4 billion valuation.";
    assert.deepEqual(raisedMoney(text, "en"), [
      ["Cohere", "funding_round", 600e6],
      ["Cohere", "valuation", 4e9],
    ]);
  });

  it("reads a backer named in apposition as no owner (fr)", () => {
    const text =
      "Cohere, la jeune pousse soutenue par Nvidia, a levé 600 millions d'euros, pour une valorisation de 4 milliards.";
    assert.deepEqual(raisedMoney(text, "fr"), [
      ["Cohere", "funding_round", 600e6],
      ["Cohere", "valuation", 4e9],
    ]);
  });

  it("keeps the company raising named after its backers (en)", () => {
    const text = "Backed by Nvidia and Cisco, Cohere raised $600 million at a valuation of $4 billion.";
    assert.deepEqual(raisedMoney(text, "en"), [
      ["Cohere", "funding_round", 600e6],
      ["Cohere", "valuation", 4e9],
    ]);
  });

  it("reads a name opening the next clause after the investors as no investor (en)", () => {
    const text =
      "Nvidia keeps investing. The round was led by Nvidia and Cohere is now valued at $5 billion.";
    assert.deepEqual(raisedMoney(text, "en"), [["Cohere", "valuation", 5e9]]);
  });

  it("reads a name opening the next clause after the investors as no investor (fr)", () => {
    const text =
      "Nvidia continue d'investir. Le tour de table a été mené par Nvidia et Cohere est désormais valorisée 5 milliards de dollars.";
    assert.deepEqual(raisedMoney(text, "fr"), [["Cohere", "valuation", 5e9]]);
  });
});

describe("a relative clause that values someone else", () => {
  it("leaves the valuation to the company valued, not to the name the clause follows", () => {
    assert.deepEqual(
      raisedMoney(
        "La start-up Fluxion a levé 500 millions d'euros lors d'un tour de table mené par Bpifrance, qui la valorise 4 milliards d'euros.",
        "fr",
      ),
      [
        ["Fluxion", "funding_round", 5e8],
        ["Fluxion", "valuation", 4e9],
      ],
    );
    assert.deepEqual(
      raisedMoney(
        "The startup Fluxion raised $500 million in a round led by Fidelity, which valued the startup at $4 billion.",
        "en",
      ),
      [
        ["Fluxion", "funding_round", 5e8],
        ["Fluxion", "valuation", 4e9],
      ],
    );
  });

  it("reads the lead past a backer's name spelled out before its short form in brackets", () => {
    assert.deepEqual(
      raisedMoney(
        "Mistral AI is growing fast. A €900 million round, backed by the Canada Pension Plan Fund (CPPIB), closed in March.",
        "en",
      ),
      [["Mistral AI", "funding_round", 900e6]],
    );
    assert.deepEqual(
      raisedMoney(
        "Mistral AI is growing fast. A €900 million round closed in March, led by the Norwegian Wealth Fund (NBIM).",
        "en",
      ),
      [["Mistral AI", "funding_round", 900e6]],
    );
    assert.deepEqual(
      raisedMoney(
        "Mistral AI accélère. Une levée de 900 millions d'euros s'est conclue en mars, pilotée par le Fonds de Pension du Canada (CPPIB).",
        "fr",
      ),
      [["Mistral AI", "funding_round", 900e6]],
    );
  });
});
