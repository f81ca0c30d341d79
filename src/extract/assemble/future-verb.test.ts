import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: future capital expenditure is handed over only by the future's own verb, subject or purpose", () => {
  it("a spending forecast beside a financing noun stays a target (EN)", () => {
    const en = extract(
      "Amazon said its $15bn financing with Apollo for the Ohio campus stays off its books, and its capital expenditure next year will be $90bn to $95bn.",
      "en",
      "2025-11-12",
    );
    assert.equal(claimAt(en, 90e9).qualifier, "target");
  });

  it("« dépenses d'investissement » in reported speech with a conditional stays a target (FR)", () => {
    const fr = extract(
      "Le directeur financier de Alphabet a indiqué que les dépenses d'investissement dépasseraient 40 milliards de dollars au troisième trimestre.",
      "fr",
      "2025-07-25",
    );
    assert.equal(claimAt(fr, 40e9).qualifier, "target");
  });

  it("a future verb that hands money over keeps the commitment (FR and EN)", () => {
    const fr = extract("Nvidia investira 5 milliards de dollars dans Intel.", "fr", "2025-09-19");
    assert.equal(claimAt(fr, 5e9).qualifier, "commitment");
    const fr2 = extract("SoftBank va verser 10 milliards de dollars à OpenAI.", "fr", "2025-09-19");
    assert.equal(claimAt(fr2, 10e9).qualifier, "commitment");
    const en = extract("Microsoft will also invest $5 billion in Anthropic.", "en", "2025-11-18");
    assert.equal(claimAt(en, 5e9).qualifier, "commitment");
  });
});

describe("qualifier: a future amount whose subject or purpose hands money over is a commitment", () => {
  it("an investment as the subject of the future (FR and EN)", () => {
    const fr = extract(
      "L'investissement de Microsoft dans G42 sera de 2 milliards de dollars.",
      "fr",
      "2025-05-23",
    );
    assert.equal(claimAt(fr, 2e9).qualifier, "commitment");
    const en = extract("Amazon's investment in Anthropic will total $8 billion.", "en", "2025-05-23");
    assert.equal(claimAt(en, 8e9).qualifier, "commitment");
  });

  it("money spent in the future to buy or lease (FR and EN)", () => {
    const fr = extract(
      "Iliad consacrera 3 milliards d'euros pour acheter des processeurs à Nvidia.",
      "fr",
      "2025-02-11",
    );
    assert.equal(claimAt(fr, 3e9).qualifier, "commitment");
    const en = extract(
      "Nebius will spend $2 billion to lease data centres from Equinix.",
      "en",
      "2025-02-11",
    );
    assert.equal(claimAt(en, 2e9).qualifier, "commitment");
  });
});

describe("qualifier: amounts agreed to be put in are commitments", () => {
  it('"agreed to contribute", « ont convenu d\'investir » (EN and FR)', () => {
    const en = extract(
      "Oracle and MGX agreed to contribute a combined $7 billion of investment to the new campus.",
      "en",
      "2025-09-23",
    );
    assert.equal(claimAt(en, 7e9).qualifier, "commitment");
    const fr = extract(
      "Bpifrance et MGX ont convenu d'investir ensemble 3 milliards d'euros dans le campus.",
      "fr",
      "2025-09-23",
    );
    assert.equal(claimAt(fr, 3e9).qualifier, "commitment");
  });
});

describe("qualifier: any future of the clause may hand the money over", () => {
  it("a second future verb that invests (EN and FR)", () => {
    const en = extract(
      "Cohere will open an office in Paris and will invest $1 billion there.",
      "en",
      "2025-06-02",
    );
    assert.equal(claimAt(en, 1e9).qualifier, "commitment");
    const fr = extract(
      "Cohere ouvrira un bureau à Paris et y investira 1 milliard de dollars.",
      "fr",
      "2025-06-02",
    );
    assert.equal(claimAt(fr, 1e9).qualifier, "commitment");
  });
});
