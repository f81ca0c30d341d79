import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";
import { DEFAULT_LEDGER_DIR, formatAmount, formatRange } from "../src/core/index.js";
import { openLedger } from "../src/ledger/index.js";
import { formatProbability } from "../src/report/format.js";
import { makeClaim, makeDocument } from "./support/ledger-fixtures.js";

/**
 * The model commands in-process, from a folder holding the default ledger: they read it by
 * default as `report` does, refuse claims that do not fit an input, and backtest against it.
 */

const TEXT = [
  "Les comptes de 2025",
  "OpenAI a réalisé 13,1 milliards de dollars de revenus en 2025.",
  "Sa consommation de trésorerie a été d'environ 8 milliards de dollars en 2025.",
  "Ses revenus annualisés dépassent 20 milliards de dollars fin 2025.",
].join("\n");

const SCENARIO = (binding: string) => `
name: cli-model-test
periods: {start: 2025, end: 2027}
samples: 4000
seed: 7
inputs:
  revenue_2025:
    unit: USD/yr
    from: ${binding}
    fallback: {point: 1.0e9}
  growth: {unit: fraction, uniform: {low: 0.5, high: 1.0}, assumption: true, reason: test growth}
  costs: {unit: USD/yr, uniform: {low: 18.0e9, high: 24.0e9}, assumption: true, reason: test costs}
  opening_cash: {unit: USD, point: 10.0e9, assumption: true, reason: test cash}
variables:
  revenue: {unit: USD/yr, formula: "grow(revenue_2025, growth)"}
  cash_flow: {unit: USD/yr, formula: revenue - costs}
  cash: {unit: USD, formula: opening_cash + cumsum(cash_flow)}
outputs: [revenue, cash_flow, cash]
scalars:
  funding_gap: {unit: USD, formula: "max(0, -min_over(cash, 2025, 2027))"}
events:
  cash_flow_positive_by_2027: any(cash_flow > 0, 2027)
backtest:
  revenue: {entity: OpenAI, metric: revenue}
  cash_flow: {entity: OpenAI, metric: cash_burn, sign: -1}
`;

let cwd: string;
const ids: Record<string, string> = {};

function line(n: number) {
  const lines = TEXT.split("\n");
  const start = lines.slice(0, n).join("\n").length + 1;
  return [start, start + lines[n]!.length] as const;
}

async function run(...argv: string[]) {
  const session = memoryIo({ env: {}, cwd });
  const code = await program(argv, session.io);
  return { code, stdout: session.stdout(), stderr: session.stderr() };
}

before(async () => {
  cwd = mkdtempSync(join(tmpdir(), "fl-cli-model-"));
  const store = await openLedger({ dataDir: join(cwd, DEFAULT_LEDGER_DIR) });
  await store.migrate();
  const document = makeDocument(TEXT, { published: "2026-02-20" });
  const outcome = await store.insertDocument(document, [
    makeClaim(TEXT, ...line(1)),
    makeClaim(TEXT, ...line(2), { metric: "cash_burn", value: { low: 8e9, high: 8e9, bound: "approx" } }),
    makeClaim(TEXT, ...line(3), {
      metric: "revenue_run_rate",
      value: { low: 2e10, high: null, bound: "at_least" },
      period: { asOf: "2025-12" },
    }),
  ]);
  await store.close();
  [ids.revenue, ids.burn, ids.runRate] = outcome.claimIds as [string, string, string];
  mkdirSync(join(cwd, "scenarios"));
  writeFileSync(
    join(cwd, "scenarios", "s.yaml"),
    SCENARIO("{entity: OpenAI, metric: revenue, period: 2025}"),
  );
  writeFileSync(join(cwd, "scenarios", "run-rate.yaml"), SCENARIO(`{claim: ${ids.runRate}}`));
});

after(() => rmSync(cwd, { recursive: true, force: true }));

test("model run reads the default ledger and lists each bound claim, its sentence and why; --no-ledger does not", async () => {
  const text = await run("model", "run", "scenarios/s.yaml", "--workers", "1");
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, new RegExp(`Ledger at ${DEFAULT_LEDGER_DIR}: 1 input\\(s\\) bound to claims`));
  assert.match(
    text.stdout,
    new RegExp(
      `revenue_2025 +${ids.revenue} +13.1 bn \\$ +2025-01-01 – 2025-12-31 +2026-02-20 +unreviewed, reported`,
    ),
  );
  assert.ok(
    text.stdout.includes("revenue_2025: “OpenAI a réalisé 13,1 milliards de dollars de revenus en 2025.”"),
  );
  const json = JSON.parse((await run("model", "run", "scenarios/s.yaml", "--workers", "1", "--json")).stdout);
  assert.equal(json.ledger, `at ${DEFAULT_LEDGER_DIR}`);
  assert.deepEqual(json.claimIds, [ids.revenue]);
  const origin = json.inputs.find((i: { name: string }) => i.name === "revenue_2025").origin;
  assert.equal(origin.kind, "ledger");
  assert.match(origin.why, /^unreviewed, reported, published 2026-02-20; the only claim that fits/);
  const off = JSON.parse(
    (await run("model", "run", "scenarios/s.yaml", "--no-ledger", "--json", "--workers", "1")).stdout,
  );
  assert.equal(off.ledger, "not read (--no-ledger)");
  assert.deepEqual(off.claimIds, []);
  assert.equal(off.outputs[0].periods[0].p50, 1e9);
  const tornado = await run(
    "model",
    "sensitivity",
    "scenarios/s.yaml",
    "--target",
    "funding_gap",
    "--samples",
    "500",
    "--json",
  );
  assert.equal(JSON.parse(tornado.stdout).ledger, `at ${DEFAULT_LEDGER_DIR}`, tornado.stderr);
  const both = await run("model", "run", "scenarios/s.yaml", "--no-ledger", "--db", "memory://");
  assert.equal(both.code, 2);
});

