/**
 * The HTTP API under load. Generates an embedded (PGlite) ledger of 1,000 documents × 10 claims,
 * serves it with `frontier-ledger serve` in its own process, and drives it on loopback with
 * autocannon, 100 connections, for the first page (100 items) and a later page (by cursor) of
 * /api/claims and /api/documents. Prints p50/p99 latency, requests per second and errors.
 *
 *   npm run bench:api [-- --seconds 10 --connections 100]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
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
  },
});
async function buildLedger(dataDir: string, documents: number): Promise<string[]> {
  const store = await openLedger({ dataDir });
  await store.migrate();
  const random = generator(7);
  for (let i = 0; i < documents; i++) {
    const { document, claims } = syntheticDocument(i, random);
    await store.insertDocument(document, claims);
  }
  const cursors = [
    (await store.pageClaims({}, { limit: 100 })).next,
    (await store.pageDocuments({ limit: 100 })).next,
  ];
  const total = (await store.listClaims()).length;
  await store.close();
  console.log(`ledger: ${documents} documents, ${total} claims (PGlite folder)`);
  return cursors.map((cursor) => cursor ?? "");
}

function serve(dataDir: string): Promise<{ url: string; stop: () => void }> {
  const cli = join(packageRoot(), "dist", "src", "cli", "main.js");
  const child = spawn(process.execPath, [cli, "serve", "--db", dataDir, "--port", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      const url = /on (http:\/\/\S+?)\/ /.exec(String(chunk))?.[1];
      if (url) resolve({ url, stop: () => child.kill("SIGINT") });
    });
    child.once("exit", (code) => reject(new Error(`the server exited (${code})`)));
  });
}

async function load(url: string, seconds: number, connections: number) {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const dir = values.keep ?? mkdtempSync(join(tmpdir(), "fl-bench-api-"));
try {
  const dataDir = join(dir, "db");
  const [claimsCursor, documentsCursor] = await buildLedger(dataDir, Number(values.documents));
  const server = await serve(dataDir);
  try {
    const seconds = Number(values.seconds);
    const connections = Number(values.connections);
    console.log(`autocannon: ${connections} connections, ${seconds} s per route, loopback`);
    console.log("route                                   p50 ms   p99 ms   req/s   errors");
    for (const path of [
      "/api/claims",
      `/api/claims?after=${claimsCursor}`,
      "/api/documents",
      `/api/documents?after=${documentsCursor}`,
    ]) {
      const r = await load(`${server.url}${path}`, seconds, connections);
      const name = path.replace(/after=.*/, "after=<page 2>");
      console.log(
        `${name.padEnd(38)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(8)} ${String(r.rps).padStart(7)} ${String(r.errors).padStart(8)}`,
      );
    }
  } finally {
    server.stop();
  }
} finally {
  if (values.keep === undefined) rmSync(dir, { recursive: true, force: true });
}
