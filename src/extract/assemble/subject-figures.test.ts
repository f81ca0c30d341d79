import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { extractClaims } from "../index.js";

const owned = claimFields(["entity", "metric", "value"]);
const roles = claimFields(["entity", "counterparty", "metric", "value"]);

const skipped = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-08-01", document: "d.txt" })
    .issues.filter((i) => i.code === "not_a_claim")
    .map((i) => i.message);

describe("the company whose results a text reports, another company named nearby", () => {
  it("a headline name before a relation noun only describes the next one ('AMD partner Micron')", () => {
    const en =
      "AMD partner Micron posts record quarter\n\nMicron, a memory supplier to AMD, reported strong results. Its revenue for the quarter rose 40% to $9.3 billion.";
    assert.deepEqual(owned(en), [
      ["Micron", "revenue_growth", 0.4],
      ["Micron", "revenue", 9.3e9],
    ]);
    const fr =
      "Le partenaire d'AMD Micron publie un trimestre record\n\nMicron, fournisseur de mémoire d'AMD, a publié de bons résultats. Son chiffre d'affaires a progressé de 40 % à 9,3 milliards de dollars.";
    assert.deepEqual(owned(fr, "fr"), [
      ["Micron", "revenue_growth", 0.4],
      ["Micron", "revenue", 9.3e9],
    ]);
  });

  it("a name between an indefinite article and a deal noun does not own the plan after it", () => {
    assert.deepEqual(
      owned(
        "Amazon signed a power deal in March and confirmed a multi-year AMD chip deal supporting its $90 billion 2026 AI spending plan.",
      ),
      [["Amazon", "capex", 9e10]],
    );
  });

  it("a noun after an amount and a year belongs to that amount, not to the next figure", () => {
    assert.deepEqual(
      owned(
        "Alphabet raised the stakes with $150 billion 2026 capex guidance after quarterly revenue of $110.2 billion.",
      ),
      [
        ["Alphabet", "capex", 15e10],
        ["Alphabet", "revenue", 110.2e9],
      ],
    );
  });

  it("whoever places an order buys; whoever discloses or receives it supplies", () => {
    assert.deepEqual(roles("Nebius disclosed a new order from Microsoft worth at least $4.1 billion."), [
      ["Microsoft", "Nebius", "compute_commitment", 4.1e9],
    ]);
    assert.deepEqual(
      roles(
        "Nebius a décroché une commande de Microsoft, un contrat de capacité de calcul de 4,1 milliards de dollars.",
        "fr",
      ),
      [["Microsoft", "Nebius", "compute_commitment", 4.1e9]],
    );
  });

  it("money set aside for one new site is the builder's plan, not a market's", () => {
    assert.deepEqual(
      owned(
        "Lambda\n\nLambda is building again. The company has set aside more than $2,000,000,000 for a new data center in Ohio.",
      ),
      [["Lambda", "capex", 2e9]],
    );
  });
});

describe("a customer's share of a supplier's revenue", () => {
  it("is the supplier's revenue_share, the customer its counterparty ('contribution to X's revenue')", () => {
    assert.deepEqual(
      roles("Jefferies estimates Apple's contribution to Broadcom's revenue will grow from 10% in 2024."),
      [["Broadcom", "Apple", "revenue_share", 0.1]],
    );
    assert.deepEqual(
      roles(
        "Selon Jefferies, la contribution d'Apple au chiffre d'affaires de Broadcom atteindra 12 % en 2025.",
        "fr",
      ),
      [["Broadcom", "Apple", "revenue_share", 0.12]],
    );
  });

  it("a percentage of the company's total revenue is a share, not a stake nor growth", () => {
    assert.deepEqual(
      owned(
        "Micron\n\nMicron reported results. HBM chips made 35% of the company's total DRAM revenue, with AI revenue rising from 8% of total revenue in 2023.",
      ),
      [
        ["Micron", "revenue_share", 0.35],
        ["Micron", "revenue_share", 0.08],
      ],
    );
    assert.deepEqual(
      owned(
        "Micron\n\nLes puces HBM ont pesé 35 % du chiffre d'affaires total de Micron au trimestre.",
        "fr",
      ),
      [["Micron", "revenue_share", 0.35]],
    );
  });

  it("a rise written right before the percentage makes it the revenue's growth", () => {
    assert.deepEqual(
      owned("Apple s'est distinguée avec une hausse remarquable de 12 % de ses revenus sur un an.", "fr"),
      [["Apple", "revenue_growth", 0.12]],
    );
  });
});

