import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value", "unit"], { published: "2026-02-06" });

describe("counts and shares written in prose or in a table of key figures", () => {
  it("a count with an adjective before its noun is a count of that noun", () => {
    assert.deepEqual(read("Cohere compte plus de 250 grands clients.", "fr"), [
      ["Cohere", "business_customers", 250, "customers"],
    ]);
    assert.deepEqual(read("Cohere has more than 250 large customers.", "en"), [
      ["Cohere", "business_customers", 250, "customers"],
    ]);
  });

  it("a bare figure in a table takes the count its row label names, and a share of revenue its metric", () => {
    const table = (title: string, customers: string, share: string) =>
      `## ${title}\n\n| Indicateur | Valeur |\n|---|---|\n| ${customers} | 250+ |\n| ${share} | ~70 % |\n`;
    const expected = [
      ["Cohere", "business_customers", 250, "customers"],
      ["Cohere", "revenue_share", 0.7, "fraction"],
    ];
    assert.deepEqual(
      read(table("Cohere en chiffres", "Clients entreprise", "Part revenus Amérique"), "fr"),
      expected,
    );
    assert.deepEqual(
      read(table("Cohere by the numbers", "Enterprise customers", "Revenue share from America"), "en"),
      expected,
    );
  });

  it("a share of revenue is read with or without an article before 'revenus'", () => {
    assert.deepEqual(read("Cohere tire une part de ses revenus d'environ 70 % des États-Unis.", "fr"), [
      ["Cohere", "revenue_share", 0.7, "fraction"],
    ]);
    assert.deepEqual(read("Cohere gets a revenue share of about 70% from America.", "en"), [
      ["Cohere", "revenue_share", 0.7, "fraction"],
    ]);
  });

  it("a multiple of the run rate is a valuation multiple, and its noun names no other figure", () => {
    assert.deepEqual(
      read("At $90 billion, investors pay about 25 times Cohere's current run rate.", "en").map((c) =>
        c.slice(1, 3),
      ),
      [["valuation_multiple", 25]],
    );
    assert.deepEqual(
      read("Les investisseurs paient 25 fois ses ventes annuelles pour Cohere.", "fr").map((c) =>
        c.slice(1, 3),
      ),
      [["valuation_multiple", 25]],
    );
  });
});

describe("metric words of real prose", () => {
  it("cash flowing out is cash burnt, not the revenue named beside it", () => {
    assert.deepEqual(
      read(
        "xAI is reportedly aiming for 40 billion dollars in revenue by 2029, with cash outflow expected to hit around 30 billion dollars by then.",
        "en",
      ).map((c) => c.slice(1, 3)),
      [
        ["revenue", 40e9],
        ["cash_burn", 30e9],
      ],
    );
    assert.deepEqual(
      read(
        "xAI viserait 40 milliards de dollars de revenus en 2029, avec des sorties de trésorerie d'environ 30 milliards de dollars la même année.",
        "fr",
      ).map((c) => c.slice(1, 3)),
      [
        ["revenue", 40e9],
        ["cash_burn", 30e9],
      ],
    );
  });

  it("paid subscriptions are paying subscribers", () => {
    assert.deepEqual(read("Across its services, Alphabet has over 200 million paid subscriptions.", "en"), [
      ["Alphabet", "paying_subscribers", 2e8, "subscribers"],
    ]);
    assert.deepEqual(read("Alphabet compte plus de 200 millions d'abonnements payants.", "fr"), [
      ["Alphabet", "paying_subscribers", 2e8, "subscribers"],
    ]);
  });
});

describe("a bare count reached by a counted subject", () => {
  it("counts what its subject names, in French and English", () => {
    assert.deepEqual(
      read(
        "Le Chat\n\nLa base de clients professionnels de Mistral AI dépasse les 40 000. Le nombre d'abonnés payants de Mistral AI a atteint 2 millions.",
        "fr",
      ),
      [
        ["Mistral AI", "business_customers", 40000, "customers"],
        ["Mistral AI", "paying_subscribers", 2e6, "subscribers"],
      ],
    );
    assert.deepEqual(
      read(
        "Le Chat\n\nMistral AI's business customer base now exceeds 40,000, and its monthly active users reached 15 million.",
        "en",
      ),
      [
        ["Mistral AI", "business_customers", 40000, "customers"],
        ["Mistral AI", "monthly_active_users", 15e6, "users"],
      ],
    );
  });

  it("leaves a count of something else alone", () => {
    assert.deepEqual(read("Le Chat\n\nLe nombre de clients de Mistral AI a doublé en 2025.", "fr"), []);
  });
});
