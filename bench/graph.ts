import { availableParallelism, loadavg } from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import { buildDealGraph } from "../src/graph/index.js";
import type { StoredClaim } from "../src/ledger/port.js";
import { reconcile } from "../src/reconcile/index.js";
import { makeClaim } from "../src/reconcile/testing.js";
import { generator } from "./random.js";

/**
 * The deal graph on a generated ledger: 10,000 deal claims (investments, compute and chip purchases,
 * capacity in GW, warrants, loans) among 500 companies, a few of them hubs, plus each company's
 * revenue and some funding rounds. Measures buildDealGraph (reconcile, edges, components, loops up to
 * four parties, every metric) against reconcile alone on the same claims, medians of several runs.
 * Target: under 2 s. Not a test.
 *
 * Where the wall time goes: the build is one synchronous computation (no I/O, no workers), so its
 * wall time is its CPU time (garbage collection included, measured from V8's gc entries) plus the
 * time it waited for a core, which on a loaded machine is most of it; the load average is printed.
 */

const COMPANIES = 500;
const EDGES = 10_000;
const REPEAT = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function generateLedger(seed: number): StoredClaim[] {
  const random = generator(seed);
  const company = (skew: number) => `C${Math.floor(COMPANIES * random() ** skew)}`;
  const claims: StoredClaim[] = [];
  const kinds = [
    { metric: "investment", unit: "USD", scale: 1e9, quote: "will invest" },
    { metric: "compute_commitment", unit: "USD", scale: 1e10, quote: "a cloud contract" },
    { metric: "compute_commitment", unit: "USD", scale: 1e9, quote: "will buy chips" },
    { metric: "datacenter_capacity", unit: "GW", scale: 1, quote: "gigawatts of GPUs" },
    { metric: "warrant_shares", unit: "shares", scale: 1e7, quote: "warrants" },
    { metric: "debt_issuance", unit: "USD", scale: 1e9, quote: "a loan" },
  ] as const;
  for (let i = 0; i < EDGES; i++) {
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    let [from, to] = [company(2), company(1)];
    if (from === to) to = `C${(Number(to.slice(1)) + 1) % COMPANIES}`;
    const month = 1 + Math.floor(random() * 12);
    claims.push(
      makeClaim({
        id: `d${i}`,
        entity: from,
        counterparty: to,
        metric: kind.metric,
        unit: kind.unit,
        value: Math.round((1 + random() * 99) * kind.scale),
        qualifier: random() < 0.1 ? "letter_of_intent" : "commitment",
        period: { asOf: `${2019 + Math.floor(random() * 7)}-${String(month).padStart(2, "0")}` },
        reported: `2025-${String(month).padStart(2, "0")}-15`,
        document: `doc${i % 2000}`,
        quote: kind.quote,
      }),
    );
  }
  for (let c = 0; c < COMPANIES; c++) {
    for (const year of [2024, 2025])
      claims.push(
        makeClaim({
          id: `r${c}-${year}`,
          entity: `C${c}`,
          metric: "revenue",
          value: Math.round((1 + random() * 99) * 1e9),
          period: { start: `${year}-01-01`, end: `${year}-12-31` },
          reported: "2026-01-15",
        }),
      );
    if (c % 10 === 0)
      claims.push(
        makeClaim({
          id: `f${c}`,
          entity: `C${c}`,
          metric: "funding_round",
          value: Math.round((1 + random() * 99) * 1e9),
          period: { asOf: "2025-06" },
          qualifier: "rumoured",
          reported: "2025-06-15",
        }),
      );
  }
  return claims;
}

/** Wall time, and the CPU time of this process (which a loaded machine inflates less). */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

/** Milliseconds V8 spent collecting garbage, as its gc entries arrive (after each run yields). */
let gcMs = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
});
observer.observe({ entryTypes: ["gc"] });
const settle = () => new Promise((done) => setTimeout(done, 20));

const claims = generateLedger(20251203);
const baseline: number[] = [];
const build: number[] = [];
const buildCpu: number[] = [];
const buildGc: number[] = [];
const baselineCpu: number[] = [];
let last = buildDealGraph({ claims });
for (let i = 0; i < REPEAT; i++) {
  const base = time(() => reconcile(claims));
  baseline.push(base.ms);
  baselineCpu.push(base.cpuMs);
  await settle();
  const gcBefore = gcMs;
  const run = time(() => buildDealGraph({ claims }));
  await settle();
  build.push(run.ms);
  buildCpu.push(run.cpuMs);
  buildGc.push(gcMs - gcBefore);
  last = run.value;
}
observer.disconnect();
const ms = median(build);
const base = median(baseline);
console.log(`claims: ${claims.length}, edges: ${last.edges.length}, parties: ${last.parties.length}`);
console.log(
  `components: ${last.components.length} (largest ${last.components[0]?.length ?? 0} parties), loops listed: ${last.loops.length}${last.loopsTruncated ? " (cut at the limit)" : ""}, metrics: ${last.metrics.length}`,
);
console.log(
  `reconcile alone: median ${base.toFixed(0)} ms over ${REPEAT} runs (CPU ${median(baselineCpu).toFixed(0)} ms)`,
);
console.log(
  `graph build + loops + metrics: median ${ms.toFixed(0)} ms (${(ms / base).toFixed(2)}× reconcile alone; CPU ${median(buildCpu).toFixed(0)} ms)`,
);
const cpu = median(buildCpu);
console.log(
  `where the wall time goes (medians): CPU ${cpu.toFixed(0)} ms (garbage collection included; its pauses took ${median(buildGc).toFixed(0)} ms of wall time), waiting for a core ${Math.max(0, ms - cpu).toFixed(0)} ms`,
);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")} on ${availableParallelism()} cores`,
);
console.log(`target under 2000 ms: ${ms < 2000 ? "met" : "missed"}`);
