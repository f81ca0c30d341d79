import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields, ownerMetricValue } from "../../../test/support/claims.js";

const owners = (text: string, language: "fr" | "en", metric: string) =>
  claimFields(["entity", "value"], { where: (c) => c.metric === metric })(text, language);

describe("an owner attached to its figure by punctuation or a bare relative pronoun", () => {
  it("is the name a parenthesis holding the figure follows (en)", () => {
    const text =
      "Mistral AI has grown faster than rivals such as Cohere ($12 billion valuation) and Perplexity ($3.1 billion valuation).";
    assert.deepEqual(owners(text, "en", "valuation"), [
      ["Cohere", 12e9],
      ["Perplexity", 3.1e9],
    ]);
  });

  it("is the name a parenthesis holding the figure follows (fr)", () => {
    const text =
      "Mistral AI distance des concurrentes comme Cohere (valorisée 12 milliards de dollars) et Perplexity (valorisée 3 milliards de dollars).";
    assert.deepEqual(owners(text, "fr", "valuation"), [
      ["Cohere", 12e9],
      ["Perplexity", 3e9],
    ]);
  });

  it("is the name right before a relative pronoun without a comma (fr)", () => {
    const text =
      "Anthropic dépasse les tours plus modestes, comme celui de Cohere qui avait levé 9 milliards de dollars en 2021.";
    assert.deepEqual(owners(text, "fr", "funding_round"), [["Cohere", 9e9]]);
  });

  it("is the name right before a relative pronoun without a comma (en)", () => {
    const text = "Smaller startups like Cohere which raised $9 billion in 2021 trail far behind.";
    assert.deepEqual(owners(text, "en", "funding_round"), [["Cohere", 9e9]]);
  });

  it("is never a company named only through a ticker or a legal suffix in a list of investors (en)", () => {
    const text = "Cohere drew investment from Microsoft Corp (MSFT) and Nvidia at a $90 billion valuation.";
    assert.deepEqual(owners(text, "en", "valuation"), [["Cohere", 90e9]]);
  });

  it("is never a company named with any exchange, suffix or symbol in a list of investors (en)", () => {
    for (const investor of [
      "Siemens AG (Xetra: SIE)",
      "Schneider Electric SE (Euronext Paris: SU)",
      "Schneider Electric SE (SU)",
      "Siemens AG (OTC: SIEGY)",
    ])
      assert.deepEqual(
        owners(
          `Cohere drew investment from ${investor} and Nvidia at a $90 billion valuation.`,
          "en",
          "valuation",
        ),
        [["Cohere", 90e9]],
        investor,
      );
  });

  it("is never a company named with its exchange and symbol in a list of investors (fr)", () => {
    const text =
      "Mistral AI a attiré des investisseurs comme Siemens AG (Xetra : SIE) ou Nvidia, pour une valorisation de 12 milliards d'euros.";
    assert.deepEqual(owners(text, "fr", "valuation"), [["Mistral AI", 12e9]]);
  });

  it("reads a name ending in 'Group' as a company the gazetteer does not know (fr)", () => {
    const text = "La levée dépasse celle de Lumen Group qui avait récolté 14 milliards de dollars en 2018.";
    assert.deepEqual(owners(text, "fr", "funding_round"), [["Lumen Group", 14e9]]);
  });

  it("reads a name ending in 'Group' as a company the gazetteer does not know (en)", () => {
    const text = "The round tops the one of Lumen Group which collected $14 billion in 2018.";
    assert.deepEqual(owners(text, "en", "funding_round"), [["Lumen Group", 14e9]]);
  });

  it("is the company earnings are said to be for (en)", () => {
    const text =
      "Our agreement with Cohere should bring tens of billions of dollars in revenue for Broadcom over the coming years, its finance chief said.";
    assert.deepEqual(owners(text, "en", "revenue"), [["Broadcom", 1e10]]);
  });

  it("is the company earnings are said to be for (fr)", () => {
    const text =
      "L'accord avec Cohere devrait apporter des dizaines de milliards de dollars de chiffre d'affaires pour Broadcom, selon sa directrice financière.";
    assert.deepEqual(owners(text, "fr", "revenue"), [["Broadcom", 1e10]]);
  });

  it("is the whole whose measure a sentence brings to the figure, not the partners listed first (fr)", () => {
    const text =
      "Les chantiers au Texas, l'agrandissement du campus Oracle-OpenAI et les travaux avec CoreWeave porteront la puissance totale des sites de Stargate à environ 5 gigawatts.";
    assert.deepEqual(owners(text, "fr", "datacenter_capacity"), [["Stargate", 5]]);
  });

  it("is the whole whose measure a sentence brings to the figure, not the partners listed first (en)", () => {
    const text =
      "Sites in Texas, a larger Oracle-OpenAI campus and the work with CoreWeave will bring the total capacity of Stargate to about 5 gigawatts.";
    assert.deepEqual(owners(text, "en", "datacenter_capacity"), [["Stargate", 5]]);
  });

  it("is not a partner after 'avec' whose bare relative clause may describe the deal (fr)", () => {
    const text = "Meta a conclu un contrat avec Nebius qui porte sur 3 milliards de dollars sur quatre ans.";
    assert.deepEqual(
      owners(text, "fr", "compute_commitment").map(([entity]) => entity),
      ["Meta"],
    );
  });

  it("is not a partner after 'with' whose bare relative clause may describe the deal (en)", () => {
    const text = "Meta signed a contract with Nebius which covers $3 billion of computing over four years.";
    assert.deepEqual(
      owners(text, "en", "compute_commitment").map(([entity]) => entity),
      ["Meta"],
    );
  });

  it("is the possessor of the noun a relative clause describes, the apostrophe kept or lost (en)", () => {
    for (const possessive of ["Nebius's", "Nebiuss"]) {
      const text = `Meta made up 40% of ${possessive} revenue, which climbed to $2.2 billion last year.`;
      assert.deepEqual(owners(text, "en", "revenue"), [["Nebius", 2.2e9]], possessive);
    }
  });

  it("is the possessor of the noun a relative clause describes (fr)", () => {
    const text =
      "Meta a pesé 40 % du chiffre d'affaires de Nebius, qui a grimpé à 2,2 milliards de dollars l'an dernier.";
    assert.deepEqual(owners(text, "fr", "revenue"), [["Nebius", 2.2e9]]);
  });
});

describe("the company money is borrowed for", () => {
  it("owns the debt a bank or lender arranges (en, fr)", () => {
    assert.deepEqual(ownerMetricValue("Morgan Stanley arranged a $5 billion debt package for xAI.", "en"), [
      ["xAI", "debt_issuance", 5e9],
    ]);
    assert.deepEqual(
      ownerMetricValue("Morgan Stanley a placé 5 milliards de dollars de dette pour xAI.", "fr"),
      [["xAI", "debt_issuance", 5e9]],
    );
    // a purpose after "for" names no borrower
    assert.deepEqual(
      ownerMetricValue("Meta raised $27 billion in debt for its Hyperion data center.", "en"),
      [["Meta", "debt_issuance", 27e9]],
    );
  });
});
