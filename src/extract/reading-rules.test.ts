import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "./index.js";

const extract = (text: string, language: "fr" | "en" = "fr") =>
  extractClaims({ text, language, published: "2025-11-10", document: "list.md" }).claims;

describe("items of a list take what they measure from the sentence that opens it", () => {
  it("a bare count under a lead naming weekly users is weekly users", () => {
    const claims = extract(
      "Bilan d'OpenAI\n\nUtilisateurs actifs hebdomadaires de ChatGPT :\n\n- février 2025 : 400 millions\n- août 2025 : 700 millions\n",
    );
    assert.deepEqual(
      claims.map((c) => [c.metric, c.value.low, c.unit]),
      [
        ["weekly_active_users", 400e6, "users"],
        ["weekly_active_users", 700e6, "users"],
      ],
    );
  });

  it("amounts under a lead naming a run-rate are run-rates, in English too", () => {
    const claims = extract(
      "Anthropic by the numbers\n\nAnthropic's annualized revenue run-rate, step by step:\n\n- January 2025: $1 billion\n- August 2025: $5 billion\n",
      "en",
    );
    assert.deepEqual(
      claims.map((c) => [c.entity, c.metric, c.value.low]),
      [
        ["Anthropic", "revenue_run_rate", 1e9],
        ["Anthropic", "revenue_run_rate", 5e9],
      ],
    );
  });

  it("a sentence that does not end with a colon opens no list", () => {
    const claims = extract(
      "Bilan d'OpenAI\n\nLes utilisateurs actifs hebdomadaires progressent.\n\n- février 2025 : 400 millions de dollars de chiffre d'affaires\n",
    );
    assert.ok(claims.every((c) => c.metric !== "weekly_active_users"));
  });
});

describe("a company's spending on its own build-out is capex", () => {
  it("a plan for its own data centres is capex, not a compute contract", () => {
    const claims = extract(
      "Bilan\n\nIliad a confirmé un plan de 3 milliards d'euros pour ses centres de données en France.",
    );
    assert.deepEqual(
      claims.map((c) => [c.entity, c.metric, c.value.low]),
      [["Iliad", "capex", 3e9]],
    );
  });

  it("a contract with a named supplier stays a compute commitment", () => {
    const claims = extract(
      "Bilan\n\nOpenAI a signé un contrat de 300 milliards de dollars avec Oracle pour ses centres de données.",
    );
    assert.ok(claims.some((c) => c.metric === "compute_commitment" && c.counterparty === "Oracle"));
  });
});

describe("'respectivement' gives each listed company its own figure", () => {
  it("French: two companies, two amounts", () => {
    const claims = extract(
      "Le plan britannique de Nvidia\n\nGoogle et CoreWeave investiront respectivement 5 milliards de livres et 1,5 milliard de livres au Royaume-Uni.",
    );
    assert.deepEqual(
      claims.map((c) => [c.entity, c.counterparty, c.value.low]),
      [
        ["Alphabet", "Nvidia", 5e9],
        // A neocloud naming no investee spends on its own sites: capex, with no counterparty.
        ["CoreWeave", null, 1.5e9],
      ],
    );
  });

  it("English: the word after the figures, shares of a venture", () => {
    const claims = extract(
      "Data centres\n\nDigital Realty and Blackstone will hold 20% and 80% of the venture respectively.",
      "en",
    );
    const stakes = claims.filter((c) => c.unit === "fraction").map((c) => [c.entity, c.value.low]);
    assert.deepEqual(stakes, [
      ["Digital Realty", 0.2],
      ["Blackstone", 0.8],
    ]);
  });

  it("without the word, the group keeps the figure", () => {
    const claims = extract(
      "Le plan britannique de Nvidia\n\nGoogle et CoreWeave investiront 5 milliards de livres au Royaume-Uni.",
    );
    assert.ok(
      claims.some((c) => c.entity === "Alphabet+CoreWeave"),
      JSON.stringify(claims.map((c) => c.entity)),
    );
  });
});
