import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** The explanation's line saying which company the anaphor was read as. */
function anaphorLine(text: string, language: "fr" | "en"): string | undefined {
  const { claims } = extractClaims({ text, language, published: "2026-04-14", document: "invented" });
  return claims
    .flatMap((c) => c.explanation?.split("; ") ?? [])
    .find((line) => line.includes("whose kind owns such figures)"));
}

/** The owners of the claims of `metric`, in the order of the text. */
function owners(text: string, language: "fr" | "en", metric: string): (string | null)[] {
  const { claims } = extractClaims({ text, language, published: "2026-04-14", document: "invented" });
  return claims.filter((c) => c.metric === metric).map((c) => c.entity);
}

describe("a bare anaphor whose topic seldom owns the figure points back at a salient company that does", () => {
  it("takes a lab's valuation from a chipmaker that backed it (fr, « elle »)", () => {
    const text =
      "Nvidia a participé au nouveau tour de table de Cohere, avec deux fonds souverains. Elle vise désormais une valorisation de 9 milliards de dollars.";
    assert.deepEqual(owners(text, "fr", "valuation"), ["Cohere"]);
    assert.match(anaphorLine(text, "fr") ?? "", /anaphora → Cohere, whose kind owns such figures/u);
  });

  it("takes a lab's round from a chipmaker named as the subject before (fr, « la société »)", () => {
    const text =
      "Depuis l'an dernier, AMD fournit ses accélérateurs à Mistral AI. La société lève 600 millions d'euros auprès de ses actionnaires.";
    assert.deepEqual(owners(text, "fr", "funding_round"), ["Mistral AI"]);
  });

  it("takes a lab's valuation from a chipmaker (en, 'the company')", () => {
    const text =
      "Anthropic counts Broadcom among its suppliers of custom chips. Broadcom shipped the first racks in May. The company is now valued at $240 billion, according to two investors.";
    assert.deepEqual(owners(text, "en", "valuation"), ["Anthropic"]);
  });

  it("takes a hyperscaler's capex from a fund that bought into its campus (fr, « le groupe »)", () => {
    const text =
      "KKR a pris une participation dans un campus de Microsoft en Virginie. Le groupe prévoit 80 milliards de dollars de dépenses d'investissement cette année.";
    assert.deepEqual(owners(text, "fr", "capex"), ["Microsoft"]);
    const en =
      "Blackstone bought a stake in a Microsoft campus in Virginia last month. The group plans capital expenditures of $80 billion this year.";
    assert.deepEqual(owners(en, "en", "capex"), ["Microsoft"]);
  });

  it("keeps a chipmaker's own revenue (near-miss: its kind owns the figure)", () => {
    const text =
      "Nvidia a investi dans Cohere l'an dernier. Elle a réalisé un chiffre d'affaires de 35 milliards de dollars au trimestre.";
    assert.deepEqual(owners(text, "fr", "revenue"), ["Nvidia"]);
    assert.equal(anaphorLine(text, "fr"), undefined);
  });

  it("keeps the topic when no company named before owns such figures (near-miss)", () => {
    const text = "Nvidia unveiled a new accelerator on Tuesday. It is valued at $4 trillion by the market.";
    assert.deepEqual(owners(text, "en", "valuation"), ["Nvidia"]);
    const fr =
      "Nvidia a présenté une nouvelle puce mardi. Elle vise une valorisation de 5 000 milliards de dollars.";
    assert.deepEqual(owners(fr, "fr", "valuation"), ["Nvidia"]);
  });
});
