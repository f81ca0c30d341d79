import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkQuantities as check } from "../../../test/support/quantities.js";
import { findQuantities } from "./find-quantities.js";

describe("percentage bands: a decade's low, middle or high part read as a vague fraction", () => {
  it("reads low, mid and high bands of a decade with a percent sign or word (EN)", () => {
    check("en", "sales should grow in the low-20s% next year", ["low-20s%", 0.2, 0.24, "range", "fraction"]);
    check("en", "a mid-30s percent rise in orders", ["mid-30s percent", 0.35, 0.35, "approx", "fraction"]);
    check("en", "margins in the high 40s per cent", ["high 40s per cent", 0.45, 0.49, "range", "fraction"]);
    check("en", "growth in the mid-60% range", ["mid-60%", 0.65, 0.65, "approx", "fraction"]);
  });

  it("reads teens and single digits when a word of growth or margin follows (EN)", () => {
    check("en", "Tarvex guided to mid-teens revenue growth", ["mid-teens", 0.15, 0.15, "approx", "fraction"]);
    check("en", "a low-single-digit decline", ["low-single-digit", 0.01, 0.04, "range", "fraction"]);
    check("en", "high-teens operating margins", ["high-teens", 0.15, 0.19, "range", "fraction"]);
  });

  it("reads the French band « le bas / milieu / haut de la tranche (fourchette) des N % »", () => {
    check("fr", "une hausse dans le milieu de la tranche des 30 %", [
      "milieu de la tranche des 30 %",
      0.35,
      0.35,
      "approx",
      "fraction",
    ]);
    check("fr", "une marge dans le haut de la fourchette des 50 pour cent", [
      "haut de la fourchette des 50 pour cent",
      0.55,
      0.59,
      "range",
      "fraction",
    ]);
    check("fr", "des ventes en hausse dans le bas de la fourchette des 20%", [
      "bas de la fourchette des 20%",
      0.2,
      0.24,
      "range",
      "fraction",
    ]);
  });

  it("marks the band vague, as an amount written without a number", () => {
    const [band] = findQuantities("revenue up in the high-20s% this year", "en");
    assert.equal(band?.vague, true);
    assert.ok(band?.notes.some((n) => n.startsWith("vague")));
  });

  it("near misses: an age, a decade of years and a plain percentage stay as they were", () => {
    check("en", "the founder, in her mid-30s, left in 2024");
    check("en", "a boom in the late 1990s");
    check("fr", "une hausse de 30 % de la tranche des grands comptes", [
      "30 %",
      0.3,
      0.3,
      "exact",
      "fraction",
    ]);
  });
});
