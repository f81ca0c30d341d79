/**
 * The HTTP API under load. Generates a ledger of 1,000 documents × 10 claims (an embedded PGlite
 * folder, or with `--store postgres` a throwaway database on the PostgreSQL server DATABASE_URL
 * names), serves it with `frontier-ledger serve` in its own process, and drives it on loopback with
 * autocannon, 100 connections, for the first page (100 items) and a later page (by cursor) of
 * /api/claims and /api/documents, each after a 1 s warm-up at 10 connections. Prints p50/p99
 * latency, requests per second, errors, the server's CPU time per request (user + system, from
 * /proc) and its event loop's delay (p99 and max, from GET /healthz): those two say what the
 * server itself costs, whatever else the machine runs; the load average before and after each
 * route says how busy the machine was.
 *
 * With PostgreSQL, a `frontier-ledger worker` process works the job queue meanwhile, kept busy by
 * 1 M-sample model runs (`model run --queue`), one queued after the other.
 *
 *   npm run bench:api [-- --seconds 10 --connections 100]
 *   npm run bench:api -- --store postgres [--database-url postgres://…]
 *   node dist/bench/api.js --db <ledger kept by --keep> --cli <another build's dist/src/cli/main.js>
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { openLedger } from "../src/ledger/index.js";
import { packageRoot } from "../src/server/index.js";
import { generator } from "./random.js";
import { syntheticDocument } from "./synthetic-ledger.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "100" },
    documents: { type: "string", default: "1000" },
    /** pglite (a folder) or postgres (a throwaway database on the server --database-url names). */
    store: { type: "string", default: "pglite" },
    /** Default: DATABASE_URL. */
    "database-url": { type: "string" },
    /** Samples of each model run kept in the queue (PostgreSQL only). */
    "model-samples": { type: "string", default: "1000000" },
    /** Build the ledger in this folder and keep it (for inspection); a temp folder otherwise. */
    keep: { type: "string" },
    /** Serve this ledger folder (one a previous run kept) instead of building one. */
    db: { type: "string" },
    /** Serve with this CLI entry point (another build, for a before/after comparison). */
    cli: { type: "string" },
  },
});
const cli = values.cli ?? join(packageRoot(), "dist", "src", "cli", "main.js");
const MODEL_SCENARIO = join(packageRoot(), "scenarios", "openai-2025-commitments.yaml");

async function buildLedger(db: string, documents: number | null): Promise<string[]> {
  const store = await openLedger(
    db.startsWith("postgres") ? { databaseUrl: db, dataDir: "" } : { dataDir: db },
  );
  await store.migrate();
  const random = generator(7);
  for (let i = 0; i < (documents ?? 0); i++) {
    const { document, claims } = syntheticDocument(i, random);
    await store.insertDocument(document, claims);
  }
  const cursors = [
    (await store.pageClaims({}, { limit: 100 })).next,
    (await store.pageDocuments({ limit: 100 })).next,
  ];
  const total = (await store.listClaims()).length;
  const documentCount = (await store.listDocuments()).length;
  await store.close();
  console.log(`ledger: ${documentCount} documents, ${total} claims (${store.kind})`);
  return cursors.map((cursor) => cursor ?? "");
}

