import assert from "node:assert/strict";
import { test } from "node:test";
import { reconcile } from "../reconcile.js";
import { BN, half, makeClaim, quarter, year } from "../testing.js";
import { partsOfWhole } from "./parts-of-whole.js";

const run = (claims: Parameters<typeof reconcile>[0]) => partsOfWhole.run(reconcile(claims).facts);

test("the year and H1 imply H2, written out", () => {
  const results = run([
    makeClaim({
      id: "c1",
      metric: "revenue",
      value: 4.3 * BN,
      bound: "approx",
      qualifier: "estimated",
      period: half(2025, 1),
      reported: "2025-10-01",
    }),
    makeClaim({ id: "c2", metric: "revenue", value: 13.1 * BN, period: year(2025), reported: "2026-02-20" }),
  ]);
  assert.equal(results.length, 1);
  const [result] = results;
  assert.equal(result!.status, "pass");
  assert.equal(result!.arithmetic, "13.1 − 4.3 = 8.8 bn $ (H2 2025 implied)");
  assert.deepEqual(result!.claimIds.sort(), ["c1", "c2"]);
  assert.ok(Math.abs(result!.numbers.impliedLow! - 8.8 * BN) < 1);
});

test("H1 + H2 against the year: pass, warn, fail", () => {
  const make = (h2: number) =>
    run([
      makeClaim({ id: "c1", metric: "net_loss", value: 5 * BN, period: half(2025, 1) }),
      makeClaim({ id: "c2", metric: "net_loss", value: h2 * BN, period: half(2025, 2) }),
      makeClaim({ id: "c3", metric: "net_loss", value: 12 * BN, period: year(2025) }),
    ])[0]!;
  assert.equal(make(7).status, "pass");
  assert.equal(make(7).arithmetic, "5 + 7 = 12 bn $ vs 12 bn $ (2025): consistent");
  assert.equal(make(6.2).status, "warn");
  assert.equal(make(3).status, "fail");
});

test("four quarters imply the year; a half larger than its year fails; targets are not added to reported figures", () => {
  const quarters = run(
    [1, 2, 3, 4].map((q) =>
      makeClaim({ id: `q${q}`, metric: "revenue", value: q * BN, period: quarter(2024, q as 1 | 2 | 3 | 4) }),
    ),
  );
  assert.deepEqual(
    quarters.map((r) => r.arithmetic),
    [
      "1 + 2 + 3 + 4 = 10 bn $ (2024 implied)",
      "1 + 2 = 3 bn $ (H1 2024 implied)",
      "3 + 4 = 7 bn $ (H2 2024 implied)",
    ],
  );
  const negative = run([
    makeClaim({ id: "c1", metric: "revenue", value: 9 * BN, period: half(2025, 1) }),
    makeClaim({ id: "c2", metric: "revenue", value: 8 * BN, period: year(2025) }),
  ]);
  assert.equal(negative[0]!.status, "fail");
  const mixed = run([
    makeClaim({ id: "c1", metric: "revenue", value: 4 * BN, period: half(2025, 1) }),
    makeClaim({ id: "c2", metric: "revenue", value: 10 * BN, qualifier: "target", period: year(2025) }),
  ]);
  assert.deepEqual(mixed, []);
});
