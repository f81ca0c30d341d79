import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run as runSquiggle } from "@quri/squiggle-lang";
import { normalQuantile, Z95 } from "../src/model/distributions.js";
import { parseScenario } from "../src/model/load.js";
import { streamFor, uniformOpen } from "../src/model/rng.js";
import { runScenario, WorkerPool } from "../src/model/runner.js";

/**
 * The reference cash model (bench/reference-cash-model.yaml) three ways, in one process:
 * the engine (2 workers), a hand-written single-thread Float64Array loop, and Squiggle.
 * Prints medians of several repetitions, ratios and peak RSS. Not a test.
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = here.includes("/dist/") ? join(here, "..", "..") : join(here, "..");
const yamlPath = join(root, "bench", "reference-cash-model.yaml");
const REPEAT = 5;
const WORKERS = 2;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rssMb = () => process.resourceUsage().maxRSS / 1024;

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The same model as a plain loop: inputs drawn per sample, 12 periods, cash in 2030 kept exactly. */
function handLoop(samples: number, seed: number) {
  const rng = streamFor(seed, "hand-loop", 0);
  const lognormal = (p5: number, p95: number) => {
    const mu = (Math.log(p5) + Math.log(p95)) / 2;
    const sigma = (Math.log(p95) - Math.log(p5)) / (2 * Z95);
    return Math.exp(mu + sigma * normalQuantile(uniformOpen(rng)));
  };
  const uniform = (a: number, b: number) => a + (b - a) * uniformOpen(rng);
  const gw = [2, 6, 10, 15, 20, 26, 26, 26, 26, 26, 26, 26];
  const inPayment = gw.map((g, t) => g - (t >= 5 ? gw[t - 5]! : 0));
  const fade = Array.from({ length: 12 }, (_, t) => 0.85 ** t);
  const cash2030 = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const r0 = lognormal(12e9, 14e9);
    const g0 = lognormal(1.4, 2.2);
    const cost = uniform(50e9, 60e9);
    const margin = uniform(0.25, 0.5);
    let cash = uniform(10e9, 30e9);
    const funding = uniform(20e9, 60e9);
    let revenue = r0;
    for (let t = 0; t < 12; t++) {
      if (t > 0) revenue *= 1 + (g0 - 1) * fade[t]!;
      cash += revenue * margin - (cost * inPayment[t]!) / 5 + funding;
      if (t === 5) cash2030[i] = cash;
    }
  }
  const sorted = cash2030.sort();
  let negative = 0;
  for (const x of sorted) if (x < 0) negative++;
  return { p50: sorted[Math.floor(samples / 2)]!, negative: negative / samples };
}

function squiggleCode(): string {
  const gw = [2, 6, 10, 15, 20, 26, 26, 26, 26, 26, 26, 26];
  const lines = [
    "r0 = lognormal({p5: 12e9, p95: 14e9})",
    "g0 = lognormal({p5: 1.4, p95: 2.2})",
    "cost = uniform(50e9, 60e9)",
    "margin = uniform(0.25, 0.5)",
    "funding = uniform(20e9, 60e9)",
    "rev0 = r0",
    "cash0 = uniform(10e9, 30e9) + rev0 * margin - cost * 2 / 5 + funding",
  ];
  for (let t = 1; t < 12; t++) {
    const pay = gw[t]! - (t >= 5 ? gw[t - 5]! : 0);
    lines.push(`rev${t} = rev${t - 1} * (1 + (g0 - 1) * ${0.85 ** t})`);
    lines.push(`cash${t} = cash${t - 1} + rev${t} * margin - cost * ${pay} / 5 + funding`);
  }
  lines.push("{p50: quantile(cash5, 0.5), negative: cdf(cash5, 0)}");
  return lines.join("\n");
}

async function squiggle(samples: number) {
  const out = await runSquiggle(squiggleCode(), {
    environment: { sampleCount: samples, xyPointLength: 1000, seed: "bench", profile: false },
  });
  if (!out.result.ok) throw new Error(String(out.result.value));
  return out.result.value.result.toString();
}

