import type { Issue } from "../core/index.js";
import type { Finished } from "./accumulator.js";
import { type BlockEnv, type BoundInput, compileScenario, describeInput, type Program } from "./compile.js";
import { emptyTally, type NonFiniteTally } from "./non-finite.js";
import type { Scenario } from "./schema.js";
import { type BlockRunner, createBlockRunner, DEFAULT_BLOCK_SIZE } from "./simulation.js";
import type {
  ComparisonResult,
  ExtraSummary,
  HistogramResult,
  InputSummary,
  QuantileSummary,
  RunResult,
  RunTiming,
  ScalarDifference,
  VariableDifference,
} from "./types.js";

/**
 * A simulation job as plain data (what a worker receives), the probes it tracks, and the assembly
 * of RunResult / ComparisonResult from the reduced probes. Pure.
 */

export interface ScenarioBundle {
  scenario: Scenario;
  bindings: Record<string, BoundInput>;
}

export interface SimulationSpec {
  mode: "run" | "compare";
  bundles: ScenarioBundle[];
  seed: number;
  samples: number;
  blockSize: number;
}

export interface Simulation {
  programs: Program[];
  /** Per program, the columns of the block run last. */
  envs: BlockEnv[];
  probeCount: number;
  /** Per probe, the blocks binned for quantiles (see Accumulator). */
  binBlocks: number[];
  eventCount: number;
  /** Checked formulas per program (variables, scalars, events): the tally's layout. */
  checkedCounts: number[];
  runBlock(block: number, n: number): void;
  /** Counts the current block's non-finite values, program by program. */
  countNonFinite(tally: NonFiniteTally, block: number): void;
  probe(p: number): Float64Array;
  /** The first program's values of an output (variable or input) in period t, a scalar or an event. */
  view(name: string, t: number | null): Float64Array;
  event(e: number): Float64Array;
}

interface ProbeRef {
  read: () => Float64Array;
  /** Sampled inputs: quantiles from the first samples only, the mean from all. */
  input?: boolean;
}

/** Samples binned for an input's quantiles (the inputs table): one standard error of a quantile's rank ≤ 0.2 point. */
export const INPUT_QUANTILE_SAMPLES = 65_536;

export function compileBundle(bundle: ScenarioBundle): { program: Program | null; issues: Issue[] } {
  return compileScenario(bundle.scenario, { bindings: bundle.bindings });
}

/** Probes of a single run: outputs × periods, then scalars, then sampled inputs. */
function runProbes(runner: BlockRunner): ProbeRef[] {
  const program = runner.program;
  const probes: ProbeRef[] = [];
  for (const name of program.outputs)
    program.years.forEach((_, t) => {
      probes.push({ read: () => runner.outputView(name, t) });
    });
  program.scalars.forEach((_, s) => {
    probes.push({ read: () => runner.scalarValues[s]! });
  });
  for (const input of program.columns)
    probes.push({ read: () => runner.env.inputs[input.column]!, input: true });
  return probes;
}

interface Common {
  outputs: { name: string; unit: string; ta: number[]; tb: number[]; years: number[] }[];
  scalars: { name: string; unit: string; a: number; b: number }[];
}

function commonParts(a: Program, b: Program): Common {
  const years = a.years.filter((y) => b.years.includes(y));
  const unitOf = (p: Program, name: string) =>
    p.variables.find((v) => v.name === name)?.unit ?? p.inputs.find((i) => i.name === name)?.unit;
  const outputs = a.outputs
    .filter((name) => b.outputs.includes(name) && unitOf(a, name) === unitOf(b, name))
    .map((name) => ({
      name,
      unit: unitOf(a, name)!,
      years,
      ta: years.map((y) => a.years.indexOf(y)),
      tb: years.map((y) => b.years.indexOf(y)),
    }));
  const scalars = a.scalars.flatMap((s, i) => {
    const j = b.scalars.findIndex((t) => t.name === s.name && t.unit === s.unit);
    return j === -1 ? [] : [{ name: s.name, unit: s.unit, a: i, b: j }];
  });
  return { outputs, scalars };
}

