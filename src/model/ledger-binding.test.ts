import assert from "node:assert/strict";
import { test } from "node:test";
import type { StoredClaim } from "../ledger/port.js";
import { pickClaim } from "./ledger-binding.js";

function claim(id: string, fields: Partial<StoredClaim>): StoredClaim {
  return {
    id,
    documentId: "d1",
    document: "d1",
    reported: "2026-02",
    status: "unreviewed",
    version: 0,
    original: null,
    entity: "OpenAI",
    counterparty: null,
    metric: "revenue",
    value: { low: 1, high: 1, bound: "exact" },
    unit: "USD",
    period: { start: "2025-01-01", end: "2025-12-31" },
    qualifier: "reported",
    attribution: null,
    item: null,
    span: { start: 0, end: 1 },
    quote: "x",
    ...fields,
  };
}

test("a whole-year figure is bound before a half-year one of the same year", () => {
  const half = claim("a", { period: { start: "2025-01-01", end: "2025-06-30" } });
  const year = claim("b", {});
  assert.equal(pickClaim([half, year], { entity: "OpenAI", metric: "revenue", period: 2025 })?.id, "b");
});

test("an actual figure is bound before a target reported the same day; an accepted claim before both", () => {
  const target = claim("a", { qualifier: "target" });
  const actual = claim("b", { qualifier: "rumoured" });
  const ref = { entity: "OpenAI", metric: "revenue", period: 2025 };
  assert.equal(pickClaim([target, actual], ref)?.id, "b");
  assert.equal(pickClaim([{ ...target, status: "accepted" }, actual], ref)?.id, "a");
  assert.equal(pickClaim([{ ...actual, status: "rejected" }], ref), null);
});
