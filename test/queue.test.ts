import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type LedgerStore, openLedger } from "../src/ledger/index.js";
import { ingestPaths } from "../src/pipeline.js";
import { batchJobs, type JobQueue, openJobQueue, QUEUE_NAMES } from "../src/queue/index.js";
import { generateDocument } from "./support/generated-reports.js";
import { projectRoot } from "./support/paths.js";
import { SCENARIO, scratchLedger, until } from "./support/queue.js";

/**
 * The queue against a real PostgreSQL (TEST_DATABASE_URL; .ci/run starts one), in a database of its
 * own: worker processes started like a user starts them, one of them SIGKILLed mid-batch.
 */

const serverUrl = process.env.TEST_DATABASE_URL;
const SKIP = serverUrl ? false : "TEST_DATABASE_URL is not set: the job queue tests need a PostgreSQL server";
if (!serverUrl && process.env.CI === "true")
  test("the job queue tests run against PostgreSQL on CI", () =>
    assert.fail("CI=true but TEST_DATABASE_URL is not set"));

const CLI = join(projectRoot(), "dist", "src", "cli", "main.js");
const REPORTS = 200;

interface Worker {
  child: ChildProcess;
  log: string[];
  exited: Promise<number | null>;
}

function cli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function startWorker(url: string): Promise<Worker> {
  const child = spawn(process.execPath, [CLI, "worker", "--db", url, "--supervise", "1", "--grace", "20"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const log: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on("data", (data: Buffer) => {
      log.push(...String(data).split("\n").filter(Boolean));
      if (log.some((line) => line.includes(" ready "))) resolve();
    });
    void exited.then((code) => reject(new Error(`worker exited with ${code}: ${log.join("\n")}`)));
  });
  return { child, log, exited };
}