/** A fresh database on the server `url` names, dropped by `drop`; null when no server answers. */
async function throwawayDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`bench:api --store postgres skipped: no PostgreSQL reachable (${(error as Error).message})`);
    return null;
  }
  const name = `fl_bench_api_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A process's CPU time so far in ms (Linux /proc; null elsewhere). */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

function serve(db: string): Promise<{ url: string; pid: number | undefined; stop: () => void }> {
  const child = spawn(process.execPath, [cli, "serve", "--db", db, "--port", "0", "--log-level", "warn"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      const url = /on (http:\/\/\S+?)\/ /.exec(String(chunk))?.[1];
      if (url) resolve({ url, pid: child.pid, stop: () => child.kill("SIGINT") });
    });
    child.once("exit", (code) => reject(new Error(`the server exited (${code})`)));
  });
}

/**
 * A `worker` process on `db`, kept busy: model runs of `samples` samples queued one after the
 * other (each `model run --queue` waits for its result) until `stop`, which says how many finished.
 */
function busyWorker(db: string, samples: string): { stop: () => Promise<string> } {
  const worker = spawn(process.execPath, [cli, "worker", "--db", db], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  let stopping = false;
  let current: ChildProcess | null = null;
  let done = 0;
  let failed = 0;
  const loop = (async () => {
    while (!stopping) {
      current = spawn(
        process.execPath,
        [cli, "model", "run", MODEL_SCENARIO, "--queue", "--db", db, "--samples", samples, "--json"],
        {
          stdio: ["ignore", "ignore", "ignore"],
        },
      );
      const code = await new Promise((resolve) => current!.once("exit", resolve));
      if (code === 0) done++;
      else if (!stopping) failed++;
    }
  })();
  return {
    stop: async () => {
      stopping = true;
      current?.kill("SIGINT");
      await loop;
      worker.kill("SIGTERM");
      await new Promise((resolve) => worker.once("exit", resolve));
      const cut = current?.exitCode === null ? ", one more was running" : "";
      return `worker: ${done} model runs of ${samples} samples finished meanwhile${cut}${failed ? `, ${failed} failed` : ""}`;
    },
  };
}

/** The server's event-loop delay since its previous GET /healthz (null when it does not say). */
async function loopDelay(url: string): Promise<{ p99: number; max: number } | null> {
  const body = (await (await fetch(`${url}/healthz`)).json()) as {
    eventLoopDelayMs?: { p99: number; max: number };
  };
  return body.eventLoopDelayMs ?? null;
}

async function load(
  server: { url: string; pid: number | undefined },
  path: string,
  seconds: number,
  connections: number,
) {
  const url = `${server.url}${path}`;
  await autocannon({ url, connections: 10, duration: 1 });
  const loadBefore = loadavg()[0]!;
  await loopDelay(server.url);
  const cpuBefore = cpuMs(server.pid);
  const result = await autocannon({ url, connections, duration: seconds });
  const cpuAfter = cpuMs(server.pid);
  const delay = await loopDelay(server.url);
  const cpu = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests.total;
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    errors: result.errors + result.timeouts + result.non2xx,
    failures: `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
    cpu: cpu === null ? "n/a" : cpu.toFixed(2),
    loop: delay === null ? "n/a" : `${delay.p99}/${delay.max}`,
    load: `${loadBefore.toFixed(1)}→${loadavg()[0]!.toFixed(1)}`,
  };
}

async function measure(server: { url: string; pid: number | undefined }, cursors: string[]): Promise<void> {
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  console.log(`autocannon: ${connections} connections, ${seconds} s per route, loopback`);
  console.log(
    "route                                   p50 ms   p99 ms   req/s   errors  CPU ms/req  loop p99/max ms  load avg",
  );
  for (const path of [
    "/api/claims",
    `/api/claims?after=${cursors[0]}`,
    "/api/documents",
    `/api/documents?after=${cursors[1]}`,
  ]) {
    const r = await load(server, path, seconds, connections);
    const name = path.replace(/after=.*/, "after=<page 2>");
    console.log(
      `${name.padEnd(38)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(8)} ${String(r.rps).padStart(7)} ${String(r.errors).padStart(8)} ${r.cpu.padStart(11)} ${r.loop.padStart(16)}  ${r.load}`,
    );
    if (r.errors > 0) console.log(`  (${r.failures})`);
  }
}

async function benchPglite(): Promise<void> {
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), "fl-bench-api-"));
  try {
    const dataDir = values.db ?? join(dir, "db");
    const cursors = await buildLedger(dataDir, values.db === undefined ? Number(values.documents) : null);
    const server = await serve(dataDir);
    try {
      await measure(server, cursors);
    } finally {
      server.stop();
    }
  } finally {
    if (values.keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(): Promise<void> {
  const given = values["database-url"] ?? process.env.DATABASE_URL;
  if (!given) {
    console.log(
      "bench:api --store postgres skipped: no PostgreSQL named (set DATABASE_URL or --database-url)",
    );
    return;
  }
  const database = await throwawayDatabase(given);
  if (database === null) return;
  try {
    const cursors = await buildLedger(database.url, Number(values.documents));
    const worker = busyWorker(database.url, values["model-samples"]);
    const server = await serve(database.url);
    try {
      await measure(server, cursors);
    } finally {
      console.log(await worker.stop());
      server.stop();
    }
  } finally {
    await database.drop();
  }
}

if (values.store === "postgres") await benchPostgres();
else if (values.store === "pglite") await benchPglite();
else throw new Error(`--store expects pglite or postgres, not '${values.store}'`);
