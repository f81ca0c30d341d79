import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run as runSquiggle } from "@quri/squiggle-lang";
import { normalQuantile, Z95 } from "../src/model/distributions.js";
import { parseScenario } from "../src/model/load.js";
import { streamFor, uniformOpen } from "../src/model/rng.js";
import { runScenario, WorkerPool } from "../src/model/runner.js";
import { freshGrowthBench } from "./fresh-growth.js";

/**
 * The reference cash model (bench/reference-cash-model.yaml) three ways, in one process:
 * the engine (2 workers), a hand-written single-thread Float64Array loop, and Squiggle.
 * Prints medians of several repetitions, ratios and peak RSS. Not a test.
 */

/** A bench model file: the first folder up from here holding bench/<file>. */
function findModel(from: string, file = "reference-cash-model.yaml"): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "bench", file);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`bench/${file} not found`);
  }
}
const here = dirname(fileURLToPath(import.meta.url));
const yamlPath = findModel(here);
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

interface Row {
  samples: number;
  cold: number;
  warm: number;
  loop: number;
  squiggle: number;
  squiggleScaled: boolean;
}

async function main() {
  // First, in a fresh process state: its peak memory is read before the other runs.
  console.log((await freshGrowthBench(findModel(here, "fresh-growth-cash-model.yaml"))).join("\n"));
  if (process.argv.includes("--fresh-only")) return;
  const text = readFileSync(yamlPath, "utf8");
  const loaded = parseScenario(text, yamlPath);
  if (!loaded.value) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  const bundle = { scenario: loaded.value.scenario, bindings: {} };
  const lines: string[] = [];
  const measured: Omit<Row, "squiggle" | "squiggleScaled">[] = [];
  for (const samples of [100_000, 1_000_000]) {
    const label = samples === 1_000_000 ? "1M" : "100k";
    // Cold: a new pool per run (worker start-up and the workers' first compilation included).
    // Warm: one pool reused, after one untimed run that starts it.
    const cold: number[] = [];
    for (let k = 0; k < REPEAT; k++)
      cold.push((await time(() => runScenario(bundle, { samples, workers: WORKERS }))).ms);
    const pool = new WorkerPool(WORKERS);
    await runScenario(bundle, { samples, pool });
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
    measured.push({ samples, cold: median(cold), warm: median(warm), loop: median(loop) });
    lines.push(`${label}: engine [${answer}]; loop [${loopAnswer}]`);
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
  lines.push(`100k: Squiggle [${sqAnswer.replace(/\s+/g, " ")}]`);
  const rows: Row[] = measured.map((m) => ({
    ...m,
    squiggle: (sq100k * m.samples) / SQ_SAMPLES,
    squiggleScaled: m.samples !== SQ_SAMPLES,
  }));
  const ms = (x: number) => `${x.toFixed(0)} ms`.padStart(9);
  const ratio = (x: number) => `${x.toFixed(2)}×`.padStart(8);
  console.log(
    `medians of ${REPEAT} runs (Squiggle: 3 runs at 100k, 1M scaled linearly); engine = ${WORKERS} workers`,
  );
  console.log(
    "samples  engine-cold engine-warm      loop  Squiggle   loop/warm  loop/cold  Sq/warm  Sq/cold",
  );
  for (const r of rows)
    console.log(
      `${(r.samples === 1_000_000 ? "1M" : "100k").padEnd(7)}${ms(r.cold).padStart(12)}${ms(r.warm).padStart(12)}${ms(r.loop)}${ms(r.squiggle)}${r.squiggleScaled ? "*" : " "}${ratio(r.loop / r.warm).padStart(11)}${ratio(r.loop / r.cold).padStart(11)}${ratio(r.squiggle / r.warm).padStart(9)}${ratio(r.squiggle / r.cold).padStart(9)}`,
    );
  console.log("(* scaled from 100k; ratios above 1 mean the engine is faster)");
  console.log(
    `engine-cold: a new pool of ${WORKERS} workers per run, start-up included; engine-warm: one pool reused, after an untimed first run`,
  );
  console.log(
    `peak RSS: ${engineRss.toFixed(0)} MB after the engine and loop runs; ${rssMb().toFixed(0)} MB after Squiggle`,
  );
  console.log(lines.join("\n"));
}

await main();