export function createSimulation(spec: SimulationSpec): { simulation: Simulation | null; issues: Issue[] } {
  const compiled = spec.bundles.map(compileBundle);
  const issues = compiled.flatMap((c) => c.issues);
  if (compiled.some((c) => !c.program)) return { simulation: null, issues };
  const programs = compiled.map((c) => c.program!);
  const runners = programs.map((program) =>
    createBlockRunner(program, { seed: spec.seed, size: spec.blockSize || DEFAULT_BLOCK_SIZE }),
  );
  let probes: ProbeRef[];
  let events: (() => Float64Array)[];
  if (spec.mode === "run") {
    probes = runProbes(runners[0]!);
    events = programs[0]!.events.map((_, e) => () => runners[0]!.eventValues[e]!);
  } else {
    const [ra, rb] = runners as [BlockRunner, BlockRunner];
    const common = commonParts(programs[0]!, programs[1]!);
    probes = [];
    const size = spec.blockSize || DEFAULT_BLOCK_SIZE;
    const diff = (x: () => Float64Array, y: () => Float64Array): ProbeRef => {
      const out = new Float64Array(size);
      return {
        read: () => {
          const a = x();
          const b = y();
          const n = ra.env.ctx.n;
          for (let i = 0; i < n; i++) out[i] = b[i]! - a[i]!;
          return out;
        },
      };
    };
    for (const o of common.outputs) {
      o.years.forEach((_, k) => {
        const a = () => ra.outputView(o.name, o.ta[k]!);
        const b = () => rb.outputView(o.name, o.tb[k]!);
        probes.push({ read: a }, { read: b }, diff(a, b));
      });
    }
    for (const s of common.scalars) {
      const a = () => ra.scalarValues[s.a]!;
      const b = () => rb.scalarValues[s.b]!;
      probes.push({ read: a }, { read: b }, diff(a, b));
    }
    events = [
      ...programs[0]!.events.map((_, e) => () => ra.eventValues[e]!),
      ...programs[1]!.events.map((_, e) => () => rb.eventValues[e]!),
    ];
  }
  const size = spec.blockSize || DEFAULT_BLOCK_SIZE;
  const inputBlocks = Math.max(1, Math.ceil(INPUT_QUANTILE_SAMPLES / size));
  return {
    simulation: {
      programs,
      envs: runners.map((r) => r.env),
      probeCount: probes.length,
      binBlocks: probes.map((p) => (p.input ? inputBlocks : Number.POSITIVE_INFINITY)),
      eventCount: events.length,
      checkedCounts: programs.map((p) => p.variables.length + p.scalars.length + p.events.length),
      runBlock(block, n) {
        for (const runner of runners) runner.run(block, n);
      },
      countNonFinite(tally, block) {
        // Program k's formulas are offset by the formulas of the programs before it.
        let offset = 0;
        for (const runner of runners) {
          const local = emptyTally(tally.counts.length);
          runner.countNonFinite(local, block);
          local.counts.forEach((count, i) => {
            tally.counts[offset + i]! += count;
          });
          if (local.first && (!tally.first || block < tally.first.block))
            tally.first = { ...local.first, formula: offset + local.first.formula };
          offset +=
            runner.program.variables.length + runner.program.scalars.length + runner.program.events.length;
        }
      },
      probe: (p) => probes[p]!.read(),
      view: (name, t) => {
        const runner = runners[0]!;
        const s = runner.program.scalars.findIndex((x) => x.name === name);
        if (s >= 0) return runner.scalarValues[s]!;
        const e = runner.program.events.findIndex((x) => x.name === name);
        if (e >= 0) return runner.eventValues[e]!;
        return runner.outputView(name, t ?? 0);
      },
      event: (e) => events[e]!(),
    },
    issues,
  };
}

export interface RunMeta {
  seed: number;
  samples: number;
  workers: number;
  blockSize: number;
  timing: RunTiming;
}

function inputSummaries(
  program: Program,
  finished: Finished | null,
  firstInputProbe: number,
): InputSummary[] {
  return program.inputs.map((input) => ({
    name: input.name,
    unit: input.unit,
    distribution: describeInput(input),
    origin: input.origin,
    summary: input.column >= 0 && finished ? finished.summary(firstInputProbe + input.column) : null,
  }));
}

export function claimIdsOf(program: Program): string[] {
  const ids = new Set<string>();
  for (const input of program.inputs)
    if (input.origin.kind === "ledger") for (const id of input.origin.claimIds) ids.add(id);
  return [...ids].sort();
}

/** The scenario's extra quantiles and threshold probabilities for one probe (none when not asked). */
function extraSummary(program: Program, name: string, finished: Finished, p: number): ExtraSummary {
  const { quantiles, below } = program.summary;
  const thresholds = below[name] ?? [];
  return {
    ...(quantiles.length > 0
      ? { quantiles: quantiles.map((q) => ({ q, value: finished.quantile(p, q) })) }
      : {}),
    ...(thresholds.length > 0
      ? {
          below: thresholds.map((threshold) => ({
            threshold,
            probability: finished.probabilityBelow(p, threshold),
          })),
        }
      : {}),
  };
}

