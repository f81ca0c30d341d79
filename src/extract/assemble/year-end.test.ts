import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("period: a year-end with no year written", () => {
  it("a level told as past at the year's end is the year just over (FR)", () => {
    const fr = extract(
      "À la fin de l'année, Mistral AI comptait 2 000 clients professionnels.",
      "fr",
      "2026-02-20",
    );
    assert.deepEqual(claimAt(fr, 2000).period, { asOf: "2025-12" });
    const fr2 = extract(
      "Scaleway disposait de 900 millions d'euros de trésorerie en fin d'année.",
      "fr",
      "2025-04-03",
    );
    assert.deepEqual(claimAt(fr2, 900e6).period, { asOf: "2024-12" });
  });

  it("a level told as past at the year's end is the year just over (EN)", () => {
    const en = extract("Cohere had 3,000 business customers at year-end.", "en", "2026-02-20");
    assert.deepEqual(claimAt(en, 3000).period, { asOf: "2025-12" });
    const en2 = extract("At the end of the year, Nebius held $4 billion in cash.", "en", "2025-03-11");
    assert.deepEqual(claimAt(en2, 4e9).period, { asOf: "2024-12" });
  });

  it("a year-end ahead, in the future or a plan, is the publication year's (FR and EN)", () => {
    const fr = extract("Mistral AI comptera 2 000 clients à la fin de l'année.", "fr", "2026-02-20");
    assert.deepEqual(claimAt(fr, 2000).period, { asOf: "2026-12" });
    const en = extract(
      "Cohere expects to have 3,000 business customers at the end of the year.",
      "en",
      "2026-02-20",
    );
    assert.deepEqual(claimAt(en, 3000).period, { asOf: "2026-12" });
  });
});

describe("period: a whole year with no year written, stated as done early in the next", () => {
  it("« sur l'année », « au cours de l'année » after a past result is the year just reported (FR)", () => {
    const fr = extract(
      "Mistral AI a réalisé un chiffre d'affaires de 300 millions d'euros sur l'année.",
      "fr",
      "2026-02-20",
    );
    assert.deepEqual(claimAt(fr, 300e6).period, { start: "2025-01-01", end: "2025-12-31" });
    const fr2 = extract(
      "Au cours de l'année, Scaleway a enregistré une perte nette de 40 millions d'euros.",
      "fr",
      "2025-03-05",
    );
    assert.deepEqual(claimAt(fr2, 40e6).period, { start: "2024-01-01", end: "2024-12-31" });
  });

  it('"For the year" opening the sentence, "in the year" after it, is the year just reported (EN)', () => {
    const en = extract("For the year, Cohere generated revenue of $150 million.", "en", "2026-02-20");
    assert.deepEqual(claimAt(en, 150e6).period, { start: "2025-01-01", end: "2025-12-31" });
    const en2 = extract("Nebius posted a net loss of $400 million in the year.", "en", "2025-02-20");
    assert.deepEqual(claimAt(en2, 400e6).period, { start: "2024-01-01", end: "2024-12-31" });
  });

  it("a plan for the year keeps the year under way (FR and EN)", () => {
    const fr = extract(
      "Mistral AI prévoit un chiffre d'affaires de 500 millions d'euros sur l'année.",
      "fr",
      "2026-02-20",
    );
    assert.deepEqual(claimAt(fr, 500e6).period, { start: "2026-01-01", end: "2026-12-31" });
    const en = extract("Cohere expects revenue of $300 million for the year.", "en", "2026-02-20");
    assert.deepEqual(claimAt(en, 300e6).period, { start: "2026-01-01", end: "2026-12-31" });
  });
});
