import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import type { Claim } from "../../core/index.js";

const asOf = (c: Claim) => (c.period && "asOf" in c.period ? c.period.asOf : null);
const flow = (c: Claim) => (c.period && "end" in c.period ? `${c.period.start}..${c.period.end}` : null);

describe("period: dates counted back from the date the text gave before them", () => {
  it("'N mois plus tôt' counts from the previous sentence's month, not publication (FR)", () => {
    const claims = extract(
      "La start-up Kestrel a levé fin juin 400 millions de dollars lors d'une série B. Huit mois plus tôt, sa série A n'avait rapporté que 60 millions de dollars.",
      "fr",
      "2025-09-15",
    );
    assert.equal(asOf(claimAt(claims, 400e6)), "2025-06");
    assert.equal(asOf(claimAt(claims, 60e6)), "2024-10");
  });

  it("'N months earlier' counts from the previous sentence's month (EN)", () => {
    const claims = extract(
      "Kestrel raised $400 million in a Series B in March 2025. Four months earlier, its Series A had raised only $60 million.",
      "en",
      "2025-09-15",
    );
    assert.equal(asOf(claimAt(claims, 60e6)), "2024-11");
  });

  it("'un an plus tôt' after a year of the paragraph is the year before it, not before publication (FR)", () => {
    const claims = extract(
      "En 2022, Kestrel a réalisé 90 millions de dollars de chiffre d'affaires. Un an plus tôt, le groupe avait réalisé 40 millions de dollars de chiffre d'affaires.",
      "fr",
      "2025-09-15",
    );
    assert.equal(flow(claimAt(claims, 40e6)), "2021-01-01..2021-12-31");
  });

  it("'the previous year' after a year of the paragraph is the year before it (EN)", () => {
    const claims = extract(
      "Kestrel posted revenue of $90 million in 2022. The previous year, it had posted revenue of $40 million.",
      "en",
      "2025-09-15",
    );
    assert.equal(flow(claimAt(claims, 40e6)), "2021-01-01..2021-12-31");
  });

  it("with no earlier date in the paragraph, 'a year earlier' stays a year before publication (EN)", () => {
    const claims = extract(
      "Kestrel raised $500 million this week. A year earlier, the start-up was valued at $2 billion.",
      "en",
      "2025-09-15",
    );
    assert.equal(asOf(claimAt(claims, 2e9)), "2024-09");
  });

  it("two figures of 'the two previous years' are read outward from the year given before them (FR)", () => {
    const claims = extract(
      "Les opérateurs prévoient d'investir 90 milliards de dollars en 2027, bien plus que les 70 et 50 milliards des deux années précédentes.",
      "fr",
      "2026-03-10",
    );
    assert.equal(flow(claimAt(claims, 70e9)), "2026-01-01..2026-12-31");
    assert.equal(flow(claimAt(claims, 50e9)), "2025-01-01..2025-12-31");
  });

  it("two figures of 'the previous two years' are read outward from the year given before them (EN)", () => {
    const claims = extract(
      "The operators plan to spend $90 billion on capital expenditures in 2027, far above the $70 billion and $50 billion of the previous two years.",
      "en",
      "2026-03-10",
    );
    assert.equal(flow(claimAt(claims, 70e9)), "2026-01-01..2026-12-31");
    assert.equal(flow(claimAt(claims, 50e9)), "2025-01-01..2025-12-31");
  });

  it("figures over 'the following three years' are one year each after the fiscal year given before them (EN)", () => {
    const claims = extract(
      "Lambda expects cloud revenue to grow 50% to $2 billion in the current fiscal year, which ends in March 2026, and then to rise to $3 billion, $5 billion and $8 billion over the following three years.",
      "en",
      "2025-06-10",
    );
    assert.equal(flow(claimAt(claims, 3e9)), "2026-04-01..2027-03-31");
    assert.equal(flow(claimAt(claims, 8e9)), "2028-04-01..2029-03-31");
  });

  it("figures 'des trois années suivantes' are one year each after the year given before them (FR)", () => {
    const claims = extract(
      "Lambda prévoit que son chiffre d'affaires atteindra 2 milliards de dollars en 2026, puis 3 milliards de dollars, 5 milliards de dollars et 8 milliards de dollars au cours des trois années suivantes.",
      "fr",
      "2025-06-10",
    );
    assert.equal(flow(claimAt(claims, 3e9)), "2027-01-01..2027-12-31");
    assert.equal(flow(claimAt(claims, 8e9)), "2029-01-01..2029-12-31");
  });

  it("a list whose currency is written once after its last amount is read outward over the years (FR, EN)", () => {
    const fr = extract(
      "Lambda prévoit un chiffre d'affaires de 2 milliards de dollars en 2026, puis de 4 milliards, 7 milliards et 11 milliards de dollars au cours des trois années suivantes.",
      "fr",
      "2025-06-10",
    );
    assert.equal(flow(claimAt(fr, 4e9)), "2027-01-01..2027-12-31");
    assert.equal(flow(claimAt(fr, 7e9)), "2028-01-01..2028-12-31");
    assert.equal(flow(claimAt(fr, 11e9)), "2029-01-01..2029-12-31");
    const en = extract(
      "Crusoe expects revenue of $1 billion in 2026, then 2 billion, 3.5 billion and 6 billion dollars in the following three years.",
      "en",
      "2025-06-10",
    );
    assert.equal(flow(claimAt(en, 2e9)), "2027-01-01..2027-12-31");
    assert.equal(flow(claimAt(en, 6e9)), "2029-01-01..2029-12-31");
  });

  it("a list of another unit before the years is not read over them", () => {
    const claims = extract(
      "Lambda prévoit un chiffre d'affaires de 2 milliards de dollars en 2026, avec 300 MW, puis 5 milliards de dollars et 8 milliards de dollars au cours des deux années suivantes.",
      "fr",
      "2025-06-10",
    );
    assert.notEqual(flow(claimAt(claims, 0.3)), "2027-01-01..2027-12-31");
  });

  it("'deux ans plus tard' counts forward from the month given before it (FR)", () => {
    const claims = extract(
      "Kestrel a levé 100 millions de dollars en mars 2021. Deux ans plus tard, Kestrel était valorisée à 2 milliards de dollars.",
      "fr",
      "2025-06-10",
    );
    assert.equal(asOf(claimAt(claims, 2e9)), "2023-03");
  });

  it("a total over 'the following four years' after a month spans four years from that month (FR)", () => {
    const claims = extract(
      "Le programme, lancé en mars par Lambda, prévoit d'investir jusqu'à 40 milliards de dollars au cours des quatre années suivantes.",
      "fr",
      "2025-06-10",
    );
    assert.equal(flow(claimAt(claims, 40e9)), "2025-03..2029-03");
  });
});
