import assert from "node:assert/strict";
import { test } from "node:test";
import { reconcile } from "../reconcile.js";
import { asOf, BN, makeClaim, year } from "../testing.js";
import { sharesOfTotal } from "./shares-of-total.js";

const run = (claims: Parameters<typeof reconcile>[0]) => sharesOfTotal.run(reconcile(claims).facts);

test("a funding share times the round it belongs to, written out", () => {
  const results = run([
    makeClaim({
      id: "s",
      metric: "funding_share",
      unit: "fraction",
      value: 0.9,
      bound: "approx",
      item: "strategic investors",
      qualifier: "rumoured",
      period: asOf("2026-02"),
      document: "d2",
    }),
    makeClaim({
      id: "r",
      metric: "funding_round",
      value: [100 * BN, null],
      qualifier: "rumoured",
      period: asOf("2026-02"),
      document: "d2",
    }),
  ]);
  assert.deepEqual(
    results.map((r) => [r.status, r.arithmetic]),
    [["pass", "~90 % × > 100 bn $ = ≥ 90 bn $ from strategic investors"]],
  );
});

test("shares of one whole above 100 % fail; a share outside 0–100 % fails; partners are summed apart", () => {
  const over = run([
    makeClaim({
      id: "a",
      metric: "revenue_share",
      unit: "fraction",
      value: 0.7,
      item: "consumer",
      period: year(2025),
    }),
    makeClaim({
      id: "b",
      metric: "revenue_share",
      unit: "fraction",
      value: 0.45,
      item: "enterprise",
      period: year(2025),
    }),
    makeClaim({
      id: "p",
      metric: "revenue_share",
      unit: "fraction",
      value: 0.2,
      counterparty: "Microsoft",
      period: year(2025),
    }),
  ]);
  assert.deepEqual(
    over.map((r) => r.status),
    ["fail"],
  );
  assert.match(over[0]!.arithmetic, /70 % consumer \+ 45 % enterprise ≥ 115 % > 100 %/);
  const fine = run([
    makeClaim({
      id: "a",
      metric: "revenue_share",
      unit: "fraction",
      value: 0.5,
      item: "consumer",
      period: year(2025),
    }),
    makeClaim({
      id: "b",
      metric: "revenue_share",
      unit: "fraction",
      value: 0.4,
      item: "enterprise",
      period: year(2025),
    }),
  ]);
  assert.deepEqual(
    fine.map((r) => r.status),
    ["pass"],
  );
  const impossible = run([
    makeClaim({
      id: "x",
      metric: "equity_stake",
      unit: "fraction",
      value: 1.4,
      counterparty: "AMD",
      period: asOf("2025-10"),
    }),
  ]);
  assert.deepEqual(
    impossible.map((r) => r.status),
    ["fail"],
  );
});
