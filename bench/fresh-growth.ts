import { readFileSync } from "node:fs";
import { normalQuantile, Z95 } from "../src/model/distributions.js";
import { parseScenario } from "../src/model/load.js";
import { streamFor } from "../src/model/rng.js";
import { runScenario } from "../src/model/runner.js";

/**
 * The 12-year cash model with a fresh growth draw every year, 1 M samples: CPU of the engine run
 * through the library (one thread) against a hand-written typed-array loop of the same model, in
 * the same process, medians of several runs; and peak memory. Part of bench:model.
 */

const SAMPLES = 1_000_000;
const REPEAT = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rssMb = () => process.resourceUsage().maxRSS / 1024;

/** CPU milliseconds (user + system, every thread of the process) spent in fn. */
async function cpu<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}

function column(seed: number, name: string, n: number, map: (u: number) => number): Float64Array {
  const out = new Float64Array(n);
  streamFor(seed, name, 0).fillUniformOpen(out, 0, n);
  for (let i = 0; i < n; i++) out[i] = map(out[i]!);
  return out;
}

/** The same model as plain columns: inputs drawn into arrays, then one pass per period. */
export function freshGrowthHandLoop(n: number, seed: number): { p50: number; negative: number } {
  const logn = (p5: number, p95: number) => {
    const mu = (Math.log(p5) + Math.log(p95)) / 2;
    const sigma = (Math.log(p95) - Math.log(p5)) / (2 * Z95);
    return (u: number) => Math.exp(mu + sigma * normalQuantile(u));
  };
  const uniform = (a: number, b: number) => (u: number) => a + (b - a) * u;
  const r0 = column(seed, "r0", n, logn(12e9, 14e9));
  const g0 = column(seed, "g0", n, logn(1.4, 2.2));
  const cost = column(seed, "cost", n, uniform(50e9, 60e9));
  const margin = column(seed, "margin", n, uniform(0.25, 0.5));
  const cash = column(seed, "cash", n, uniform(10e9, 30e9));
  const funding = column(seed, "funding", n, uniform(20e9, 60e9));
  const revenue = new Float64Array(n);
  const shock = new Float64Array(n);
  const gw = [2, 6, 10, 15, 20, 26, 26, 26, 26, 26, 26, 26];
  let cash2030 = new Float64Array(0);
  for (let t = 0; t < 12; t++) {
    streamFor(seed, `shock@${t}`, 0).fillUniformOpen(shock, 0, n);
    const fade = 0.85 ** t;
    const payment = (gw[t]! - (t >= 5 ? gw[t - 5]! : 0)) / 5;
    for (let i = 0; i < n; i++) {
      const growth = 1 + (g0[i]! - 1) * fade + 0.1 * normalQuantile(shock[i]!);
      revenue[i] = t === 0 ? r0[i]! : revenue[i]! * growth;
      cash[i] = cash[i]! + revenue[i]! * margin[i]! - cost[i]! * payment + funding[i]!;
    }
    if (t === 5) cash2030 = Float64Array.from(cash);
  }
  cash2030.sort();
  let negative = 0;
  for (const x of cash2030) if (x < 0) negative++;
  return { p50: cash2030[Math.floor(n / 2)]!, negative: negative / n };
}

export async function freshGrowthBench(yamlPath: string): Promise<string[]> {
  const text = readFileSync(yamlPath, "utf8");
  const loaded = parseScenario(text, yamlPath);
  if (!loaded.value) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  const bundle = { scenario: loaded.value.scenario, bindings: {} };
  const rssBefore = rssMb();
  const engine: number[] = [];
  let answer = "";
  // One untimed run first: the same warm-up for both.
  await runScenario(bundle, { samples: SAMPLES, workers: 1 });
  for (let k = 0; k < REPEAT; k++) {
    const { ms, value } = await cpu(() => runScenario(bundle, { samples: SAMPLES, workers: 1 }));
    engine.push(ms);
    const r = value.result!;
    answer = `cash 2030 p50 ${(r.scalars[0]!.p50 / 1e9).toFixed(1)} bn, P(negative) ${r.events[0]!.probability.toFixed(4)}`;
  }
  const engineRss = rssMb();
  const loop: number[] = [];
  let loopAnswer = "";
  freshGrowthHandLoop(SAMPLES, 7);
  for (let k = 0; k < REPEAT; k++) {
    const { ms, value } = await cpu(() => freshGrowthHandLoop(SAMPLES, 7));
    loop.push(ms);
    loopAnswer = `cash 2030 p50 ${(value.p50 / 1e9).toFixed(1)} bn, P(negative) ${value.negative.toFixed(4)}`;
  }
  const e = median(engine);
  const l = median(loop);
  return [
    `fresh yearly growth draw, 12 periods, 1M samples, one thread, CPU medians of ${REPEAT} (after one untimed run each):`,
    `  engine ${e.toFixed(0)} ms CPU per 1M samples; hand loop ${l.toFixed(0)} ms; engine/loop ${(e / l).toFixed(2)}× (target ≤ 1.20×)`,
    `  peak RSS ${rssBefore.toFixed(0)} MB before, ${engineRss.toFixed(0)} MB after the engine runs, ${rssMb().toFixed(0)} MB after the loop`,
    `  engine [${answer}]; loop [${loopAnswer}]`,
  ];
}
