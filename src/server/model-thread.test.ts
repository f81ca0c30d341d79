import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Hono } from "hono";
import { projectRoot } from "../../test/support/paths.js";
import { type LedgerStore, openLedger } from "../ledger/index.js";
import { ledgerResolver } from "../model/ledger-binding.js";
import { prepareScenarioFile } from "../model/load-scenario-file.js";
import { liveRunThreads } from "../model/run-thread.js";
import { runScenario } from "../model/runner.js";
import { ingestPaths } from "../pipeline.js";
import { createApp } from "./app.js";
import { createRunSlots } from "./run-slots.js";

/** Model runs off the request path: reads answered during a run, runs stopped with their client, same numbers. */

const demo = join(projectRoot(), "corpus", "demo");
const SCENARIO = "openai-2026-revised.yaml";
let store: LedgerStore;
/** Each run's release, in the order the runs' threads were held. */
const held: Array<() => void> = [];
let heldListener: (() => void) | null = null;
let app: Hono;

before(async () => {
  store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  const report = await ingestPaths(store, [join(demo, "2025-11-altman-revenus.txt")]);
  assert.equal(report.failed, 0);
  app = createApp({
    store,
    log: () => {},
    onRunHeld: (release) => {
      held.push(release);
      heldListener?.();
    },
  });
});

after(async () => {
  await store.close();
});

/** Resolves once a run's thread holds (it has its task and waits for release). */
function nextHeld(): Promise<() => void> {
  return new Promise((resolve) => {
    heldListener = () => {
      heldListener = null;
      resolve(held.shift()!);
    };
  });
}

async function postRun(body: unknown, signal?: AbortSignal): Promise<Response> {
  return await app.request("/api/model/run", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

test("a GET issued while a model run is in progress answers before the run does", async () => {
  const events: string[] = [];
  const holding = nextHeld();
  const run = postRun({ scenario: SCENARIO, samples: 2000, seed: 7 }).then((response) => {
    events.push(`run ${response.status}`);
    return response;
  });
  const release = await holding;
  assert.equal(liveRunThreads(), 1, "the run has a thread of its own");
  const read = await app.request("/api/claims");
  events.push(`read ${read.status}`);
  release();
  await run;
  assert.deepEqual(events, ["read 200", "run 200"]);
  assert.equal(liveRunThreads(), 0, "the run's thread has exited once it answered");
});

test("a client going away terminates the run's thread", async () => {
  const controller = new AbortController();
  const holding = nextHeld();
  const run = postRun({ scenario: SCENARIO, samples: 2000 }, controller.signal);
  await holding;
  assert.equal(liveRunThreads(), 1);
  controller.abort();
  const response = await run;
  assert.equal(response.status, 499, "nothing is sent to a client that left");
  assert.equal(liveRunThreads(), 0, "the thread was terminated before the request settled");
});

test("a run in its thread gives the same numbers as the same run in-process", async () => {
  const holding = nextHeld();
  const response = postRun({ scenario: SCENARIO, samples: 3000, seed: 42 });
  (await holding)();
  const threaded = (await (await response).json()) as Record<string, unknown>;
  const prepared = await prepareScenarioFile(
    join(projectRoot(), "scenarios", SCENARIO),
    ledgerResolver(store),
  );
  assert.ok(prepared.bundle);
  const { result } = await runScenario(prepared.bundle, { samples: 3000, seed: 42, workers: 1 });
  assert.ok(result);
  assert.equal(threaded.seed, 42);
  assert.equal(threaded.samples, 3000);
  assert.deepEqual(threaded.outputs, JSON.parse(JSON.stringify(result.outputs)));
  assert.deepEqual(threaded.scalars, JSON.parse(JSON.stringify(result.scalars)));
  assert.deepEqual(threaded.events, JSON.parse(JSON.stringify(result.events)));
});

test("the server's run limits hold whatever the request says", async () => {
  const limited = createApp({ store, log: () => {}, runLimits: { maxPeriods: 3 } });
  const response = await limited.request("/api/model/run", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ scenario: SCENARIO, samples: 100, maxPeriods: 1000 }),
  });
  assert.equal(response.status, 400, "unknown fields (a limit) are refused");
  const refused = await limited.request("/api/model/run", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ scenario: SCENARIO, samples: 100 }),
  });
  assert.equal(refused.status, 413);
  const body = (await refused.json()) as { error: { code: string; message: string } };
  assert.match(body.error.message, /periods/);
  assert.equal(liveRunThreads(), 0);
});

test("runs beyond the concurrent limit wait for a free slot, and leave the queue with their client", async () => {
  const releases: Array<() => void> = [];
  let onHeld: (() => void) | null = null;
  const slots = createRunSlots(1);
  const queued = createApp({
    store,
    log: () => {},
    runSlots: slots,
    onRunHeld: (release) => {
      releases.push(release);
      onHeld?.();
    },
  });
  const heldOnce = () => new Promise<void>((resolve) => (onHeld = resolve));
  const run = (signal?: AbortSignal) =>
    Promise.resolve(
      queued.request("/api/model/run", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ scenario: SCENARIO, samples: 500 }),
        ...(signal ? { signal } : {}),
      }),
    );
  const firstHeld = heldOnce();
  const first = run();
  await firstHeld;
  const leaving = new AbortController();
  const gone = run(leaving.signal);
  const secondHeld = heldOnce();
  const second = run();
  // Both later requests parse their scenario, then wait for the slot: no second thread.
  while (slots.waiting < 2) await new Promise((resolve) => setImmediate(resolve));
  assert.equal(liveRunThreads(), 1);
  leaving.abort();
  assert.equal((await gone).status, 499, "a queued run whose client left is dropped");
  assert.equal(slots.waiting, 1);
  assert.equal(releases.length, 1);
  releases[0]!();
  assert.equal((await first).status, 200);
  await secondHeld;
  assert.equal(releases.length, 2, "the next run in line got the slot, the dropped one did not");
  releases[1]!();
  assert.equal((await second).status, 200);
  assert.equal(liveRunThreads(), 0);
});
