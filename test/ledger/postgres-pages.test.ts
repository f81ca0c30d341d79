import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { type LedgerStore, openLedger } from "../../src/ledger/index.js";
import { makeClaim, makeDocument } from "../support/ledger-fixtures.js";

/**
 * A server's store on PostgreSQL keeps its listing pages until any process writes: another store
 * (another process's) commits, the notice comes, the next read shows the write; while the notices
 * cannot come (the listening connection killed), nothing is kept.
 */

const serverUrl = process.env.TEST_DATABASE_URL;
const SKIP = serverUrl ? false : "TEST_DATABASE_URL is not set: kept pages on PostgreSQL need a server";

/** Reads until `done` holds of what `read` gives (a notice arrives on its own time); at most ~10 s. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let tries = 0; tries < 500 && !done(value); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}

function report(n: number) {
  const text = `OpenAI : des revenus de ${n} milliards de dollars en 2025`;
  return { document: makeDocument(text), claims: [makeClaim(text, 0, text.length)] };
}

describe("kept pages on PostgreSQL", { skip: SKIP }, () => {
  const schema = `fl_pages_${randomBytes(6).toString("hex")}`;
  let admin: pg.Client;
  let served: LedgerStore;
  let other: LedgerStore;

  before(async () => {
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    other = await openLedger({ databaseUrl: serverUrl!, dataDir: "", schema });
    await other.migrate();
    served = await openLedger({ databaseUrl: serverUrl!, dataDir: "", schema, keepPages: true });
    await other.insertDocument(report(1).document, report(1).claims);
  });

  after(async () => {
    await Promise.all([served?.close(), other?.close()]);
    await admin?.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin?.end();
  });

  const page = () => served.pageClaims({}, { limit: 50 });

  /** Waits until two reads in a row give the very same page object: the store keeps pages. */
  async function keptPage() {
    let previous = await page();
    return until(page, (current) => {
      const same = current === previous;
      previous = current;
      return same;
    });
  }

  test("a page is kept until another store commits, then read afresh with the write", async () => {
    const kept = await keptPage();
    assert.equal(await page(), kept);
    assert.equal(kept.items.length, 1);
    await other.insertDocument(report(2).document, report(2).claims);
    assert.equal((await until(page, (p) => p.items.length === 2)).items.length, 2);
  });

  test("while its notices cannot come, nothing is kept; it listens again by itself", async () => {
    await keptPage();
    const { rows } = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN ledger_changed' AND datname = current_database()",
    );
    assert.ok(rows.length > 0, "the listening connection was found");
    await other.insertDocument(report(3).document, report(3).claims);
    assert.equal((await until(page, (p) => p.items.length === 3)).items.length, 3);
    const kept = await keptPage();
    assert.equal(await page(), kept, "kept again once listening");
    await other.insertDocument(report(4).document, report(4).claims);
    assert.equal((await until(page, (p) => p.items.length === 4)).items.length, 4);
  });
});