export function assembleRun(program: Program, finished: Finished, meta: RunMeta): RunResult {
  const periods = program.years.length;
  const unitOf = (name: string) =>
    program.variables.find((v) => v.name === name)?.unit ??
    program.inputs.find((i) => i.name === name)?.unit ??
    "1";
  const formulaOf = (name: string) =>
    program.variables.find((v) => v.name === name)?.formula ??
    describeInput(program.inputs.find((i) => i.name === name)!);
  const histograms: HistogramResult[] = [];
  const outputs = program.outputs.map((name, o) => ({
    name,
    unit: unitOf(name),
    formula: formulaOf(name),
    periods: program.years.map((year, t) => {
      const p = o * periods + t;
      const h = finished.histogram(p);
      histograms.push({
        output: name,
        period: year,
        unit: unitOf(name),
        bins: h.bins,
        total: h.total,
        probabilityBelowZero: h.total > 0 ? h.below0 / h.total : 0,
      });
      return { period: year, ...finished.summary(p), ...extraSummary(program, name, finished, p) };
    }),
  }));
  const scalarBase = program.outputs.length * periods;
  const scalars = program.scalars.map((s, i) => {
    const h = finished.histogram(scalarBase + i);
    histograms.push({
      output: s.name,
      period: null,
      unit: s.unit,
      bins: h.bins,
      total: h.total,
      probabilityBelowZero: h.total > 0 ? h.below0 / h.total : 0,
    });
    const p = scalarBase + i;
    return {
      name: s.name,
      unit: s.unit,
      formula: s.formula,
      ...finished.summary(p),
      ...extraSummary(program, s.name, finished, p),
    };
  });
  const n = finished.samples;
  const events = program.events.map((e, i) => {
    const probability = finished.eventProbability(i);
    return {
      name: e.name,
      formula: e.formula,
      probability,
      standardError: Math.sqrt((probability * (1 - probability)) / n),
    };
  });
  return {
    scenario: program.name,
    description: program.description,
    periods: program.years,
    samples: meta.samples,
    seed: meta.seed,
    workers: meta.workers,
    blockSize: meta.blockSize,
    outputs,
    scalars,
    events,
    histograms,
    inputs: inputSummaries(program, finished, scalarBase + program.scalars.length),
    claimIds: claimIdsOf(program),
    timing: meta.timing,
  };
}

export function assembleComparison(
  a: Program,
  b: Program,
  finished: Finished,
  meta: RunMeta,
): ComparisonResult {
  const common = commonParts(a, b);
  let p = 0;
  const next = (): QuantileSummary => finished.summary(p++);
  const outputs: VariableDifference[] = common.outputs.map((o) => {
    const result: VariableDifference = { name: o.name, unit: o.unit, periods: [], a: [], b: [] };
    for (const year of o.years) {
      result.a.push({ period: year, ...next() });
      result.b.push({ period: year, ...next() });
      result.periods.push({ period: year, ...next() });
    }
    return result;
  });
  const scalars: ScalarDifference[] = common.scalars.map((s) => ({
    name: s.name,
    unit: s.unit,
    a: next(),
    b: next(),
    difference: next(),
  }));
  const eventsA = a.events.map((e, i) => ({ name: e.name, p: finished.eventProbability(i) }));
  const eventsB = b.events.map((e, i) => ({
    name: e.name,
    p: finished.eventProbability(a.events.length + i),
  }));
  const events = eventsA.flatMap((ea) => {
    const eb = eventsB.find((e) => e.name === ea.name);
    return eb ? [{ name: ea.name, a: ea.p, b: eb.p, difference: eb.p - ea.p }] : [];
  });
  const inA = [...a.outputs, ...a.scalars.map((s) => s.name), ...a.events.map((e) => e.name)];
  const inB = [...b.outputs, ...b.scalars.map((s) => s.name), ...b.events.map((e) => e.name)];
  const matched = new Set([
    ...outputs.map((o) => o.name),
    ...scalars.map((s) => s.name),
    ...events.map((e) => e.name),
  ]);
  const unmatched = [...new Set([...inA, ...inB])].filter((name) => !matched.has(name));
  const bColumns = new Set(b.columns.map((c) => c.name));
  return {
    a: a.name,
    b: b.name,
    samples: meta.samples,
    seed: meta.seed,
    periods: a.years.filter((y) => b.years.includes(y)),
    outputs,
    scalars,
    events,
    sharedInputs: a.columns.map((c) => c.name).filter((name) => bColumns.has(name)),
    unmatched,
  };
}
