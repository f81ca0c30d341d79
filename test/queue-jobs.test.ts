import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";
import type { LedgerStore } from "../src/ledger/index.js";
import {
  enqueueImport,
  enqueueReport,
  type JobQueue,
  type JobSummary,
  openJobQueue,
  showJob,
  startWorker,
} from "../src/queue/index.js";
import { createApp } from "../src/server/app.js";
import { fixturePath, projectRoot } from "./support/paths.js";
import { SCENARIO, scratchLedger, until } from "./support/queue.js";

/**
 * Table imports, report rendering and the API's model runs through the queue, against a real
 * PostgreSQL (TEST_DATABASE_URL; .ci/run starts one) in a database of its own, with a worker in
 * this process: a queued run answered by GET is the local run bit for bit.
 */

const serverUrl = process.env.TEST_DATABASE_URL;
const SKIP = serverUrl ? false : "TEST_DATABASE_URL is not set: the job queue tests need a PostgreSQL server";

const MAPPING = readFileSync(join(projectRoot(), "mappings", "epoch-ai-companies.yaml"), "utf8");
const table = (name: string) => readFileSync(fixturePath("tables", name), "utf8");

describe("imports, reports and the API's model runs through the queue", { skip: SKIP }, () => {
  const folder = mkdtempSync(join(tmpdir(), "fl-queue-jobs-"));
  let url = "";
  let dropLedger: () => Promise<void> = async () => {};
  let store: LedgerStore;
  let queue: JobQueue;
  let worker: { stop: (graceMs: number) => Promise<void> };
  const log: string[] = [];

  const ended = (id: string) =>
    until(`job ${id} to end`, async () => {
      const job = await showJob(queue, id);
      return ["completed", "failed", "cancelled"].includes(job.state) ? job : null;
    });

  before(async () => {
    ({ url, store, drop: dropLedger } = await scratchLedger(serverUrl!, "fl_queue_jobs"));
    queue = await openJobQueue({ databaseUrl: url, worker: { superviseSeconds: 1 } });
    worker = await startWorker(queue, store, { concurrency: 1, log: (line) => log.push(line) });
    writeFileSync(join(folder, "queued.yaml"), SCENARIO);
  });

  after(async () => {
    await worker?.stop(1000);
    await queue?.close();
    await store?.close();
    await dropLedger();
    rmSync(folder, { recursive: true, force: true });
  });

  test("POST /api/model/run with a queue answers 202 and a run id; GET gives the local run's result bit for bit", async () => {
    const queued = createApp({ store, queue, scenariosDir: folder, log: (text) => assert.fail(text) });
    const local = createApp({ store, scenariosDir: folder, log: (text) => assert.fail(text) });
    const body = JSON.stringify({ scenario: "queued.yaml", samples: 40_000, seed: 7 });
    const request = { method: "POST", headers: { "Content-Type": "application/json" }, body };
    const accepted = await queued.request("/api/model/run", request);
    assert.equal(accepted.status, 202);
    const { run, progress, chunks } = (await accepted.json()) as {
      run: string;
      progress: string;
      chunks: number;
    };
    assert.ok(chunks >= 2, `the run is cut into chunks (${chunks})`);
    assert.equal(progress, `/api/model/runs/${run}`);
    // biome-ignore lint/suspicious/noExplicitAny: the body is read field by field
    const done: any = await until("the queued run to finish", async () => {
      const response = await queued.request(progress);
      assert.equal(response.status, 200);
      const state = (await response.json()) as { status: string; chunks: { done: number; total: number } };
      assert.ok(state.chunks.done <= state.chunks.total && state.chunks.total === chunks);
      assert.notEqual(state.status, "failed", JSON.stringify(state));
      return state.status === "done" ? state : null;
    });
    const here = await local.request("/api/model/run", request);
    assert.equal(here.status, 200);
    // biome-ignore lint/suspicious/noExplicitAny: the body is read field by field
    const expected: any = await here.json();
    for (const field of ["samples", "seed", "periods", "outputs", "scalars", "events"])
      assert.deepEqual(done.result[field], expected[field], field);

    assert.equal((await queued.request("/api/model/runs/not-a-run")).status, 404);
    assert.equal((await queued.request(`/api/model/runs/${crypto.randomUUID()}`)).status, 404);
    assert.equal((await local.request(progress)).status, 404, "a server without a queue has no queued runs");
  });

  test("an import job stores a snapshot once; bad rows complete as 'invalid' with each row's error", async () => {
    const job = {
      file: "ai-companies-2025-09.csv",
      csv: table("ai-companies-2025-09.csv"),
      mappingFile: "epoch-ai-companies.yaml",
      mapping: MAPPING,
      published: { date: "2025-09-15", evidence: "given with the job" },
    };
    const first: JobSummary = await ended(await enqueueImport(queue, job));
    assert.equal(first.state, "completed", JSON.stringify(first.output));
    assert.deepEqual([first.output?.status, first.output?.added, first.output?.claims], ["stored", 11, 11]);
    assert.equal(first.data.csv, undefined, "listings leave the table's text out");
    const again = await ended(await enqueueImport(queue, job));
    assert.deepEqual([again.output?.status, again.output?.documentId], ["present", first.output?.documentId]);
    const bad = await ended(
      await enqueueImport(queue, { ...job, file: "bad.csv", csv: table("ai-companies-bad-rows.csv") }),
    );
    assert.equal(bad.output?.status, "invalid");
    assert.match(String((bad.output?.errors as string[] | undefined)?.[0]), /^bad\.csv:7: column 'Value'/);
    assert.equal((await store.listDocuments()).length, 1);
  });

  test("a report job renders the report as one HTML text, bound to the ledger", async () => {
    const id = await enqueueReport(queue, {
      scenario: { text: SCENARIO, shown: "queued.yaml" },
      lang: "en",
      asOf: null,
      since: "2025-01-01",
      samples: 4000,
      seed: 7,
    });
    const job = await ended(id);
    assert.equal(job.state, "completed", JSON.stringify(job.output).slice(0, 500));
    const html = String(job.output?.html);
    assert.match(html, /^<!doctype html>/i);
    assert.match(html, /<svg/);
    assert.match(String(job.output?.title), /queued/);
    assert.ok(
      log.some((line) => line.includes(id) && /characters of HTML/.test(line)),
      "the log gives the size",
    );
  });

  test("import --queue and report --queue hand the work to a worker and print what `import` and `report` print", async () => {
    const cli = async (...argv: string[]) => {
      const session = memoryIo({ env: {}, cwd: projectRoot() });
      const code = await program([...argv, "--db", url], session.io);
      return { code, stdout: session.stdout(), stderr: session.stderr() };
    };
    const newer = fixturePath("tables", "ai-companies-2025-11.csv");
    const mapping = join("mappings", "epoch-ai-companies.yaml");
    const imported = await cli("import", newer, "--mapping", mapping, "--published", "2025-11-20", "--queue");
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /ai-companies-2025-11\.csv: \d+ rows: \d+ new, [1-9]\d* revised/);
    assert.match(imported.stderr, /job [0-9a-f-]+: completed/);
    const bad = await cli(
      "import",
      fixturePath("tables", "ai-companies-bad-rows.csv"),
      "--mapping",
      mapping,
      "--queue",
    );
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /ai-companies-bad-rows\.csv:7: column 'Value'/);
    assert.match(bad.stderr, /2 bad rows; nothing was imported/);

    const out = join(folder, "queued-report.html");
    const scenario = join(folder, "queued.yaml");
    const report = await cli("report", scenario, "--out", out, "--samples", "4000", "--seed", "7", "--queue");
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stderr, /wrote .*queued-report\.html/);
    assert.match(readFileSync(out, "utf8"), /^<!doctype html>/i);
    const md = await cli("report", scenario, "--out", join(folder, "r.md"), "--queue");
    assert.equal(md.code, 2, "a Markdown report is written here, with its PNGs");
  });
});
