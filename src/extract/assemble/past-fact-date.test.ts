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

  it("a change measured from the previous quarter is the last quarter's own, early in the year (EN, FR)", () => {
    const en = extract(
      "Alphabet posted its results. Cloud revenue fell 6% from the prior quarter, the company said.",
      "en",
      "2026-02-06",
    );
    const enGrowth = en.find((c) => c.value.low === -0.06);
    assert.ok(enGrowth);
    assert.equal(year(enGrowth), JSON.stringify({ start: "2025-10-01", end: "2025-12-31" }));
    const fr = extract(
      "Alphabet a publié ses résultats. Le chiffre d'affaires du cloud a reculé de 6 % par rapport au trimestre précédent.",
      "fr",
      "2026-02-06",
    );
    const frGrowth = fr.find((c) => c.value.low === -0.06);
    assert.ok(frGrowth);
    assert.equal(year(frGrowth), JSON.stringify({ start: "2025-10-01", end: "2025-12-31" }));
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

const yearOf = (period: unknown) => {
  const p = period as { asOf?: string; end?: string | null; start?: string | null } | null;
  return (p?.asOf ?? p?.end ?? p?.start ?? "").slice(0, 4);
};

describe("results stated as done, dated by what is over at publication", () => {
  it("a growth with no date early in the year takes the company's last fiscal quarter (EN)", () => {
    const claims = extract(
      "Nvidia reported record results on Wednesday. Data centre revenue rose 66% from a year earlier.",
      "en",
      "2026-02-26",
    );
    assert.deepEqual(claimAt(claims, 0.66).period, { start: "2025-11-01", end: "2026-01-31" });
  });

  it("a growth with no date early in the year takes the company's last fiscal quarter (FR)", () => {
    const claims = extract(
      "Nvidia a publié mercredi des résultats record. Le chiffre d'affaires a progressé de 66 % sur un an.",
      "fr",
      "2026-02-26",
    );
    assert.deepEqual(claimAt(claims, 0.66).period, { start: "2025-11-01", end: "2026-01-31" });
  });

  it("a half with no year that is not over is last year's when the result is stated as done (EN)", () => {
    const claims = extract(
      "Mistral AI generated €120 million of revenue in the first half.",
      "en",
      "2026-03-10",
    );
    assert.deepEqual(claimAt(claims, 120e6).period, { start: "2025-01-01", end: "2025-06-30" });
  });

  it("a half with no year that is not over is last year's when the result is stated as done (FR)", () => {
    const claims = extract(
      "Mistral AI a réalisé 120 millions d'euros de chiffre d'affaires au premier semestre.",
      "fr",
      "2026-03-10",
    );
    assert.deepEqual(claimAt(claims, 120e6).period, { start: "2025-01-01", end: "2025-06-30" });
  });

  it("a half still to come in a plan keeps the current year (EN, FR)", () => {
    const en = extract("Mistral AI expects €150 million of revenue in the first half.", "en", "2026-03-10");
    assert.equal(yearOf(claimAt(en, 150e6).period), "2026");
    const fr = extract(
      "Mistral AI vise 150 millions d'euros de chiffre d'affaires au premier semestre.",
      "fr",
      "2026-03-10",
    );
    assert.equal(yearOf(claimAt(fr, 150e6).period), "2026");
  });

  it("'Q3 revenue' with no year is the latest third quarter begun (EN, FR)", () => {
    const en = extract("CoreWeave's Q3 revenue was $1.4 billion.", "en", "2026-01-20");
    assert.deepEqual(claimAt(en, 1.4e9).period, { start: "2025-07-01", end: "2025-09-30" });
    const fr = extract("Le CA T3 de CoreWeave s'est élevé à 1,4 milliard de dollars.", "fr", "2026-01-20");
    assert.deepEqual(claimAt(fr, 1.4e9).period, { start: "2025-07-01", end: "2025-09-30" });
  });
});

describe("a month named as over or as an event's, with no year", () => {
  it("'ended June with' a run-rate, published the next year, is last June (EN, FR)", () => {
    const en = extract("Anthropic ended June with a $5 billion run rate.", "en", "2026-02-15");
    assert.deepEqual(claimAt(en, 5e9).period, { asOf: "2025-06" });
    const fr = extract(
      "Anthropic a terminé juin avec un chiffre d'affaires annualisé de 5 milliards de dollars.",
      "fr",
      "2026-02-15",
    );
    assert.deepEqual(claimAt(fr, 5e9).period, { asOf: "2025-06" });
  });

  it("'the December round', 'le tour de table de décembre' in January are last December (EN, FR)", () => {
    const en = extract("The December round valued xAI at $45 billion.", "en", "2025-01-08");
    assert.deepEqual(claimAt(en, 45e9).period, { asOf: "2024-12" });
    const fr = extract(
      "Le tour de table de décembre valorisait xAI à 45 milliards de dollars.",
      "fr",
      "2025-01-08",
    );
    assert.deepEqual(claimAt(fr, 45e9).period, { asOf: "2024-12" });
  });
});

describe("'ce tour' points back to the round just dated", () => {
  it("the valuation of 'ce tour' takes the round's date (FR)", () => {
    const claims = extract(
      "Mistral AI a levé 500 millions d'euros en juin. Ce tour l'a valorisée 5 milliards d'euros.",
      "fr",
      "2025-01-20",
    );
    assert.deepEqual(claimAt(claims, 5e9).period, { asOf: "2024-06" });
  });

  it("the valuation of 'this round' takes the round's date (EN)", () => {
    const claims = extract(
      "Mistral AI raised €500 million in June. This round valued it at €5 billion.",
      "en",
      "2025-01-20",
    );
    assert.deepEqual(claimAt(claims, 5e9).period, { asOf: "2024-06" });
  });
});

describe("a forecast told in the past is no result stated as done", () => {
  it("'was expected to come in at' for a quarter not over keeps that quarter (EN)", () => {
    const claims = extract(
      "For Q4, Kestrel's revenue was expected to come in at about $5 billion, the company said.",
      "en",
      "2025-11-20",
    );
    assert.deepEqual(claimAt(claims, 5e9).period, { start: "2025-10-01", end: "2025-12-31" });
  });

  it("'were forecast at' for a half not over keeps that half (EN)", () => {
    const claims = extract(
      "Lambda's sales in the second half were forecast at $2 billion by its chief financial officer.",
      "en",
      "2025-09-15",
    );
    assert.deepEqual(claimAt(claims, 2e9).period, { start: "2025-07-01", end: "2025-12-31" });
  });
});