async function main() {
  const text = readFileSync(yamlPath, "utf8");
  const loaded = parseScenario(text, yamlPath);
  if (!loaded.value) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  const bundle = { scenario: loaded.value.scenario, bindings: {} };
  const rows: string[] = [];
  const figures: Record<string, number> = {};
  for (const samples of [100_000, 1_000_000]) {
    const label = samples === 1_000_000 ? "1M" : "100k";
    // Cold: a new pool per run (worker start-up included). Warm: one pool reused.
    const cold: number[] = [];
    for (let k = 0; k < REPEAT; k++)
      cold.push((await time(() => runScenario(bundle, { samples, workers: WORKERS }))).ms);
    const pool = new WorkerPool(WORKERS);
    const warm: number[] = [];
    let answer = "";
    for (let k = 0; k < REPEAT; k++) {
      const { ms, value } = await time(() => runScenario(bundle, { samples, pool }));
      warm.push(ms);
      const s = value.result!;
      answer = `cash 2030 p50 ${(s.scalars[0]!.p50 / 1e9).toFixed(1)} bn, P(negative) ${s.events[0]!.probability.toFixed(4)}`;
    }
    await pool.close();
    const loop: number[] = [];
    let loopAnswer = "";
    for (let k = 0; k < REPEAT; k++) {
      const { ms, value } = await time(() => handLoop(samples, 7));
      loop.push(ms);
      loopAnswer = `cash 2030 p50 ${(value.p50 / 1e9).toFixed(1)} bn, P(negative) ${value.negative.toFixed(4)}`;
    }
    figures[`engineCold${label}`] = median(cold);
    figures[`engineWarm${label}`] = median(warm);
    figures[`loop${label}`] = median(loop);
    rows.push(
      `${label.padEnd(5)} engine (${WORKERS} workers) cold ${median(cold).toFixed(0)} ms, warm ${median(warm).toFixed(0)} ms  [${answer}]`,
    );
    rows.push(
      `${label.padEnd(5)} hand-written loop (1 thread)   ${median(loop).toFixed(0)} ms  [${loopAnswer}]`,
    );
  }
  const engineRss = rssMb();
  const sq: number[] = [];
  let sqAnswer = "";
  const SQ_SAMPLES = 100_000;
  for (let k = 0; k < 3; k++) {
    const { ms, value } = await time(() => squiggle(SQ_SAMPLES));
    sq.push(ms);
    sqAnswer = value;
  }
  const sq100k = median(sq);
  rows.push(
    `100k  Squiggle (@quri/squiggle-lang 0.10) ${sq100k.toFixed(0)} ms  [${sqAnswer.replace(/\s+/g, " ")}]`,
  );
  rows.push(
    `1M    Squiggle scaled linearly from 100k: ~${(sq100k * 10).toFixed(0)} ms (not run at 1M: memory and time)`,
  );
  console.log(rows.join("\n"));
  console.log("");
  console.log(
    `ratios at 1M: loop / engine-warm = ${(figures.loop1M! / figures.engineWarm1M!).toFixed(2)}×, loop / engine-cold = ${(figures.loop1M! / figures.engineCold1M!).toFixed(2)}×`,
  );
  console.log(
    `ratios at 100k: Squiggle / engine-warm = ${(sq100k / figures.engineWarm100k!).toFixed(1)}×, Squiggle / engine-cold = ${(sq100k / figures.engineCold100k!).toFixed(1)}×`,
  );
  console.log(
    `ratio at 1M (Squiggle scaled): ${((sq100k * 10) / figures.engineWarm1M!).toFixed(1)}× the engine (warm)`,
  );
  console.log(
    `peak RSS: ${engineRss.toFixed(0)} MB after the engine and loop runs; ${rssMb().toFixed(0)} MB after Squiggle`,
  );
}

await main();
