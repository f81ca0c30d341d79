import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** "entity→counterparty metric unit low..high" of every claim, in order. */
const read = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.txt" }).claims.map(
    (c) =>
      `${c.entity}${c.counterparty ? `→${c.counterparty}` : ""} ${c.metric} ${c.unit} ${c.value.low}..${c.value.high}`,
  );

describe("a deal whose purpose names whom the supplier serves", () => {
  it("belongs to the company served, the supplier known or not", () => {
    assert.deepEqual(
      read("CoreWeave signed a $14.2 billion agreement to supply Meta with computing power."),
      ["Meta→CoreWeave compute_commitment USD 14200000000..14200000000"],
    );
    assert.deepEqual(
      read(
        "OSLO, Nov 5 (Reuters) - Fluxion, a GPU cloud provider backed by Nvidia, has signed a $4.2 billion contract to provide Microsoft with AI computing capacity.\n\nFluxion raised $700 million in a Series C round in August.",
      )[0],
      "Microsoft→Fluxion compute_commitment USD 4200000000..4200000000",
    );
    assert.deepEqual(
      read(
        "Nscale a signé un contrat de 3 milliards de dollars pour fournir à Microsoft de la capacité de calcul.",
        "fr",
      ),
      ["Microsoft→Nscale compute_commitment USD 3000000000..3000000000"],
    );
  });
});

describe("cash held at a date", () => {
  it("is read from 'in cash' after a verb of holding and from 'cash and securities'", () => {
    assert.deepEqual(read("OpenAI ended June with $17.5 billion in cash."), [
      "OpenAI cash_position USD 17500000000..17500000000",
    ]);
    assert.deepEqual(
      read("Anthropic finished the half with $9 billion in cash and short-term investments."),
      ["Anthropic cash_position USD 9000000000..9000000000"],
    );
  });
  it("is no price paid in cash", () => {
    assert.deepEqual(read("OpenAI acquired io Products for $6.5 billion in cash."), [
      "OpenAI→io Products acquisition_price USD 6500000000..6500000000",
    ]);
  });
});

describe("a loss, hit, charge or writedown on a stake", () => {
  it("is the investor's investment loss", () => {
    for (const text of [
      "Microsoft recorded a $3.1 billion loss on its OpenAI stake.",
      "Microsoft booked a $3.1 billion hit from its investment in OpenAI.",
      "Microsoft took a $3.1 billion charge related to its OpenAI investment.",
    ])
      assert.deepEqual(read(text), ["Microsoft investment_loss USD 3100000000..3100000000"], text);
  });
});

describe("a monthly price written without a scale word", () => {
  it("is a subscription's unit price", () => {
    assert.deepEqual(read("ChatGPT Plus costs $20 per month."), ["OpenAI unit_price USD_per_month 20..20"]);
    assert.deepEqual(read("OpenAI launched ChatGPT Go at $8 a month in India."), [
      "OpenAI unit_price USD_per_month 8..8",
    ]);
  });
  it("leaves a monthly burn a burn", () => {
    assert.deepEqual(read("OpenAI burns $1 billion a month."), [
      "OpenAI cash_burn USD 1000000000..1000000000",
    ]);
  });
});

describe("commitments to infrastructure", () => {
  it("are compute commitments, not capex", () => {
    assert.deepEqual(read("OpenAI has roughly $1.4 trillion in infrastructure commitments."), [
      "OpenAI compute_commitment USD 1400000000000..1400000000000",
    ]);
    assert.deepEqual(
      read("OpenAI has committed to about $1.4 trillion in infrastructure spending over eight years."),
      ["OpenAI compute_commitment USD 1400000000000..1400000000000"],
    );
  });
  it("leave a pledge to invest in infrastructure capex", () => {
    assert.deepEqual(read("Microsoft will invest $80 billion in data centers this year."), [
      "Microsoft capex USD 80000000000..80000000000",
    ]);
  });
});

describe("a percentage of a named company's revenue", () => {
  it("is a revenue share, whatever the verb", () => {
    for (const text of [
      "About 80% of Anthropic's revenue comes from business customers.",
      "Businesses generate roughly 80 percent of Anthropic's revenue.",
    ])
      assert.deepEqual(read(text), ["Anthropic revenue_share fraction 0.8..0.8"], text);
  });
});

describe("an analyst's price target", () => {
  it("is no claim, in English and French", () => {
    assert.deepEqual(read("Jefferies cut its price target for Nvidia to $200 from $220."), []);
    assert.deepEqual(
      read("Morgan Stanley a relevé son objectif de cours sur Oracle à 320 dollars.", "fr"),
      [],
    );
  });
  it("leaves a warrant's price threshold a share price", () => {
    assert.deepEqual(read("The final tranche vests only if AMD's share price reaches $600."), [
      "AMD share_price USD_per_share 600..600",
    ]);
  });
});

describe("money of equity in a financing", () => {
  it("is a round, the debt beside it debt", () => {
    assert.deepEqual(
      read(
        "xAI is raising $7.5 billion of equity and $12.5 billion of debt, people familiar with the matter said.",
      ),
      ["xAI funding_round USD 7500000000..7500000000", "xAI debt_issuance USD 12500000000..12500000000"],
    );
  });
});

describe("a share of a ranked list of companies", () => {
  it("is an adoption rate, the list's name between the percentage and 'companies'", () => {
    assert.deepEqual(read("OpenAI's products are used by 92% of Fortune 500 companies."), [
      "OpenAI adoption_rate fraction 0.92..0.92",
    ]);
    assert.deepEqual(read("Copilot is used by 70 percent of Fortune 500 companies."), [
      "Microsoft adoption_rate fraction 0.7..0.7",
    ]);
  });
});
