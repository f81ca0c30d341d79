import assert from "node:assert/strict";
import { connect } from "node:net";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { projectRoot } from "../../test/support/paths.js";
import { type LedgerStore, openLedger } from "../ledger/index.js";
import { ingestPaths } from "../pipeline.js";
import { createLogger, startServer } from "./index.js";

/** startServer on a socket: warmed up before it listens, its event loop's delay on /healthz, gone clients seen. */

let store: LedgerStore;

before(async () => {
  store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  const report = await ingestPaths(store, [join(projectRoot(), "corpus", "demo")]);
  assert.equal(report.failed, 0);
});

after(() => store.close());

/** The store with its listing reads counted. */
function counted(): { store: LedgerStore; reads: () => number } {
  let reads = 0;
  return {
    store: {
      ...store,
      pageClaims: (filter, page) => {
        reads++;
        return store.pageClaims(filter, page);
      },
      pageDocuments: (page) => {
        reads++;
        return store.pageDocuments(page);
      },
    },
    reads: () => reads,
  };
}

test("the listings' first pages are read before the server listens, so its first clients find them warm", async () => {
  const { store: countedStore, reads } = counted();
  const server = await startServer({ store: countedStore, port: 0, log: () => undefined });
  try {
    const warmed = reads();
    assert.ok(warmed >= 2, `both listings read before listening (${warmed} reads)`);
    const response = await fetch(`${server.url}/api/claims`);
    assert.equal(response.status, 200);
    assert.ok(((await response.json()) as { claims: unknown[] }).claims.length > 0);
  } finally {
    await server.close();
  }
});

test("GET /healthz reports the event loop's delay since the previous /healthz", async () => {
  const server = await startServer({ store, port: 0, log: () => undefined });
  try {
    type Health = {
      status: string;
      eventLoopDelayMs: { p50: number; p99: number; max: number; since: string };
    };
    const first = (await (await fetch(`${server.url}/healthz`)).json()) as Health;
    const second = (await (await fetch(`${server.url}/healthz`)).json()) as Health;
    for (const { status, eventLoopDelayMs: delay } of [first, second]) {
      assert.equal(status, "ok");
      assert.ok(delay.p50 >= 0 && delay.p50 <= delay.p99 && delay.p99 <= delay.max, JSON.stringify(delay));
      assert.ok(!Number.isNaN(Date.parse(delay.since)));
    }
    assert.ok(
      second.eventLoopDelayMs.since >= first.eventLoopDelayMs.since,
      "each report starts a new window",
    );
  } finally {
    await server.close();
  }
});

test("over a socket, a client that leaves while its page is read gets no page built (logged as 499)", async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reading!: () => void;
  const started = new Promise<void>((resolve) => {
    reading = resolve;
  });
  let holding = false;
  const lines: string[] = [];
  const server = await startServer({
    store: {
      ...store,
      pageClaims: async (filter, page) => {
        if (holding) {
          reading();
          await held;
        }
        return store.pageClaims(filter, page);
      },
    },
    port: 0,
    log: () => undefined,
    logger: createLogger("info", { write: (line: string) => void lines.push(line) }),
  });
  try {
    lines.length = 0; // the warm-up's requests
    holding = true;
    const socket = connect(server.port, "127.0.0.1");
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.write("GET /api/claims?limit=3 HTTP/1.1\r\nHost: localhost\r\n\r\n");
    await started;
    socket.destroy();
    await closed;
    // The close reached the server's socket before these requests did: once they are answered, it has seen it.
    for (let round = 0; round < 3; round++) await fetch(`${server.url}/healthz`);
    release();
    for (let tries = 0; tries < 50 && !lines.some((line) => line.includes("/api/claims")); tries++)
      await fetch(`${server.url}/healthz`);
    const logged = lines.map((line) => JSON.parse(line) as { route: string; status: number });
    assert.deepEqual(
      logged.filter((line) => line.route === "/api/claims").map((line) => line.status),
      [499],
    );
  } finally {
    await server.close();
  }
});
