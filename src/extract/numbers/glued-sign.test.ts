import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findQuantities } from "./find-quantities.js";

const read = (text: string, language: "fr" | "en") =>
  findQuantities(text, language).map((q) => [text.slice(q.span.start, q.span.end), q.low, q.unit]);

describe("a currency sign glued to the next number", () => {
  it("opens the next amount, never closes a year label before it (EN, FR)", () => {
    assert.deepEqual(read("Capex: 2023 $28.1bn, 2024 $39.2bn", "en"), [
      ["$28.1bn", 28.1e9, "USD"],
      ["$39.2bn", 39.2e9, "USD"],
    ]);
    assert.deepEqual(read("Q1 $4.1bn, Q2 $4.4bn", "en"), [
      ["$4.1bn", 4.1e9, "USD"],
      ["$4.4bn", 4.4e9, "USD"],
    ]);
    assert.deepEqual(read("Ventes : 2024 €12M, 2025 €19M", "fr"), [
      ["€12M", 12e6, "EUR"],
      ["€19M", 19e6, "EUR"],
    ]);
  });

  it("still closes an amount when a space or a word follows it (FR)", () => {
    assert.deepEqual(
      read("un abonnement à 20 $ par mois", "fr").map((q) => q[2]),
      ["USD_per_month"],
    );
    assert.deepEqual(
      read("une levée de 300 € au total", "fr").map((q) => q[2]),
      ["EUR"],
    );
  });
});
