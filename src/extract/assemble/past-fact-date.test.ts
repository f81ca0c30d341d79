import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const extractOn = (text: string, language: "fr" | "en") => extract(text, language, "2025-10-31");

describe("period: a figure stated as done is not dated by a later year in another clause", () => {
  it("a plan's year in the clause before does not date revenue that rose (EN)", () => {
    const claims = extractOn(
      "Amazon plans more spending for 2026, while AWS revenue rose 20% to $33 billion.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 33e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("a plan's year in the clause before does not date revenue that grew (FR)", () => {
    const claims = extractOn(
      "Microsoft prévoit davantage de dépenses pour 2026, tandis que le chiffre d'affaires d'Azure a progressé de 40 % à 25 milliards de dollars.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 25e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("a year in the figure's own clause still dates it (EN)", () => {
    const claims = extractOn("Amazon expects AWS revenue to reach $40 billion in 2026.", "en");
    assert.deepEqual(claimAt(claims, 40e9).period, { start: "2026-01-01", end: "2026-12-31" });
  });
});

describe("period: an undated result in a report of a year's first quarter is the last quarter completed", () => {
  const year = (c: { period: unknown }) => JSON.stringify(c.period);
  it("a growth stated as done, with no date, in February is the previous year's fourth quarter (EN)", () => {
    const claims = extract(
      "Alphabet said its cloud backlog more than doubled. Cloud revenue rose almost 41%, the company said.",
      "en",
      "2026-02-06",
    );
    const growth = claims.find((c) => c.value.low === 0.41);
    assert.ok(growth);
    assert.equal(year(growth), JSON.stringify({ start: "2025-10-01", end: "2025-12-31" }));
  });

  it("a growth set against the previous quarter, in March, is the previous year's (FR)", () => {
    const claims = extract(
      "Broadcom a publié ses résultats. Le chiffre d'affaires des logiciels de Broadcom progresse de seulement 2 % contre 17 % lors du précédent trimestre.",
      "fr",
      "2026-03-05",
    );
    const earlier = claims.find((c) => c.value.low === 0.17);
    assert.ok(earlier);
    assert.equal(earlier.period && "end" in earlier.period ? earlier.period.end?.slice(0, 4) : null, "2025");
  });

  it("later in the year an undated result stays the publication year's (EN)", () => {
    const claims = extract(
      "Cloud revenue at Alphabet rose almost 41%, the company said.",
      "en",
      "2025-07-24",
    );
    const growth = claims.find((c) => c.value.low === 0.41);
    assert.ok(growth);
    assert.equal(year(growth), JSON.stringify({ start: "2025-01-01", end: "2025-12-31" }));
  });
});
