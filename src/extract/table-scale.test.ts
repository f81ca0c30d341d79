import assert from "node:assert/strict";
import { test } from "node:test";
import { claimFields } from "../../test/support/claims.js";
import { declaredScale } from "./table-scale.js";

test("a declaration of scale and currency, in brackets, after in/en, or alone in a cell", () => {
  assert.deepEqual(declaredScale("Capex (in $bn)", "en"), {
    factor: 1e9,
    currency: "USD",
    written: "in $bn",
  });
  assert.equal(declaredScale("($ in millions)", "en")?.factor, 1e6);
  assert.equal(declaredScale("Revenue (€ billions)", "en")?.currency, "EUR");
  assert.deepEqual(declaredScale("Dépenses (en milliards de dollars)", "fr"), {
    factor: 1e9,
    currency: "USD",
    written: "en milliards de dollars",
  });
  assert.equal(declaredScale("Md€", "fr")?.currency, "EUR");
  assert.equal(declaredScale("Chiffres en millions d'euros", "fr")?.factor, 1e6);
  // French "billions" is the long scale.
  assert.equal(declaredScale("(en billions d'euros)", "fr")?.factor, 1e12);
  assert.equal(declaredScale("(in billions)", "en")?.currency, null);
});

test("a declaration after a comma or a dash, or opening a cell with a capital (EN, FR)", () => {
  assert.deepEqual(declaredScale("Capex, $bn", "en"), { factor: 1e9, currency: "USD", written: "$bn" });
  assert.equal(declaredScale("Revenue — $ millions", "en")?.factor, 1e6);
  assert.equal(declaredScale("En milliards d'euros", "fr")?.currency, "EUR");
  assert.equal(declaredScale("Revenue, Vantor Labs", "en"), null);
  assert.equal(declaredScale("Capex — first half", "en"), null);
});

test("brackets that say anything else declare no scale", () => {
  assert.equal(declaredScale("Revenue (compared with billions of dollars last year)", "en"), null);
  assert.equal(declaredScale("Meta (Facebook)", "en"), null);
  assert.equal(declaredScale("Capex (2025)", "en"), null);
  assert.equal(declaredScale("(M)", "en"), null);
});

const read = claimFields(["entity", "metric", "unit", "value"], { published: "2026-02-10" });

test("figures written as digits in a table take the scale its caption declares (EN, aligned rows)", () => {
  const text = [
    "Capital spending by company (in $ billions)",
    "",
    "Company    2024    2025",
    "Microsoft  55.7    88.2",
    "Meta       39.2    72.2",
  ].join("\n");
  assert.deepEqual(read(text, "en"), [
    ["Microsoft", "capex", "USD", 55.7e9],
    ["Microsoft", "capex", "USD", 88.2e9],
    ["Meta", "capex", "USD", 39.2e9],
    ["Meta", "capex", "USD", 72.2e9],
  ]);
});

test("a table of years as rows, its header naming each column's measure (FR, inner pipes)", () => {
  const text = [
    "Résultats annuels d'Alphabet (en milliards de dollars)",
    "",
    "Année | Chiffre d'affaires | Investissements",
    "2024 | 350,0 | 52,5",
    "2025 | 402,8 | 91,4",
  ].join("\n");
  assert.deepEqual(read(text, "fr"), [
    ["Alphabet", "revenue", "USD", 350e9],
    ["Alphabet", "capex", "USD", 52.5e9],
    ["Alphabet", "revenue", "USD", 402.8e9],
    ["Alphabet", "capex", "USD", 91.4e9],
  ]);
});

test("the corner cell of a table may carry both the measure and the scale", () => {
  const text = ["| Capex (in $bn) | 2024 | 2025 |", "|---|---|---|", "| Alphabet | 52.5 | 91.4 |"].join("\n");
  assert.deepEqual(read(text, "en"), [
    ["Alphabet", "capex", "USD", 52.5e9],
    ["Alphabet", "capex", "USD", 91.4e9],
  ]);
});

test("a year in a cell, and a percentage, keep their own reading", () => {
  const text = ["Meta's capex (in $bn)", "", "Year    Capex    Growth", "2025    72.2    84%"].join("\n");
  assert.deepEqual(read(text, "en"), [
    ["Meta", "capex", "USD", 72.2e9],
    ["Meta", "capex_growth", "fraction", 0.84],
  ]);
});
