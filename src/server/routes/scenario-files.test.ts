import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Hono } from "hono";
import { parse } from "yaml";
import { projectRoot } from "../../../test/support/paths.js";
import { memoryIo } from "../../cli/io.js";
import { program } from "../../cli/program.js";
import { type LedgerStore, openLedger } from "../../ledger/index.js";
import { applyInputEdits } from "../../model/edit-inputs.js";
import { ingestPaths } from "../../pipeline.js";
import { createApp } from "../app.js";
import { nextVersionName } from "./scenario-files.js";

/**
 * GET /api/scenarios/:name and POST /api/scenarios (the input editor's saves) over a copy of the
 * shipped scenarios and the demo corpus; POST /api/model/sensitivity and the histogram spec.
 */

const BASE = "openai-2025-commitments.yaml";
let store: LedgerStore;
let app: Hono;
let dir: string;
let outside: string;

before(async () => {
  store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  assert.equal((await ingestPaths(store, [join(projectRoot(), "corpus", "demo")])).failed, 0);
  outside = mkdtempSync(join(tmpdir(), "fl-scenarios-"));
  dir = join(outside, "scenarios");
  cpSync(join(projectRoot(), "scenarios"), dir, { recursive: true });
  app = createApp({ store, scenariosDir: dir, log: () => undefined });
});

