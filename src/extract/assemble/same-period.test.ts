import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import type { Claim } from "../../core/index.js";

const extractOn = (text: string, language: "fr" | "en") => extract(text, language, "2025-08-12");

const year = (c: Claim) => (c.period && "end" in c.period ? c.period.end?.slice(0, 4) : null);

describe("period: 'the same period last year'", () => {
  it("the same period in a year named is the earlier figure's span in that year (EN)", () => {
    const claims = extractOn(
      "Zhipu's revenue rose from $31 million in the first nine months of 2024 to $58 million during the same period in 2025, the filing showed.",
      "en",
    );
    assert.equal(year(claimAt(claims, 31e6)), "2024");
    assert.equal(year(claimAt(claims, 58e6)), "2025");
  });

  it("the same period of a year named is the earlier figure's span in that year (FR)", () => {
    const claims = extractOn(
      "Au premier semestre 2025, la perte nette de MiniMax a atteint 465 millions de dollars, contre 220 millions de dollars sur la même période de 2024.",
      "fr",
    );
    assert.equal(year(claimAt(claims, 465e6)), "2025");
    assert.equal(year(claimAt(claims, 220e6)), "2024");
  });

  it("a loss of the same period last year is a year back; the one it grew to is not (EN)", () => {
    const claims = extractOn(
      "Lambda's second-quarter revenue rose to $500 million, while its net loss grew from $90 million in the same period last year to $150 million.",
      "en",
    );
    assert.equal(year(claimAt(claims, 500e6)), "2025");
    assert.equal(year(claimAt(claims, 90e6)), "2024");
    assert.equal(year(claimAt(claims, 150e6)), "2025");
  });

  it("a loss of the same period of last year is a year back (FR)", () => {
    const claims = extractOn(
      "Au deuxième trimestre, le chiffre d'affaires de Lambda a atteint 500 millions de dollars, et sa perte nette est passée de 90 millions de dollars sur la même période de l'an dernier à 150 millions de dollars.",
      "fr",
    );
    assert.equal(year(claimAt(claims, 90e6)), "2024");
    assert.equal(year(claimAt(claims, 150e6)), "2025");
  });

  it("a growth measured from the same period last year keeps the current period (EN)", () => {
    const claims = extractOn(
      "Lambda's second-quarter revenue reached $500 million, up 40% from the same period last year.",
      "en",
    );
    assert.equal(year(claimAt(claims, 0.4)), "2025");
  });

  it("a figure dated 'un an plus tôt' does not date the next undated flow of the paragraph (FR)", () => {
    const claims = extractOn(
      "Lambda a réalisé 800 millions de dollars de ventes en 2025. Un an plus tôt, le groupe avait réalisé 300 millions de dollars. Son activité cloud a généré à elle seule 600 millions de dollars de ventes.",
      "fr",
    );
    assert.equal(year(claimAt(claims, 300e6)), "2024");
    assert.equal(year(claimAt(claims, 600e6)), "2025");
  });

  it("a figure dated 'a year earlier' does not date the next undated flow of the paragraph (EN)", () => {
    const claims = extractOn(
      "Lambda posted $800 million in sales in 2025. A year earlier, the group had posted $300 million in sales. Its cloud unit alone generated $600 million in sales.",
      "en",
    );
    assert.equal(year(claimAt(claims, 300e6)), "2024");
    assert.equal(year(claimAt(claims, 600e6)), "2025");
  });
});

describe("period: a date across a semicolon", () => {
  it("belongs to the clause after the semicolon, not to a figure before it (en, fr)", () => {
    const en = extractOn(
      "Oracle's capex was $8.5 billion in the August quarter (incl. leases), up 55% y/y; FY27 growth will be higher.",
      "en",
    );
    assert.deepEqual(claimAt(en, 0.55).period, { start: "2025-06-01", end: "2025-08-31" });
    const fr = extractOn(
      "Oracle : investissements de 8,5 milliards de dollars au trimestre clos fin août (hors location), en hausse de 55 % ; en 2027, ils seront plus élevés.",
      "fr",
    );
    assert.deepEqual(claimAt(fr, 0.55).period, { start: "2025-06-01", end: "2025-08-31" });
  });
});
