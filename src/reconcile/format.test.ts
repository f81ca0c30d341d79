import assert from "node:assert/strict";
import { test } from "node:test";
import { formatAmount, formatPercent, formatRange, formatValue } from "./format.js";

test("amounts for humans", () => {
  assert.equal(formatAmount(1.4e12, "USD"), "1.4 tn $");
  assert.equal(formatAmount(6e11, "USD"), "600 bn $");
  assert.equal(formatAmount(8.8e9, "USD"), "8.8 bn $");
  assert.equal(formatAmount(-8e11, "USD"), "−800 bn $");
  assert.equal(formatAmount(6.4e9, "EUR"), "6.4 bn €");
  assert.equal(formatAmount(0.33, "fraction"), "33 %");
  assert.equal(formatAmount(26, "GW"), "26 GW");
  assert.equal(formatAmount(9e8, "users"), "900 M users");
  assert.equal(formatAmount(1.5, "x"), "1.5×");
  assert.equal(formatRange(5e10, 6e10, "USD_per_GW"), "50–60 bn $/GW");
  assert.equal(formatRange(1.3e12, 1.56e12, "USD"), "1.3–1.56 tn $");
  assert.equal(formatPercent(-0.5714, true), "−57 %");
});

test("values keep their bound", () => {
  assert.equal(formatValue({ low: 6e11, high: 6e11, bound: "approx" }, "USD"), "~600 bn $");
  assert.equal(formatValue({ low: 1e12, high: null, bound: "at_least" }, "USD"), "> 1 tn $");
  assert.equal(formatValue({ low: null, high: 3e10, bound: "up_to" }, "USD"), "≤ 30 bn $");
  assert.equal(formatValue({ low: null, high: 1e9, bound: "at_most" }, "USD"), "< 1 bn $");
});