after(async () => {
  await store.close();
  rmSync(outside, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field in assertions
const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> => {
  const response = await app.request(path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
};
const growth = (high: string) => ({
  input: "user_growth",
  distribution: { family: "uniform" as const, params: { low: "0.08", high } },
});

test("GET /api/scenarios/:name lists the inputs and the families the editor offers; paths out are not found", async () => {
  const { status, body } = await call("GET", `/api/scenarios/${BASE}`);
  assert.equal(status, 200);
  const growthInput = body.inputs.find((i: { name: string }) => i.name === "user_growth");
  assert.deepEqual(growthInput.params, { low: 0.08, high: 0.3 });
  assert.deepEqual(body.families.uniform, ["low", "high"]);
  for (const name of ["..%2Fpackage.json", "..%2F..%2Fetc%2Fpasswd", "nope.yaml"])
    assert.equal((await call("GET", `/api/scenarios/${name}`)).status, 404, name);
});

test("POST /api/scenarios saves a new file that then runs; an existing name is refused, nothing overwritten", async () => {
  const saved = await call("POST", "/api/scenarios", {
    base: BASE,
    name: "faster-growth.yaml",
    edits: [growth("0.5")],
  });
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  assert.equal(saved.body.name, "faster-growth.yaml");
  const written = parse(readFileSync(join(dir, "faster-growth.yaml"), "utf8"));
  assert.deepEqual(written.inputs.user_growth.uniform, { low: 0.08, high: 0.5 });
  assert.equal(written.name, "faster-growth");
  const run = await call("POST", "/api/model/run", { scenario: "faster-growth.yaml", samples: 300, seed: 1 });
  assert.equal(run.status, 200, JSON.stringify(run.body));
  assert.equal(run.body.scenario, "faster-growth");
  assert.ok(run.body.histograms.length > 0, "the run answers its histograms");

  const again = await call("POST", "/api/scenarios", {
    base: BASE,
    name: "faster-growth.yaml",
    edits: [growth("0.9")],
  });
  assert.equal(again.status, 409);
  assert.deepEqual(
    parse(readFileSync(join(dir, "faster-growth.yaml"), "utf8")).inputs.user_growth.uniform.high,
    0.5,
  );
  const before = readFileSync(join(dir, BASE), "utf8");
  assert.equal(
    (await call("POST", "/api/scenarios", { base: BASE, name: BASE, edits: [growth("0.9")] })).status,
    409,
  );
  assert.equal(readFileSync(join(dir, BASE), "utf8"), before);
});

test("without a name, the next version: name-v2.yaml, then -v3", async () => {
  const first = await call("POST", "/api/scenarios", { base: BASE, edits: [growth("0.4")] });
  const second = await call("POST", "/api/scenarios", { base: BASE, edits: [growth("0.45")] });
  assert.equal(first.body.name, "openai-2025-commitments-v2.yaml");
  assert.equal(second.body.name, "openai-2025-commitments-v3.yaml");
  assert.equal(nextVersionName("plan-v3.yaml", new Set(["plan-v2.yaml"])), "plan-v3.yaml");
});

test("names that would leave the folder, bad bodies and unknown inputs are 400s; nothing is written", async () => {
  const files = () => readdirSync(dir).sort();
  const listed = files();
  for (const name of [
    "../escape.yaml",
    "sub/x.yaml",
    "/tmp/x.yaml",
    ".hidden.yaml",
    "x.txt",
    `${"a".repeat(90)}.yaml`,
  ]) {
    const { status, body } = await call("POST", "/api/scenarios", {
      base: BASE,
      name,
      edits: [growth("0.5")],
    });
    assert.equal(status, 400, name);
    assert.match(body.error.message, /name: expected a file name/);
  }
  assert.equal((await call("POST", "/api/scenarios", { base: BASE, edits: [] })).status, 400);
  assert.equal(
    (await call("POST", "/api/scenarios", { base: "../package.json", edits: [growth("1")] })).status,
    404,
  );
  const unknown = await call("POST", "/api/scenarios", {
    base: BASE,
    name: "u.yaml",
    edits: [{ input: "nope", unit: "GW" }],
  });
  assert.equal(unknown.status, 400);
  assert.match(unknown.body.error.message, /no input nope/);
  const family = await call("POST", "/api/scenarios", {
    base: BASE,
    name: "f.yaml",
    edits: [{ input: "user_growth", distribution: { family: "cauchy", params: {} } }],
  });
  assert.equal(family.status, 400);
  assert.equal(existsSync(join(outside, "escape.yaml")), false);
  assert.deepEqual(files(), listed);
});

test("a scenario with errors is refused with the CLI's messages, each placed at its input and field", async () => {
  const { status, body } = await call("POST", "/api/scenarios", {
    base: BASE,
    name: "broken.yaml",
    edits: [growth("fast")],
  });
  assert.equal(status, 400);
  assert.match(body.error.message, /broken\.yaml was not saved/);
  const byField = Object.fromEntries(
    body.error.details.issues.map((i: { input: string; field: string; message: string }) => [
      `${i.input}.${i.field}`,
      i.message,
    ]),
  );
  assert.match(
    byField["user_growth.distribution"],
    /^broken\.yaml:\d+:\d+: error: inputs\.user_growth\.uniform\.high: /,
  );
  assert.match(
    byField["user_growth.distribution"],
    /\n +\d+ \| +uniform: \{low: 0\.08, high: fast\}\n +\| +\^$/,
  );
  assert.equal(existsSync(join(dir, "broken.yaml")), false);
  // The CLI says the same of the same file.
  const edited = applyInputEdits(readFileSync(join(dir, BASE), "utf8"), [growth("fast")], "broken");
  writeFileSync(join(outside, "broken.yaml"), edited.text);
  const session = memoryIo({ cwd: outside });
  assert.equal(await program(["model", "run", "broken.yaml", "--no-ledger"], session.io), 1);
  assert.ok(session.stderr().includes(byField["user_growth.distribution"]), session.stderr());
  // A claim whose unit does not fit the input: refused by the binding, at the input's from:.
  const gigawatts = (await store.listClaims()).find((c) => c.unit === "GW")!;
  const misfit = await call("POST", "/api/scenarios", {
    base: BASE,
    name: "misfit.yaml",
    edits: [{ input: "weekly_users_2025", from: { claim: gigawatts.id } }],
  });
  assert.equal(misfit.status, 400);
  const [issue] = misfit.body.error.details.issues;
  assert.equal(`${issue.input}.${issue.field}`, "weekly_users_2025.from");
  assert.match(issue.message, /^misfit\.yaml:\d+:\d+: error: .*weekly_users_2025/);
  assert.match(issue.message, /from: \{claim: /);
  assert.equal(existsSync(join(dir, "misfit.yaml")), false);
});

test("binding an input to a claim that fits saves it with its former distribution as the fallback", async () => {
  const users = (await store.listClaims()).find(
    (c) => c.metric === "weekly_active_users" && c.value.bound === "exact",
  )!;
  const { status, body } = await call("POST", "/api/scenarios", {
    base: BASE,
    name: "bound-users.yaml",
    edits: [{ input: "weekly_users_2025", from: { claim: users.id } }],
  });
  assert.equal(status, 201, JSON.stringify(body));
  const input = parse(readFileSync(join(dir, "bound-users.yaml"), "utf8")).inputs.weekly_users_2025;
  assert.deepEqual(input.from, { claim: users.id });
  assert.deepEqual(input.fallback, { lognormal: { p5: 750e6, p95: 900e6 } });
  const run = await call("POST", "/api/model/run", { scenario: "bound-users.yaml", samples: 200 });
  assert.ok(run.body.claimIds.includes(users.id), "the run used the claim");
});

test("POST /api/model/sensitivity draws the tornado of a target; an unknown target is a 400", async () => {
  const ok = await call("POST", "/api/model/sensitivity", {
    scenario: BASE,
    target: "funding_gap",
    samples: 200,
    seed: 3,
  });
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  assert.equal(ok.body.result.target, "funding_gap");
  assert.ok(ok.body.result.rows.length > 3);
  assert.ok(ok.body.result.skipped.includes("gw_oracle"), "schedules are not varied");
  assert.ok(ok.body.spec.layer.some((l: { name?: string }) => l.name === "swings"));
  const bad = await call("POST", "/api/model/sensitivity", {
    scenario: BASE,
    target: "nothing",
    samples: 200,
  });
  assert.equal(bad.status, 400);
  assert.match(JSON.stringify(bad.body.error), /nothing/);
  assert.equal(
    (await call("POST", "/api/model/sensitivity", { scenario: "../x.yaml", target: "a" })).status,
    400,
  );
});

test("POST /api/dashboard/histogram-spec draws a run's histogram with P(< 0) annotated", async () => {
  const run = await call("POST", "/api/model/run", { scenario: BASE, samples: 300, seed: 1 });
  const histogram = run.body.histograms.find((h: { output: string }) => h.output === "cash");
  const { status, body } = await call("POST", "/api/dashboard/histogram-spec", {
    output: histogram.output,
    unit: histogram.unit,
    period: histogram.period,
    bins: histogram.bins,
    probabilityBelowZero: histogram.probabilityBelowZero,
  });
  assert.equal(status, 200);
  const bins = body.spec.layer.find((l: { name?: string }) => l.name === "bins");
  assert.equal(bins.data.values.length, histogram.bins.length);
  const bad = await call("POST", "/api/dashboard/histogram-spec", {
    output: "cash",
    unit: "USD",
    period: 2030,
    bins: [],
    probabilityBelowZero: 0,
  });
  assert.equal(bad.status, 400);
});
