import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** [entity, metric, low value] of every claim, in order. */
const read = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => [c.entity, c.metric, c.value.low ?? c.value.high]);

/** [metric, low value] of every claim, in order. */
const metrics = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => [c.metric, c.value.low ?? c.value.high]);

describe("what a deal's figures measure", () => {
  it("a site or a business sold to a named buyer for a price is the buyer's purchase price", () => {
    assert.deepEqual(
      read("Equinix has sold its Dallas data centre campus to Digital Realty for $420m.", "en"),
      [["Digital Realty", "acquisition_price", 4.2e8]],
    );
    assert.deepEqual(read("Oracle sells its Ohio site to Amazon for about $1.1 billion.", "en"), [
      ["Amazon", "acquisition_price", 1.1e9],
    ]);
    assert.deepEqual(
      metrics("Atos a cédé son centre de données de Lyon à Equinix pour 300 millions d'euros.", "fr"),
      [["acquisition_price", 3e8]],
    );
    // Chips or shares sold are no purchase of a business.
    assert.ok(
      !metrics("Nvidia sold 20,000 chips to xAI for $600 million.", "en").some(
        ([m]) => m === "acquisition_price",
      ),
    );
  });

  it("the instalments a price is paid in measure what the price measured", () => {
    assert.deepEqual(
      metrics(
        "Equinix has sold its campus to Digital Realty for $420m. The $420m will be paid in instalments – $220m on signing and $200m next year.",
        "en",
      ),
      [
        ["acquisition_price", 4.2e8],
        ["acquisition_price", 2.2e8],
        ["acquisition_price", 2e8],
      ],
    );
    assert.deepEqual(
      metrics(
        "Atos a cédé son site à Equinix pour 300 millions d'euros. Les 300 millions seront versés en deux fois : 200 millions à la signature et 100 millions en 2026.",
        "fr",
      ),
      [
        ["acquisition_price", 3e8],
        ["acquisition_price", 2e8],
        ["acquisition_price", 1e8],
      ],
    );
  });

  it("what a sale brings its seller, and shares sold for a total, are the deal's value, not costs or a contract", () => {
    assert.deepEqual(
      metrics(
        "After paying off debts and other costs, Talen expects net proceeds of $361m from the sale.",
        "en",
      ),
      [["deal_value", 3.61e8]],
    );
    assert.deepEqual(metrics("Orange attend un produit net de la cession de 500 millions d'euros.", "fr"), [
      ["deal_value", 5e8],
    ]);
    assert.deepEqual(
      metrics(
        "Dans le cadre de l'accord, les salariés de Mistral ont vendu des actions pour une valeur d'environ 2 milliards d'euros.",
        "fr",
      ),
      [["deal_value", 2e9]],
    );
    assert.deepEqual(metrics("Under the deal, OpenAI's staff sold shares for a total of $2 billion.", "en"), [
      ["deal_value", 2e9],
    ]);
    // Proceeds of notes are money borrowed.
    assert.deepEqual(
      metrics("CoreWeave will use the net proceeds of its $2 billion notes offering to repay loans.", "en"),
      [["debt_issuance", 2e9]],
    );
  });

  it("a deal, a contract or a lease valued at an amount is the contract's size, with the option to spend more", () => {
    assert.deepEqual(
      read(
        "Nebius will provide GPU capacity to Anthropic in a deal valued at $4 billion, with an option to spend up to $6 billion.",
        "en",
      ),
      [
        ["Anthropic", "compute_commitment", 4e9],
        ["Anthropic", "compute_commitment", 6e9],
      ],
    );
    assert.deepEqual(
      metrics(
        "Oracle agreed to rent 20,000 servers from Crusoe over five years in a lease valued at $3 billion.",
        "en",
      ).at(-1),
      ["compute_commitment", 3e9],
    );
    assert.deepEqual(
      metrics("Anthropic a signé avec Nebius un contrat d'une valeur de 4 milliards de dollars.", "fr"),
      [["compute_commitment", 4e9]],
    );
    // A company valued at an amount keeps its valuation.
    assert.deepEqual(metrics("Nebius was valued at $24 billion in its last round.", "en"), [
      ["valuation", 2.4e10],
    ]);
  });

  it("services bought for an amount 'worth of' are compute bought, not a company", () => {
    assert.deepEqual(
      read("Microsoft had bought about $2 billion worth of services from Nebius in 2024.", "en"),
      [["Microsoft", "compute_commitment", 2e9]],
    );
  });

  it("an amount right before 'company' or 'group' is the company's market value", () => {
    assert.deepEqual(read("Nebius, the $15bn company, was formed last year.", "en"), [
      ["Nebius", "market_cap", 1.5e10],
    ]);
    // A deal or a budget of a company is none.
    assert.notEqual(
      metrics("Nebius signed a $15bn company deal with Microsoft.", "en")[0]?.[0],
      "market_cap",
    );
  });

  it("spending billions to build the infrastructure is capital spending, with the amount vague or exact", () => {
    assert.deepEqual(
      metrics(
        "Tech groups are spending hundreds of billions of dollars to build the infrastructure for AI.",
        "en",
      ),
      [["capex", 1e11]],
    );
    assert.deepEqual(
      metrics(
        "Microsoft et Google dépensent des milliards de dollars pour construire les infrastructures de l'IA.",
        "fr",
      ),
      [["capex", 1e9]],
    );
  });
});

describe("a deal priced with its other side named between the deal and the price", () => {
  it("'a contract with X valued at', 'a deal with X worth' is the deal's size, not a valuation", () => {
    assert.deepEqual(
      read(
        "Google has secured a six-year cloud contract with Meta Platforms valued at more than $10 billion.",
        "en",
      ),
      [["Meta", "compute_commitment", 1e10]],
    );
    assert.deepEqual(read("Microsoft signed a cloud deal with Oracle valued at $5 billion.", "en"), [
      ["Microsoft", "compute_commitment", 5e9],
    ]);
  });

  it("a company's valuation after a round stays a valuation", () => {
    assert.deepEqual(
      read("Anthropic raised $13 billion in a round with Iconiq valued at $183 billion.", "en").at(-1),
      ["Anthropic", "valuation", 1.83e11],
    );
  });

  it("a collaboration sized by an amount is a deal, read as a partnership is (EN and FR)", () => {
    const fr = read("Anthropic a annoncé une collaboration de 10 milliards de dollars avec Nvidia.", "fr");
    const partnership = read(
      "Anthropic a annoncé un partenariat de 10 milliards de dollars avec Nvidia.",
      "fr",
    );
    assert.deepEqual(fr, partnership);
    assert.equal(fr.length, 1);
    assert.deepEqual(
      read("Anthropic announced a $10bn collaboration with Nvidia.", "en"),
      read("Anthropic announced a $10bn partnership with Nvidia.", "en"),
    );
  });
});