test("model run and report give the same answers on the same default ledger", async () => {
  const json = JSON.parse((await run("model", "run", "scenarios/s.yaml", "--workers", "1", "--json")).stdout);
  const gap = json.scalars.find((s: { name: string }) => s.name === "funding_gap");
  const event = json.events.find((e: { name: string }) => e.name === "cash_flow_positive_by_2027");
  const written = await run("report", "scenarios/s.yaml", "--out", "r.html", "--workers", "1");
  assert.equal(written.code, 0, written.stderr);
  const html = readFileSync(join(cwd, "r.html"), "utf8");
  assert.ok(html.includes(formatAmount(gap.p50, "USD")), `${gap.p50}`);
  assert.ok(html.includes(formatRange(gap.p5, gap.p95, "USD")), `${gap.p5}–${gap.p95}`);
  assert.ok(html.includes(formatProbability(event.probability, "en")));
  assert.ok(
    html.includes("<mark>13,1 milliards de dollars</mark> de revenus en 2025."),
    "the bound sentence",
  );
  assert.match(html, /<h2 id="backtest">Backtest: reported actuals against the model<\/h2>/);
  assert.ok(
    html.includes(
      `status-pass">inside</td>\n<td>Les comptes de 2025 · 2026-02-20 · reported · <code>${ids.burn}</code>`,
    ),
  );
  const off = JSON.parse(
    (await run("model", "run", "scenarios/s.yaml", "--no-ledger", "--json", "--workers", "1")).stdout,
  );
  const offGap = off.scalars.find((s: { name: string }) => s.name === "funding_gap");
  assert.ok(!html.includes(formatAmount(offGap.p50, "USD")), "the report used the ledger's claim");
});

test("a claim named by id whose period kind does not fit the input is refused, naming both", async () => {
  const refused = await run("model", "run", "scenarios/run-rate.yaml", "--workers", "1");
  assert.equal(refused.code, 1);
  assert.ok(
    refused.stderr.includes(
      `error: input 'revenue_2025' (USD/yr) refuses claim ${ids.runRate} (OpenAI revenue_run_rate 20000000000 USD, as of 2025-12): a level as of 2025-12`,
    ),
    refused.stderr,
  );
  assert.equal(refused.stdout, "");
});

test("model backtest sets the reported burn beside the model's range, with its source; the report shows it", async () => {
  const text = await run("model", "backtest", "scenarios/s.yaml", "--workers", "1");
  assert.equal(text.code, 0, text.stderr);
  assert.match(
    text.stdout,
    new RegExp(
      `cash_flow +2025 +~−8 bn \\$/yr +−[0-9.]+ – −[0-9.]+ bn \\$/yr +inside +${ids.burn} +reported, Les comptes de 2025, 2026-02-20`,
    ),
  );
  assert.match(
    text.stdout,
    new RegExp(`revenue +2025 +13\\.1 bn \\$/yr .* inside \\(bound input\\) +${ids.revenue}`),
  );
  assert.match(text.stdout, /Result: pass \(2 inside, 0 outside, 0 excepted\)/);
  const json = JSON.parse(
    (await run("model", "backtest", "scenarios/s.yaml", "--workers", "1", "--json")).stdout,
  );
  assert.equal(json.passed, true);
  assert.deepEqual(
    json.rows.map((r: { output: string; claimId: string; documentTitle: string }) => [
      r.output,
      r.claimId,
      r.documentTitle,
    ]),
    [
      ["cash_flow", ids.burn, "Les comptes de 2025"],
      ["revenue", ids.revenue, "Les comptes de 2025"],
    ],
  );
  const off = await run("model", "backtest", "scenarios/s.yaml", "--no-ledger");
  assert.equal(off.code, 2);
  await run("report", "scenarios/s.yaml", "--out", "r.md", "--workers", "1");
  const md = readFileSync(join(cwd, "r.md"), "utf8");
  assert.match(md, /## Backtest: reported actuals against the model/);
  assert.ok(md.includes(`| cash\\_flow | 2025 | \\~−8 bn $/yr |`), md.slice(md.indexOf("## Backtest")));
  assert.ok(
    md.includes(
      `**inside** · an input is bound to this claim | Les comptes de 2025 · 2026\\-02\\-20 · reported · ${ids.revenue} |`,
    ),
  );
});
