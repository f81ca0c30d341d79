/**
 * The HTTP API under load. Generates an embedded (PGlite) ledger of 1,000 documents × 10 claims,
 * serves it with `frontier-ledger serve` in its own process, and drives it on loopback with
 * autocannon, 100 connections, for the first page (100 items) and a later page (by cursor) of
 * /api/claims and /api/documents, each after a 1 s warm-up at 10 connections. Prints p50/p99
 * latency, requests per second, errors, and the server's CPU time per request (user + system, from
 * /proc: less sensitive than latency to other work on the machine).
 *
 *   npm run bench:api [-- --seconds 10 --connections 100]
 *   node dist/bench/api.js --db <ledger kept by --keep> --cli <another build's dist/src/cli/main.js>
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { openLedger } from "../src/ledger/index.js";
import { packageRoot } from "../src/server/index.js";
import { generator } from "./random.js";
import { syntheticDocument } from "./synthetic-ledger.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "100" },
    documents: { type: "string", default: "1000" },
    /** Build the ledger in this folder and keep it (for inspection); a temp folder otherwise. */
    keep: { type: "string" },
    /** Serve this ledger folder (one a previous run kept) instead of building one. */
    db: { type: "string" },
    /** Serve with this CLI entry point (another build, for a before/after comparison). */
    cli: { type: "string" },
  },
});
async function buildLedger(dataDir: string, documents: number | null): Promise<string[]> {
  const store = await openLedger({ dataDir });
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
  console.log(`ledger: ${documentCount} documents, ${total} claims (PGlite folder)`);
  return cursors.map((cursor) => cursor ?? "");
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

function serve(dataDir: string): Promise<{ url: string; pid: number | undefined; stop: () => void }> {
  const cli = values.cli ?? join(packageRoot(), "dist", "src", "cli", "main.js");
  const child = spawn(
    process.execPath,
    [cli, "serve", "--db", dataDir, "--port", "0", "--log-level", "warn"],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      const url = /on (http:\/\/\S+?)\/ /.exec(String(chunk))?.[1];
      if (url) resolve({ url, pid: child.pid, stop: () => child.kill("SIGINT") });
    });
    child.once("exit", (code) => reject(new Error(`the server exited (${code})`)));
  });
}

async function load(url: string, seconds: number, connections: number, pid: number | undefined) {
  await autocannon({ url, connections: 10, duration: 1 });
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url, connections, duration: seconds });
  const cpuAfter = cpuMs(pid);
  const cpu = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests.total;
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    errors: result.errors + result.timeouts + result.non2xx,
    cpu: cpu === null ? "n/a" : cpu.toFixed(2),
  };
}

const dir = values.keep ?? mkdtempSync(join(tmpdir(), "fl-bench-api-"));
try {
  const dataDir = values.db ?? join(dir, "db");
  const [claimsCursor, documentsCursor] = await buildLedger(
    dataDir,
    values.db === undefined ? Number(values.documents) : null,
  );
  const server = await serve(dataDir);
  try {
    const seconds = Number(values.seconds);
    const connections = Number(values.connections);
    console.log(`autocannon: ${connections} connections, ${seconds} s per route, loopback`);
    console.log("route                                   p50 ms   p99 ms   req/s   errors  CPU ms/req");
    for (const path of [
      "/api/claims",
      `/api/claims?after=${claimsCursor}`,
      "/api/documents",
      `/api/documents?after=${documentsCursor}`,
    ]) {
      const r = await load(`${server.url}${path}`, seconds, connections, server.pid);
      const name = path.replace(/after=.*/, "after=<page 2>");
      console.log(
        `${name.padEnd(38)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(8)} ${String(r.rps).padStart(7)} ${String(r.errors).padStart(8)} ${r.cpu.padStart(11)}`,
      );
    }
  } finally {
    server.stop();
  }
} finally {
  if (values.keep === undefined) rmSync(dir, { recursive: true, force: true });
}
