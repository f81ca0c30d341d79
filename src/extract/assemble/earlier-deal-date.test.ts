import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import { periodYear } from "../../core/index.js";

describe("period: a past deal's date told before or beside it", () => {
  it("a month alone in parentheses dates a list item's round (EN, FR)", () => {
    const en = extract(
      "Looking back at the year\n- Mistral AI: $2 billion raised (October)\n- Cohere: $500 million (December)",
      "en",
      "2025-02-12",
    );
    assert.equal(periodYear(claimAt(en, 2e9).period), 2024);
    assert.equal(periodYear(claimAt(en, 500e6).period), 2024);
    const fr = extract(
      "Retour sur l'année\n- Mistral AI : 2 milliards de dollars levés (octobre)\n- Cohere : 500 millions de dollars (décembre)",
      "fr",
      "2025-02-12",
    );
    assert.equal(periodYear(claimAt(fr, 2e9).period), 2024);
    assert.equal(periodYear(claimAt(fr, 500e6).period), 2024);
  });

  it("« l'an passé » is last year (FR)", () => {
    const claims = extract("Cohere a perdu 2 milliards de dollars l'an passé.", "fr", "2025-10-03");
    assert.equal(periodYear(claimAt(claims, 2e9).period), 2024);
  });

  it("a valuation 'then' or « alors » stated takes the date before, not a later clause's 'now' (EN, FR)", () => {
    const en = extract(
      "Safe Superintelligence raised $1 billion in September 2024. The start-up, then valued at $5 billion, is now in talks for a new round.",
      "en",
      "2025-06-10",
    );
    assert.equal(periodYear(claimAt(en, 5e9).period), 2024);
    const fr = extract(
      "Safe Superintelligence a levé 1 milliard de dollars en septembre 2024. La start-up, valorisée alors 5 milliards de dollars, discute aujourd'hui d'une nouvelle levée.",
      "fr",
      "2025-06-10",
    );
    assert.equal(periodYear(claimAt(fr, 5e9).period), 2024);
  });

  it("a round told as done with another verb of raising takes the year given just before (EN, FR)", () => {
    const en = extract(
      "2024 was a record year for AI start-ups. Cohere pulled in $500 million from investors.",
      "en",
      "2025-03-01",
    );
    assert.equal(periodYear(claimAt(en, 500e6).period), 2024);
    const fr = extract(
      "L'année 2024 a été record pour les start-up de l'IA. Cohere a récolté 500 millions de dollars auprès d'investisseurs.",
      "fr",
      "2025-03-01",
    );
    assert.equal(periodYear(claimAt(fr, 500e6).period), 2024);
  });

  it("a pledge 'committed' with no date of its own is no earlier deal's (EN)", () => {
    const claims = extract(
      "In July, Cohere agreed to take more capacity from Oracle. SoftBank and OpenAI each committed $19 billion to the venture.",
      "en",
      "2025-09-23",
    );
    assert.equal(periodYear(claimAt(claims, 19e9).period), 2025);
  });
});

describe("period: a year's horizon closing a list of objectives dates each of them", () => {
  it("capacity and chips before « d'ici à 2030 » (FR)", () => {
    const claims = extract(
      "Sesterce vise une puissance de 1,5 GW et 1,2 million de GPU d'ici à 2030.",
      "fr",
      "2025-02-10",
    );
    assert.equal(periodYear(claimAt(claims, 1.5).period), 2030);
    assert.equal(periodYear(claimAt(claims, 1.2e6).period), 2030);
  });

  it("capacity and chips before 'by 2030' (EN)", () => {
    const claims = extract(
      "Sesterce aims for 1.5 GW of power and 1.2 million GPUs by 2030.",
      "en",
      "2025-02-10",
    );
    assert.equal(periodYear(claimAt(claims, 1.5).period), 2030);
    assert.equal(periodYear(claimAt(claims, 1.2e6).period), 2030);
  });
});

describe("period: a season of a year and the end of last year", () => {
  it("'in spring 2024' dates a round (EN)", () => {
    const claims = extract("Cohere closed a $500 million round in spring 2024.", "en", "2025-02-05");
    assert.equal(periodYear(claimAt(claims, 500e6).period), 2024);
  });

  it("« en fin d'année dernière » dates a round (FR)", () => {
    const claims = extract(
      "Cohere a finalisé une levée de 500 millions de dollars en fin d'année dernière.",
      "fr",
      "2025-02-05",
    );
    assert.equal(periodYear(claimAt(claims, 500e6).period), 2024);
  });
});
