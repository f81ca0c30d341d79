import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";
import { fixturePath, projectRoot } from "./support/paths.js";

/**
 * One person on a laptop: `serve --auth` runs (a real process) on a PGlite folder while CLI
 * commands read, ingest, review and manage tokens on the same folder; the API shows their work at
 * once, and the folder opens directly again once the server stops.
 */

const here = fileURLToPath(import.meta.url);
const main = join(dirname(here), "..", "src", "cli", `main${extname(here)}`);
const nodeArgs = extname(here) === ".ts" ? ["--import", "tsx", main] : [main];

let dir: string;
let db: string;
let serve: ChildProcess;
let url: string;
let serveErr = "";
let exited: Promise<number | null>;

async function cli(...argv: string[]) {
  const session = memoryIo({ env: { USER: "tester" }, cwd: dir });
  const code = await program([...argv, "--db", db], session.io);
  return { code, stdout: session.stdout(), stderr: session.stderr() };
}

function cliProcess(...argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, ...argv, "--db", db], { cwd: dir });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "fl-serving-"));
  db = join(dir, "db");
  serve = spawn(process.execPath, [...nodeArgs, "serve", "--db", db, "--port", "0", "--auth"], {
    cwd: projectRoot(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  serve.stderr?.on("data", (chunk) => (serveErr += String(chunk)));
  exited = new Promise((resolve) => serve.on("exit", (code) => resolve(code)));
  url = await new Promise<string>((resolve, reject) => {
    let out = "";
    serve.stdout?.on("data", (chunk) => {
      out += String(chunk);
      const found = /on (http:\/\/\S+)\/ /.exec(out)?.[1];
      if (found) resolve(found);
    });
    serve.on("exit", () => reject(new Error(`serve exited before listening: ${serveErr}`)));
  });
});

after(async () => {
  if (serve.exitCode === null) serve.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

test("CLI commands read and write a PGlite folder that serve holds, through the server", async () => {
  const empty = await cli("claims", "list", "--json");
  assert.equal(empty.code, 0, empty.stderr);
  assert.deepEqual(JSON.parse(empty.stdout), []);

  const ingested = await cli("ingest", fixturePath("news", "02-coreweave-third-quarter.txt"));
  assert.equal(ingested.code, 0, ingested.stderr);
  const claims = JSON.parse((await cli("claims", "list", "--json")).stdout) as { id: string }[];
  assert.ok(claims.length >= 2, `claims stored through the server: ${claims.length}`);
  const [first, second] = claims as [{ id: string }, { id: string }];

  const reviewed = await cli("review", "accept", first.id, "--reason", "matches the filing");
  assert.equal(reviewed.code, 0, reviewed.stderr);
  const stale = await cli("review", "reject", first.id, "--reason", "late", "--expect-version", "0");
  assert.equal(stale.code, 1);
  assert.match(stale.stderr, /is at version 1, not 0/);

  const shown = (await (await fetch(`${url}/api/claims/${first.id}`)).json()) as {
    claim: { status: string; version: number };
    events: { actor: string }[];
  };
  assert.deepEqual([shown.claim.status, shown.claim.version], ["accepted", 1]);
  assert.deepEqual(
    shown.events.map((e) => e.actor),
    ["tester"],
  );
  const listed = (await (await fetch(`${url}/api/documents`)).json()) as { documents: unknown[] };
  assert.equal(listed.documents.length, 1);

  // Team mode on the same server: a user and a token made from the CLI while it serves.
  assert.equal((await cli("users", "add", "ana", "--role", "reviewer")).code, 0);
  const made = await cli("tokens", "create", "ana", "--json");
  assert.equal(made.code, 0, made.stderr);
  const token = (JSON.parse(made.stdout) as { bearer: string }).bearer;
  const review = (headers: Record<string, string>) =>
    fetch(`${url}/api/claims/${second.id}/review`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify({ action: "reject", reason: "double-counted" }),
    });
  assert.equal((await review({})).status, 401);
  const signed = await review({ Authorization: `Bearer ${token}` });
  assert.equal(signed.status, 200);
  assert.equal(((await signed.json()) as { event: { actor: string } }).event.actor, "ana");

  const separate = await cliProcess("claims", "list", "--json", "--include-rejected");
  assert.equal(separate.code, 0, separate.stderr);
  const statuses = (JSON.parse(separate.stdout) as { id: string; status: string }[]).map((c) => c.status);
  assert.deepEqual(statuses.filter((s) => s !== "unreviewed").sort(), ["accepted", "rejected"]);

  serve.kill("SIGTERM");
  assert.equal(await exited, 0, serveErr);
  assert.deepEqual(
    readdirSync(`${db}.lock`).filter((name) => name.startsWith("serve-")),
    [],
    "the endpoint is withdrawn when serve stops",
  );
  const direct = await cli("claims", "list", "--json", "--include-rejected");
  assert.equal(direct.code, 0, direct.stderr);
  assert.equal((JSON.parse(direct.stdout) as unknown[]).length, claims.length);

  const logLines = serveErr
    .trim()
    .split("\n")
    .filter((line) => line.startsWith("{"));
  const requests = logLines.map((line) => JSON.parse(line) as { route?: string; status?: number });
  assert.ok(requests.some((r) => r.route === "/internal/ledger/:method" && r.status === 200));
  assert.ok(requests.some((r) => r.route === "/api/claims/:id/review" && r.status === 401));
  assert.ok(!serveErr.includes(token) && !serveErr.includes(token.slice(-43)), "no token in the log");
});