/** Documents and claims without the moment they were stored. */
async function ledgerContents(store: LedgerStore) {
  const documents = (await store.listDocuments()).map(({ ingestedAt: _, ...rest }) => rest);
  const claims = await store.listClaims({ includeRejected: true });
  return {
    documents: documents.sort((a, b) => a.id.localeCompare(b.id)),
    claims: claims.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

describe("the job queue on PostgreSQL", { skip: SKIP }, () => {
  const folder = mkdtempSync(join(tmpdir(), "fl-queue-"));
  let url = "";
  let dropLedger: () => Promise<void> = async () => {};
  let store: LedgerStore;
  let queue: JobQueue;
  const workers: Worker[] = [];

  before(async () => {
    ({ url, store, drop: dropLedger } = await scratchLedger(serverUrl!, "fl_queue"));
    queue = await openJobQueue({ databaseUrl: url });
    workers.push(await startWorker(url), await startWorker(url));
  });

  after(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill("SIGKILL");
    await queue?.close();
    await store?.close();
    await dropLedger();
    rmSync(folder, { recursive: true, force: true });
  });

  test("a model run over 4 chunks on 2 workers equals the local run bit for bit", async () => {
    const scenario = join(folder, "queued.yaml");
    writeFileSync(scenario, SCENARIO);
    const common = [scenario, "--db", url, "--samples", "60000", "--seed", "7", "--json"];
    const queued = await cli(["model", "run", ...common, "--queue", "--chunks", "4"], {});
    assert.equal(queued.code, 0, queued.stderr);
    const local = await cli(["model", "run", ...common, "--workers", "1"], {});
    assert.equal(local.code, 0, local.stderr);
    const { run, timing: _t, workers: _w, ...fromQueue } = JSON.parse(queued.stdout);
    const { timing: _t2, workers: _w2, ...fromLocal } = JSON.parse(local.stdout);
    assert.deepEqual(fromQueue, fromLocal);
    const record = await store.getModelRun(run);
    assert.equal(record?.status, "done");
    assert.equal(record?.chunksStored, 0, "the chunks are dropped once merged");
    const chunkLines = workers.map(
      (w) => w.log.filter((line) => line.includes(run) && line.includes(": done")).length,
    );
    assert.equal(chunkLines[0]! + chunkLines[1]!, 4);
  });

  test("a poison input fails after its tries, its error kept and shown by `jobs show`", async () => {
    const [id] = (await queue.boss.insert(
      QUEUE_NAMES.ingest,
      [
        {
          data: {
            file: "poison.txt",
            bytes: Buffer.from([0, 1, 2, 0, 255, 0]).toString("base64"),
            read: { maxBytes: 1000 },
            batch: "poison",
          },
          retryLimit: 2,
          retryDelay: 1,
          retryBackoff: false,
        },
      ],
      { returnId: true },
    ))!;
    const failed = await until("the poison job to fail", async () => {
      const [job] = await batchJobs(queue, "poison");
      return job?.state === "failed" ? job : null;
    });
    assert.equal(failed.retries, 2);
    const shown = await cli(["jobs", "show", id!, "--db", url], {});
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /state: failed/);
    assert.match(shown.stdout, /tries: 3 of 3/);
    assert.match(shown.stdout, /error: .*poison\.txt/);
  });

  test("two workers ingest 200 reports, one SIGKILLed mid-batch: every document once, claims as a local ingest", async () => {
    const reports = join(folder, "reports");
    mkdirSync(reports);
    for (let i = 0; i < REPORTS; i++) {
      const report = generateDocument(i);
      writeFileSync(join(reports, report.name), report.text);
    }
    const enqueued = await cli(["ingest", reports, "--db", url, "--queue", "--detach", "--json"], {});
    assert.equal(enqueued.code, 0, enqueued.stderr);
    const { batch } = JSON.parse(enqueued.stdout) as { batch: string };
    // Worker 0 is frozen while both workers hold jobs (a worker holds at most 4, so 5 active means
    // both do); the jobs still active once worker 1 has completed eight more are the ones worker 0
    // holds, so the kill is known to strand work rather than land between two jobs.
    const killed = workers[0]!;
    let stranded: string[] = [];
    for (let attempt = 0; attempt < 5 && stranded.length === 0; attempt++) {
      const atStop = await until("both workers busy", async () => {
        const jobs = await batchJobs(queue, batch);
        const active = jobs.filter((j) => j.state === "active");
        const done = jobs.filter((j) => j.state === "completed").length;
        return active.length >= 5 && (attempt > 0 || done >= 10)
          ? { active: new Set(active.map((j) => j.id)), done }
          : null;
      });
      killed.child.kill("SIGSTOP");
      stranded = await until("worker 1 to move on", async () => {
        const jobs = await batchJobs(queue, batch);
        const done = jobs.filter((j) => j.state === "completed").length;
        const othersLeft = jobs.some((j) => j.state !== "completed" && !atStop.active.has(j.id));
        return done >= atStop.done + 8 || !othersLeft
          ? jobs.filter((j) => j.state === "active" && atStop.active.has(j.id)).map((j) => j.id)
          : null;
      });
      if (stranded.length === 0) killed.child.kill("SIGCONT");
    }
    assert.ok(stranded.length > 0, "the frozen worker held jobs when it was killed");
    killed.child.kill("SIGKILL");
    const jobs = await until("the batch to end", async () => {
      const all = await batchJobs(queue, batch);
      return all.every((j) => ["completed", "failed", "cancelled"].includes(j.state)) ? all : null;
    });
    assert.equal(jobs.length, REPORTS);
    assert.deepEqual(
      jobs.filter((j) => j.state !== "completed").map((j) => j.id),
      [],
    );
    assert.ok(
      jobs.some((j) => stranded.includes(j.id) && j.retries > 0),
      "the killed worker's jobs were retried",
    );

    const local = await openLedger({ dataDir: "memory://" });
    await local.migrate();
    const report = await ingestPaths(local, [reports]);
    assert.equal(report.stored, REPORTS);
    const expected = await ledgerContents(local);
    await local.close();
    const actual = await ledgerContents(store);
    assert.equal(actual.documents.length, REPORTS);
    assert.deepEqual(actual.documents, expected.documents);
    assert.deepEqual(actual.claims, expected.claims);
  });

  test("a worker asked to stop (SIGTERM) finishes and exits cleanly", async () => {
    const survivor = workers[1]!;
    survivor.child.kill("SIGTERM");
    assert.equal(await survivor.exited, 0);
    assert.ok(survivor.log.some((line) => line.includes("stopped")));
  });
});
