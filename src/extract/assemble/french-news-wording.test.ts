import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract, ownerMetricValue } from "../../../test/support/claims.js";

describe("a treasury named as subject or after the figure", () => {
  it("is the cash position", () => {
    assert.deepEqual(
      ownerMetricValue("La trésorerie de Nebius s'élevait à 2,1 milliards de dollars fin septembre.", "fr"),
      [["Nebius", "cash_position", 2.1e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Nebius disposait de 2,1 milliards de dollars de trésorerie à la fin du trimestre.",
        "fr",
      ),
      [["Nebius", "cash_position", 2.1e9]],
    );
  });
  it("stays cash burnt when a burning verb spends it", () => {
    assert.equal(
      extract("Nebius a brûlé 2 milliards de dollars de trésorerie au premier semestre.", "fr")[0]?.metric,
      "cash_burn",
    );
  });
});

describe("the verb a monthly plan's cost takes", () => {
  it("makes the figure its price per month", () => {
    for (const [text, language] of [
      ["Le Chat Pro de Mistral AI coûte 14,99 €/mois.", "fr"],
      ["L'offre Claude Max est facturée 100 dollars par mois.", "fr"],
      ["Claude Max costs $100 a month.", "en"],
    ] as const) {
      const claim = extract(text, language)[0];
      assert.equal(claim?.metric, "unit_price", text);
      assert.equal(claim?.unit.endsWith("_per_month") || claim?.unit === "USD_per_month", true, text);
    }
  });
});

describe("a listed company's worth on the stock market", () => {
  it("is its market value, whatever the verb", () => {
    assert.deepEqual(ownerMetricValue("Broadcom vaut désormais 1 600 Mds$ en Bourse.", "fr"), [
      ["Broadcom", "market_cap", 1.6e12],
    ]);
    assert.deepEqual(
      ownerMetricValue("Broadcom est valorisé plus de 1 600 milliards de dollars à Wall Street.", "fr"),
      [["Broadcom", "market_cap", 1.6e12]],
    );
  });
});

describe("the share of users who pay", () => {
  it("is the paid conversion", () => {
    assert.deepEqual(
      ownerMetricValue("Seuls 4 % des utilisateurs de Perplexity paient un abonnement.", "fr"),
      [["Perplexity", "paid_conversion", 0.04]],
    );
    assert.deepEqual(ownerMetricValue("Only 4% of Perplexity users pay for a subscription.", "en"), [
      ["Perplexity", "paid_conversion", 0.04],
    ]);
  });
});

describe("growth said with 'croître'", () => {
  it("is revenue growth", () => {
    assert.deepEqual(
      ownerMetricValue("Les ventes de Micron ont crû de 46 % par rapport à l'an dernier.", "fr"),
      [["Micron", "revenue_growth", 0.46]],
    );
  });
});

describe("spenders listed one after another", () => {
  const text =
    "Les géants du cloud accélèrent. Microsoft a dépensé 30 milliards de dollars en infrastructures au trimestre. " +
    "Alphabet relève sa prévision d'investissements à une fourchette de 80 à 85 milliards de dollars. " +
    "Amazon prévoit d'investir 110 milliards de dollars cette année.";
  it("each spend on their own: no peer is the investee, and a plan that is not a developer's is capex", () => {
    const claims = extract(text, "fr");
    for (const value of [30e9, 80e9, 110e9]) {
      const claim = claimAt(claims, value);
      assert.equal(claim.metric, "capex", String(value));
      assert.equal(claim.counterparty, null, String(value));
    }
  });
  it("in English too", () => {
    const claim = claimAt(
      extract(
        "Microsoft spent $30 billion on infrastructure in the quarter. Amazon plans to invest $110 billion this year.",
      ),
      110e9,
    );
    assert.equal(claim.metric, "capex");
    assert.equal(claim.counterparty, null);
  });
});

describe("a capital M completed by 'de'", () => {
  it("is millions", () => {
    assert.deepEqual(ownerMetricValue("Poolside a levé 500 M d'euros.", "fr"), [
      ["Poolside", "funding_round", 5e8],
    ]);
    assert.deepEqual(ownerMetricValue("Perplexity revendique 30 M d'utilisateurs actifs.", "fr"), [
      ["Perplexity", "active_users", 3e7],
    ]);
  });
});

describe("a negated ceiling", () => {
  it("bounds the figure from above", () => {
    for (const [text, language] of [
      ["Le chiffre d'affaires de Cohere ne dépassera pas 300 millions de dollars en 2026.", "fr"],
      ["Le chiffre d'affaires de Cohere ne devrait pas dépasser 300 millions de dollars en 2026.", "fr"],
      ["Cohere's revenue will not exceed $300 million in 2026.", "en"],
    ] as const) {
      const value = extract(text, language)[0]?.value;
      assert.deepEqual(value, { low: null, high: 3e8, bound: "at_most" }, text);
    }
  });
});

describe("chips counted under a product's name", () => {
  it("are a GPU count", () => {
    assert.deepEqual(ownerMetricValue("Safe Superintelligence utilisera 200 000 TPU.", "fr"), [
      ["Safe Superintelligence", "gpu_count", 2e5],
    ]);
  });
});

describe("French idioms of investing, holding and buying", () => {
  it("read as investment, stake and acquisition price", () => {
    assert.deepEqual(ownerMetricValue("Nvidia a misé 2 milliards de dollars sur xAI.", "fr"), [
      ["Nvidia", "investment", 2e9],
    ]);
    assert.deepEqual(ownerMetricValue("Nvidia a mis 2 milliards de dollars dans xAI.", "fr"), [
      ["Nvidia", "investment", 2e9],
    ]);
    assert.deepEqual(ownerMetricValue("SoftBank possède 40 % d'Arm.", "fr"), [
      ["SoftBank", "equity_stake", 0.4],
    ]);
    assert.deepEqual(
      ownerMetricValue("AMD s'est offert la start-up Untether pour 300 millions de dollars.", "fr"),
      [["AMD", "acquisition_price", 3e8]],
    );
    assert.deepEqual(ownerMetricValue("AMD a mis la main sur Untether pour 300 millions de dollars.", "fr"), [
      ["AMD", "acquisition_price", 3e8],
    ]);
  });
  it("never make a market share a stake", () => {
    assert.ok(
      !extract("Nvidia contrôle 90 % du marché des accélérateurs.", "fr").some(
        (c) => c.metric === "equity_stake",
      ),
    );
  });
});

describe("a bond issue", () => {
  it("is debt raised", () => {
    assert.deepEqual(ownerMetricValue("Meta a réalisé une émission obligataire de 25 Mds$.", "fr"), [
      ["Meta", "debt_issuance", 25e9],
    ]);
  });
});

describe("a loss booked on a holding, with the figure between", () => {
  it("is the investor's investment loss", () => {
    assert.deepEqual(
      ownerMetricValue(
        "SoftBank a comptabilisé une perte de 1,2 milliard de dollars sur sa participation dans Arm.",
        "fr",
      ),
      [["SoftBank", "investment_loss", 1.2e9]],
    );
    assert.deepEqual(ownerMetricValue("SoftBank booked a loss of $1.2 billion on its stake in Arm.", "en"), [
      ["SoftBank", "investment_loss", 1.2e9],
    ]);
  });
});
