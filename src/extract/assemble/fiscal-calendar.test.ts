import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt } from "../../../test/support/claims.js";
import { periodYear } from "../../core/index.js";
import { extractClaims } from "../index.js";

const extract = (text: string, language: "fr" | "en", published: string) =>
  extractClaims({ text, language, published, document: "d.md" }).claims;

describe("fiscal calendar of the article's company", () => {
  it("'this fiscal year' in a story on a company whose year ends in May runs June to May (EN)", () => {
    const claims = extract(
      "Oracle shares jumped on Wednesday. Oracle expects its cloud sales to reach $20 billion this fiscal year.",
      "en",
      "2025-10-08",
    );
    assert.deepEqual(claimAt(claims, 20e9).period, { start: "2025-06-01", end: "2026-05-31" });
  });

  it("'cet exercice financier', 'this financial year', 'son exercice en cours' are the fiscal year under way (FR, EN)", () => {
    const fr = extract(
      "Oracle a publié ses comptes. Le groupe prévoit que ses ventes de bases de données atteindront 9 milliards de dollars au cours de cet exercice financier.",
      "fr",
      "2025-10-08",
    );
    assert.deepEqual(claimAt(fr, 9e9).period, { start: "2025-06-01", end: "2026-05-31" });
    const en = extract(
      "Microsoft shares rose on Thursday. Microsoft expects cloud revenue to pass $110 billion this financial year.",
      "en",
      "2025-10-30",
    );
    assert.deepEqual(claimAt(en, 110e9).period, { start: "2025-07-01", end: "2026-06-30" });
    const son = extract(
      "Nvidia a publié ses comptes. Nvidia vise un chiffre d'affaires de 240 milliards de dollars sur son exercice en cours.",
      "fr",
      "2025-11-20",
    );
    assert.deepEqual(claimAt(son, 240e9).period, { start: "2025-02-01", end: "2026-01-31" });
  });

  it("'the next financial year' and a year written after the words are not the year under way", () => {
    const next = extract(
      "Oracle a publié ses comptes. Oracle vise 40 milliards de dollars de ventes cloud sur l'exercice prochain.",
      "fr",
      "2025-10-08",
    );
    assert.notDeepEqual(claimAt(next, 40e9).period, { start: "2025-06-01", end: "2026-05-31" });
  });

  it("a fiscal quarter of a company whose year ends in January ends in January (FR)", () => {
    const claims = extract(
      "Nvidia a publié ses comptes mercredi. Nvidia prévoit un chiffre d'affaires de 70 milliards de dollars au quatrième trimestre de l'exercice 2026.",
      "fr",
      "2025-11-20",
    );
    assert.deepEqual(claimAt(claims, 70e9).period, { start: "2025-11-01", end: "2026-01-31" });
  });

  it("a company with no known fiscal calendar keeps the calendar year (EN)", () => {
    const claims = extract(
      "Nebius shares jumped on Wednesday. Nebius expects its sales to reach $2 billion this fiscal year.",
      "en",
      "2025-10-08",
    );
    assert.notDeepEqual(claimAt(claims, 2e9).period, { start: "2025-06-01", end: "2026-05-31" });
  });

  it("a fiscal year end the text states wins over the known calendar (FR)", () => {
    const claims = extract(
      "Oracle, dont l'exercice se termine en juin, a publié ses comptes. Oracle vise un chiffre d'affaires de 30 milliards de dollars sur l'exercice en cours.",
      "fr",
      "2025-10-08",
    );
    assert.deepEqual(claimAt(claims, 30e9).period, { start: "2025-07-01", end: "2026-06-30" });
  });
});

describe("period: the next fiscal year", () => {
  const claimsOf = (text: string, language: "fr" | "en", published: string) =>
    extractClaims({ text, language, published, document: "d.md" }).claims;

  it("'next fiscal year' on a known calendar is the year after the one under way (EN)", () => {
    const claims = claimsOf(
      "Microsoft expects capital expenditure of $150 billion in its next fiscal year.",
      "en",
      "2025-11-04",
    );
    assert.deepEqual(claimAt(claims, 150e9).period, { start: "2026-07-01", end: "2027-06-30" });
  });

  it("'l'exercice prochain' is not the year under way (FR)", () => {
    const claims = claimsOf(
      "Oracle prévoit des dépenses d'investissement de 45 milliards de dollars sur l'exercice prochain.",
      "fr",
      "2025-12-12",
    );
    assert.deepEqual(claimAt(claims, 45e9).period, { start: "2026-06-01", end: "2027-05-31" });
  });

  it("on no known calendar, the next fiscal year is the next calendar year (EN)", () => {
    const claims = claimsOf("Nscale expects revenue of $2 billion next fiscal year.", "en", "2025-11-04");
    assert.deepEqual(claimAt(claims, 2e9).period, { start: "2026-01-01", end: "2026-12-31" });
  });

  it("a singular 'remaining performance obligation' is a backlog (EN)", () => {
    const claims = claimsOf(
      "Microsoft's commercial remaining performance obligation rose to $392 billion.",
      "en",
      "2025-10-30",
    );
    assert.equal(claimAt(claims, 392e9).metric, "compute_commitment");
  });
});

describe("fiscal calendar of the company a sentence is about", () => {
  const period = (text: string, language: "fr" | "en", value: number) =>
    claimAt(extractClaims({ text, language, published: "2025-10-30", document: "d.md" }).claims, value)
      .period;

  it("reads another company's quarters on its own calendar (en)", () => {
    const text =
      "Oracle's spending is soaring.\n\nOracle spent $8.5 billion on capital expenditures last quarter. Meta reported $19.4 billion in capital expenditures in Q2. Combined with $13.7 billion in Q1, its capex tops $33 billion.";
    assert.deepEqual(period(text, "en", 19.4e9), { start: "2025-04-01", end: "2025-06-30" });
    assert.deepEqual(period(text, "en", 13.7e9), { start: "2025-01-01", end: "2025-03-31" });
  });

  it("reads another company's quarters on its own calendar (fr)", () => {
    const text =
      "Les dépenses d'Oracle s'envolent.\n\nOracle a dépensé 8,5 milliards de dollars en investissements le trimestre dernier. Meta a déclaré 19,4 milliards de dollars de dépenses d'investissement au T2.";
    assert.deepEqual(period(text, "fr", 19.4e9), { start: "2025-04-01", end: "2025-06-30" });
  });
});

describe("fiscal quarter written before the fiscal year, without 'of'", () => {
  it("'second-quarter fiscal 2027' of a company whose year ends in January (EN)", () => {
    const claims = extract(
      "Nvidia forecast second-quarter fiscal 2027 revenue of about $80 billion.",
      "en",
      "2026-05-28",
    );
    assert.equal(periodYear(claimAt(claims, 80e9).period), 2026);
  });

  it("'fiscal Q4 2026' of a company whose year ends in June (EN)", () => {
    const claims = extract("Microsoft expects fiscal Q4 2026 revenue of $85 billion.", "en", "2026-04-29");
    assert.deepEqual(claimAt(claims, 85e9).period, { start: "2026-04-01", end: "2026-06-30" });
  });
});
