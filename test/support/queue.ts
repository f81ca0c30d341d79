/** What the queue tests share: a small scenario to run through the queue, polling until a state, a scratch ledger. */

import { randomBytes } from "node:crypto";
import pg from "pg";
import { type LedgerStore, openLedger } from "../../src/ledger/index.js";

/** Six years of cash from a growing revenue and an uncertain cost: quick to run, any number of chunks. */
export const SCENARIO = `name: queued
periods: {start: 2025, end: 2030}
inputs:
  r0: {unit: USD/yr, lognormal: {p5: 12.0e9, p95: 14.0e9}, assumption: true}
  g: {unit: x, lognormal: {p5: 1.3, p95: 2.0}, assumption: true}
  cost: {unit: USD/yr, triangular: {low: 20.0e9, mode: 30.0e9, high: 60.0e9}, assumption: true}
variables:
  revenue: {unit: USD/yr, formula: "if(year == 2025, r0, prev(revenue) * g)"}
  cash: {unit: USD, formula: "prev(cash, 0) + (revenue * 0.4 - cost) * period"}
outputs: [cash, revenue]
events:
  positive: "cash[2030] > 0"
`;

/** Polls `probe` until it gives a value (or gives up after `limitMs`). */
export async function until<T>(what: string, probe: () => Promise<T | null>, limitMs = 120_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A database of its own on the test server, with the ledger migrated in it; `drop` removes it. */
export async function scratchLedger(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; store: LedgerStore; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  const store = await openLedger({ databaseUrl: url, dataDir: "" });
  await store.migrate();
  return {
    url,
    store,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
