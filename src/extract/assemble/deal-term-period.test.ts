import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader, periodEndYear as endYear } from "../../../test/support/claims.js";

const extract = claimReader("2025-05-14");

describe("period: a deal's term is its amount's", () => {
  it("a term after the deal's capacity is the amount's term too (EN)", () => {
    const claims = extract(
      "AMD and Humain said they would invest $12 billion together to deploy 600 megawatts of AI computing capacity over five years.",
      "en",
    );
    assert.equal(endYear(at(claims, 12e9)), "2030");
  });

  it("a term after the deal's capacity is the amount's term too (FR)", () => {
    const claims = extract(
      "Cerebras a signé un accord de 8 milliards de dollars avec OpenAI pour fournir 600 mégawatts de puissance de calcul jusqu'en 2029.",
      "fr",
    );
    assert.equal(endYear(at(claims, 8e9)), "2029");
  });

  it("a term written around the amount is the deal's (EN)", () => {
    const claims = extract(
      "OpenAI has signed a six-year, $9.5 billion agreement with CoreWeave.",
      "en",
      "2025-03-11",
    );
    assert.equal(endYear(at(claims, 9.5e9)), "2031");
  });

  it("the past verb of another figure does not hide the deal's end date (EN and FR)", () => {
    const en = extract(
      "CoreWeave shares jumped 11% after announcing a $12.5 billion computing power agreement with Meta, running through December 2030.",
      "en",
      "2025-09-30",
    );
    assert.equal(endYear(at(en, 12.5e9)), "2030");
    const fr = extract(
      "L'action CoreWeave a bondi de 11 % après l'annonce d'un contrat de 12,5 milliards de dollars avec Meta, qui court jusqu'en décembre 2030.",
      "fr",
      "2025-09-30",
    );
    assert.equal(endYear(at(fr, 12.5e9)), "2030");
  });

  it("a term runs from the signing month written in another clause of the sentence (EN and FR)", () => {
    const en = extract(
      "Nebius signed a $4.2 billion, six-year contract with Meta in April 2025 and received warrants alongside it.",
      "en",
      "2025-11-14",
    );
    assert.deepEqual(at(en, 4.2e9).period, { start: "2025-04", end: "2031-04" });
    const fr = extract(
      "Début février, le patron de Lambda a chiffré ses engagements de calcul à environ 900 millions de dollars sur les quatre prochaines années, pour 2 gigawatts.",
      "fr",
      "2026-01-20",
    );
    assert.deepEqual(at(fr, 9e8).period, { start: "2025-02", end: "2029-02" });
  });

  it("a table row's date cell is the signing month of the term in another cell (FR and EN)", () => {
    const fr = extract(
      "| Client | Date | Nature | Montant |\n|---|---|---|---|\n| Nebius | avril 2025 | cloud, sur six ans | 4 milliards de dollars |\n",
      "fr",
      "2026-01-20",
    );
    assert.deepEqual(at(fr, 4e9).period, { start: "2025-04", end: "2031-04" });
    const en = extract(
      "| Customer | Date | Kind | Amount |\n|---|---|---|---|\n| Nebius | April 2025 | cloud, over six years | $4 billion |\n",
      "en",
      "2026-01-20",
    );
    assert.deepEqual(at(en, 4e9).period, { start: "2025-04", end: "2031-04" });
  });

  it("a month written next to another figure is that figure's, not the term's start (EN and FR)", () => {
    const en = extract(
      "Nebius, which raised $1 billion in March, signed a $4 billion contract with Meta over six years.",
      "en",
      "2026-01-20",
    );
    assert.equal(endYear(at(en, 4e9)), "2032");
    const fr = extract(
      "Nebius, qui a levé 1 milliard de dollars en mars, a signé un contrat de 4 milliards de dollars avec Meta sur six ans.",
      "fr",
      "2026-01-20",
    );
    assert.equal(endYear(at(fr, 4e9)), "2032");
  });

  it("a term of years named as a period or a duration is the deal's (FR)", () => {
    const period = extract(
      "Amazon s'est engagé à acheter jusqu'à 9 milliards de dollars de puissance de calcul à Nscale sur une période de quatre ans.",
      "fr",
      "2026-03-16",
    );
    assert.equal(endYear(at(period, 9e9)), "2030");
    const contract = extract(
      "Fluidstack fournira à Mistral AI des serveurs pour 4 milliards d'euros, d'une durée de sept ans.",
      "fr",
    );
    assert.equal(endYear(at(contract, 4e9)), "2032");
    const duration = extract(
      "Pour une durée de dix ans, Iliad louera à Anthropic des serveurs pour 2 milliards d'euros.",
      "fr",
    );
    assert.equal(endYear(at(duration, 2e9)), "2035");
  });

  it("a term written as an N-year period, or with a non-breaking hyphen, is the deal's (EN)", () => {
    const period = extract(
      "Microsoft agreed to rent GPU servers from Lambda for a three-year period valued at $2.4 billion.",
      "en",
      "2025-09-05",
    );
    assert.equal(endYear(at(period, 2.4e9)), "2028");
    const hyphen = extract(
      "Nebius has announced a five\u2011year contract worth approximately $3 billion with Meta Platforms.",
      "en",
      "2025-11-11",
    );
    assert.equal(endYear(at(hyphen, 3e9)), "2030");
  });

  it("a term in years written after the deal's noun is the deal's (FR « contrat de N ans », EN 'spanning N years')", () => {
    const fr = extract(
      "OpenAI a signé un contrat de cinq ans d'une valeur de 300 milliards de dollars avec Oracle.",
      "fr",
      "2026-02-10",
    );
    assert.equal(endYear(at(fr, 300e9)), "2031");
    const en = extract(
      "OpenAI struck a $300 billion deal with Oracle spanning five years.",
      "en",
      "2026-02-10",
    );
    assert.equal(endYear(at(en, 300e9)), "2031");
  });
});
