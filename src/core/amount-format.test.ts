import assert from "node:assert/strict";
import { test } from "node:test";
import {
  formatAmount,
  formatChange,
  formatClaimValue,
  formatInterval,
  formatNumber,
  formatPercent,
  formatRange,
  scaleFor,
} from "./amount-format.js";

test("amounts for humans", () => {
  assert.equal(formatAmount(1.4e12, "USD"), "1.4 tn $");
  assert.equal(formatAmount(6e11, "USD"), "600 bn $");
  assert.equal(formatAmount(8.8e9, "USD"), "8.8 bn $");
  assert.equal(formatAmount(-8e11, "USD"), "−800 bn $");
  assert.equal(formatAmount(6.4e9, "EUR"), "6.4 bn €");
  assert.equal(formatAmount(1.4e12, "GBP"), "1.4 tn £");
  assert.equal(formatAmount(3e8, "TWD"), "300 M TWD");
  assert.equal(formatAmount(0.33, "fraction"), "33 %");
  assert.equal(formatAmount(26, "GW"), "26 GW");
  assert.equal(formatAmount(1.5, "GW_per_week"), "1.5 GW/week");
  assert.equal(formatAmount(9e8, "users"), "900 M users");
  assert.equal(formatAmount(1.5, "x"), "1.5×");
  assert.equal(formatAmount(2.5e6, "1"), "2.5 M");
  assert.equal(formatRange(5e10, 6e10, "USD_per_GW"), "50–60 bn $/GW");
  assert.equal(formatRange(1.3e12, 1.56e12, "USD"), "1.3–1.56 tn $");
  assert.equal(formatRange(-1.6e10, -2.4e10, "USD"), "−16 – −24 bn $");
  assert.equal(formatRange(9.99e11, 1.5e12, "USD"), "999 bn $ – 1.5 tn $");
  assert.equal(formatPercent(-0.5714, true), "−57 %");
  assert.equal(formatPercent(0.081, true), "+8.1 %");
});

test("the model's spellings of yearly amounts and rates read like claims' units", () => {
  assert.equal(formatAmount(2.5e9, "EUR/yr"), "2.5 bn €/yr");
  assert.equal(formatAmount(5e10, "USD/GW/yr"), "50 bn $/GW/yr");
  assert.equal(formatAmount(5e10, "USD_per_GW"), formatAmount(5e10, "USD/GW"));
});

test("a change and an interval share one scale", () => {
  assert.equal(formatChange(8.8e11, 2.83e11, "USD"), "880 → 283 bn $");
  assert.equal(formatChange(9.68e11, 1.4e12, "USD"), "968 bn $ → 1.4 tn $");
  assert.equal(formatInterval({ low: 9e10, high: null }, "USD"), "≥ 90 bn $");
  assert.equal(formatInterval({ low: null, high: 3e10 }, "USD"), "≤ 30 bn $");
  assert.equal(formatInterval({ low: null, high: null }, "USD"), "?");
  assert.equal(scaleFor("USD", 4.3e9).suffix, "bn $");
});

test("values keep their bound", () => {
  assert.equal(formatClaimValue({ low: 6e11, high: 6e11, bound: "approx" }, "USD"), "~600 bn $");
  assert.equal(formatClaimValue({ low: 1e12, high: null, bound: "at_least" }, "USD"), "> 1 tn $");
  assert.equal(formatClaimValue({ low: null, high: 3e10, bound: "up_to" }, "USD"), "≤ 30 bn $");
  assert.equal(formatClaimValue({ low: null, high: 1e9, bound: "at_most" }, "USD"), "< 1 bn $");
  assert.equal(formatClaimValue({ low: 5e10, high: 6e10, bound: "range" }, "USD_per_GW"), "50–60 bn $/GW");
  assert.equal(formatClaimValue({ low: null, high: null, bound: "exact" }, "USD"), "?");
});

test("the French layout: decimal comma, narrow-space groups, thousands of billions", () => {
  const fr = { language: "fr" } as const;
  assert.equal(formatAmount(1.4e12, "USD", fr), "1\u202f400 Md $");
  assert.equal(formatAmount(1.56e10, "EUR", fr), "15,6 Md €");
  assert.equal(formatAmount(9e8, "users", fr), "900 M utilisateurs");
  assert.equal(formatAmount(0.335, "fraction", fr), "33,5 %");
  assert.equal(formatRange(5e10, 6e10, "USD_per_GW", fr), "50–60 Md $/GW");
  assert.equal(formatNumber(-1234.5, fr), "−1\u202f230");
});

test("numbers that are not finite say so", () => {
  assert.equal(formatNumber(Number.POSITIVE_INFINITY), "∞");
  assert.equal(formatNumber(Number.NEGATIVE_INFINITY), "−∞");
  assert.equal(formatNumber(Number.NaN), "NaN");
});
