import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("period: a date after 'since' starts a change", () => {
  it("a valuation reached since a founding date is a value of publication (EN)", () => {
    const claims = extract(
      "Since its launch in March 2022, Mistral AI has climbed to a valuation of $14 billion.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 14e9).period, { asOf: "2025-11" });
  });

  it("a valuation reached since a founding date is a value of publication (FR)", () => {
    const claims = extract(
      "Depuis sa création en avril 2023, Mistral AI a atteint une valorisation de 12 milliards d'euros.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 12e9).period, { asOf: "2025-11" });
  });

  it("a level dated without 'since' keeps its date (EN)", () => {
    const claims = extract("In March 2024, Mistral AI reached a valuation of $6 billion.", "en");
    assert.deepEqual(claimAt(claims, 6e9).period, { asOf: "2024-03" });
  });
});

describe("period: a founding date dates the company, not a figure", () => {
  it("a round in a sentence that gives the founding year is of publication (FR)", () => {
    const claims = extract(
      "Mistral AI, la start-up fondée en 2022 par deux chercheurs, annonce avoir levé 4 milliards de dollars.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 4e9).period, { asOf: "2025-11" });
  });

  it("a founding year with an adverb is left out too (FR)", () => {
    const claims = extract(
      "Ces levées totalisant 900 millions de dollars étonnent pour Nscale, créée seulement en 2023.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 9e8).period, { asOf: "2025-11" });
  });

  it("a total raised since the founding month is of publication (EN)", () => {
    const claims = extract("Crusoe has raised about $2.5bn since it was founded in March 2019.", "en");
    assert.deepEqual(claimAt(claims, 2.5e9).period, { asOf: "2025-11" });
  });

  it("a founding date after the founders' names is left out (EN and FR)", () => {
    const en = extract(
      "xAI has received $12 billion so far, after it was founded by Elon Musk in July 2023.",
      "en",
    );
    assert.deepEqual(claimAt(en, 12e9).period, { asOf: "2025-11" });
    const fr = extract(
      "Mistral AI, fondée par Arthur Mensch en avril 2023, a levé 2 milliards d'euros.",
      "fr",
    );
    assert.deepEqual(claimAt(fr, 2e9).period, { asOf: "2025-11" });
  });

  it("a founding date after founders described, not named, is left out too (EN and FR)", () => {
    const en = extract("Mistral AI, founded by former researchers in 2023, raised $2 billion.", "en");
    assert.deepEqual(claimAt(en, 2e9).period, { asOf: "2025-11" });
    const fr = extract(
      "Mistral AI, fondée par d'anciens chercheurs en 2023, a levé 2 milliards d'euros.",
      "fr",
    );
    assert.deepEqual(claimAt(fr, 2e9).period, { asOf: "2025-11" });
  });

  it("a figure dated in its own clause keeps its date (EN)", () => {
    const claims = extract("Cerebras, founded in 2016, raised $700 million in June 2024.", "en");
    assert.deepEqual(claimAt(claims, 7e8).period, { asOf: "2024-06" });
  });
});

describe("period: the date right after a change's start is the start's", () => {
  it("a valuation reached from an earlier one dated last year is of publication (EN)", () => {
    const claims = extract(
      "The deal would lift Cohere's valuation from $5.5 billion last year to about $7 billion.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 5.5e9).period, { asOf: "2024" });
    assert.deepEqual(claimAt(claims, 7e9).period, { asOf: "2025-11" });
  });

  it("a level reached from a dated start is of publication (FR and EN)", () => {
    const fr = extract(
      "La valorisation de Mistral AI est passée de 6 milliards d'euros l'an dernier à 11,7 milliards d'euros.",
      "fr",
    );
    assert.deepEqual(claimAt(fr, 6e9).period, { asOf: "2024" });
    assert.deepEqual(claimAt(fr, 11.7e9).period, { asOf: "2025-11" });
    const users = extract(
      "Le nombre d'utilisateurs hebdomadaires de ChatGPT est passé de 400 millions en février à 800 millions.",
      "fr",
    );
    assert.deepEqual(claimAt(users, 8e8).period, { asOf: "2025-11" });
    const en = extract("ChatGPT's weekly users grew from 300 million in December to 800 million.", "en");
    assert.deepEqual(claimAt(en, 3e8).period, { asOf: "2024-12" });
    assert.deepEqual(claimAt(en, 8e8).period, { asOf: "2025-11" });
  });

  it("a date after the figure a change reaches stays that figure's (EN)", () => {
    const claims = extract("xAI's valuation jumped from $50 billion to $200 billion in September.", "en");
    assert.deepEqual(claimAt(claims, 200e9).period, { asOf: "2025-09" });
  });
});
