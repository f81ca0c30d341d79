import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract, periodEndYear } from "../../../test/support/claims.js";

const Q4_2025 = { start: "2025-10-01", end: "2025-12-31" };

describe("period: a level in a results report is the reported quarter's", () => {
  it("users after the quarter's revenue are counted at its close (EN)", () => {
    const claims = extract(
      "Lambda reported fourth-quarter revenue of $900 million. Its cloud ended the period with 2.5 million paying subscribers and 40,000 business customers.",
      "en",
      "2026-02-10",
    );
    assert.deepEqual(claimAt(claims, 900e6).period, Q4_2025);
    assert.deepEqual(claimAt(claims, 2.5e6).period, { asOf: "2025-12" });
  });

  it("subscribers after the quarter's revenue are counted at its close (FR)", () => {
    const claims = extract(
      "Au quatrième trimestre 2025, Lambda a réalisé un chiffre d'affaires de 900 millions de dollars. Sa plateforme compte 2,5 millions d'abonnés payants.",
      "fr",
      "2026-01-28",
    );
    assert.deepEqual(claimAt(claims, 2.5e6).period, { asOf: "2025-12" });
  });

  it("a backlog stated with the results is booked at the quarter's close (EN)", () => {
    const claims = extract(
      "Kestrel posted revenue of $2 billion in the fourth quarter. Its backlog stood at $60 billion.",
      "en",
      "2026-02-12",
    );
    assert.deepEqual(claimAt(claims, 60e9).period, { asOf: "2025-12" });
  });

  it("an order book stated with the results is booked at the quarter's close (FR)", () => {
    const claims = extract(
      "Au quatrième trimestre, le chiffre d'affaires de Kestrel a atteint 9 milliards d'euros. Son carnet de commandes s'établit à 39 milliards d'euros.",
      "fr",
      "2026-01-28",
    );
    assert.deepEqual(claimAt(claims, 39e9).period, { asOf: "2025-12" });
  });

  it("a text that states no result of the quarter keeps the publication date (EN)", () => {
    const claims = extract(
      "Ahead of its fourth-quarter results, Lambda said it now has 2.5 million paying subscribers.",
      "en",
      "2026-02-10",
    );
    assert.deepEqual(claimAt(claims, 2.5e6).period, { asOf: "2026-02" });
  });

  it("an older quarter's results leave today's levels at publication (EN)", () => {
    const claims = extract(
      "Lambda reported third-quarter revenue of $900 million. It now has 2.5 million paying subscribers.",
      "en",
      "2026-02-10",
    );
    assert.deepEqual(claimAt(claims, 2.5e6).period, { asOf: "2026-02" });
  });

  it("a forecast beside the results keeps its own date (EN)", () => {
    const claims = extract(
      "Lambda reported fourth-quarter revenue of $900 million. It expects 5 million paying subscribers by the end of 2026.",
      "en",
      "2026-02-10",
    );
    assert.equal(periodEndYear(claimAt(claims, 5e6)), "2026");
  });
});