describe("earnings, price targets and milestones are no claims", () => {
  it("the growth of earnings per share is not revenue growth", () => {
    assert.deepEqual(
      owned("Morgan Stanley expects Broadcom's earnings per share to grow 30% this year."),
      [],
    );
    assert.deepEqual(owned("Oracle\n\nLe BPA d'Oracle devrait progresser de 15 % cette année.", "fr"), []);
  });

  it("a one-year price target in any currency, however large, is stock-market data", () => {
    assert.deepEqual(
      skipped('UBS kept a "Buy" rating on Samsung, setting a one-year price target of ₩95,000.', "en"),
      ['"₩95,000": an analyst\'s price target for a share, not a claim; figure skipped'],
    );
    assert.deepEqual(
      skipped("Citi maintained its rating on MediaTek, setting a price target of NT$1,600.", "en"),
      ['"NT$1,600": an analyst\'s price target for a share, not a claim; figure skipped'],
    );
  });

  it("a profit is neither revenue nor a loss, its period written with digits or after its change", () => {
    assert.deepEqual(
      owned(
        "Lambda\n\nRevenue grew to $500,000,000, the first quarter with both $400,000,000 in revenue and $90,000,000 in adjusted operating income. Adjusted EBITDA for Q2 was $210,000,000.",
      ),
      [["Lambda", "revenue", 5e8]],
    );
    assert.deepEqual(
      owned(
        "Apple a annoncé une hausse de 9 % de ses profits trimestriels, atteignant 24,8 milliards de dollars.",
        "fr",
      ),
      [],
    );
  });

  it("a capital spending's change from the previous quarter is no level", () => {
    assert.deepEqual(
      owned(
        "Lambda\n\nCapital expenditures in Q2 totaled $900,000,000, up over $300,000,000 quarter over quarter.",
      ),
      [["Lambda", "capex", 9e8]],
    );
  });
});

describe("a profit's level after its change, and its conversion, are no claims", () => {
  it("reads past 'sur un an pour atteindre' and a currency restatement", () => {
    assert.deepEqual(
      owned(
        "Samsung\n\nSur un an, le bénéfice net de Samsung gagne 20 pour cent, à 9 000 milliards de wons, soit environ 6,5 milliards de dollars, et le chiffre d'affaires a augmenté de 10 pour cent.",
        "fr",
      ),
      [["Samsung", "revenue_growth", 0.1]],
    );
    assert.deepEqual(
      owned(
        "Samsung\n\nSamsung's net income rose 20% year-on-year to 9 trillion won, or about $6.5 billion, while revenue grew 10%.",
      ),
      [["Samsung", "revenue_growth", 0.1]],
    );
  });
});

describe("an amount a relative clause puts into the company's own sites", () => {
  it("is capital spending, not the sales noun it complements", () => {
    assert.deepEqual(
      owned(
        "Les analystes scrutent les revenus issus des 40 milliards de dollars qu'Amazon va investir cette année dans ses centres de données.",
        "fr",
      ),
      [["Amazon", "capex", 4e10]],
    );
    assert.deepEqual(
      owned(
        "Analysts watch the sales flowing from the $40 billion that Amazon will invest this year in new data centers.",
      ),
      [["Amazon", "capex", 4e10]],
    );
  });
});
