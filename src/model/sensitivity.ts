import type { Issue } from "../core/index.js";
import type { Program } from "./compile.js";
import { messages, modelIssue } from "./messages.js";
import { blockCount, blockLength, createBlockRunner } from "./simulation.js";
import type { SensitivityResult, TornadoRow } from "./types.js";

/**
 * Tornado: the target's median with each sampled input held at its own p10 and at its p90 (the
 * other inputs sampled on the same random streams), rows sorted by swing. Each row also carries
 * the Spearman rank correlation between the input and the target over the base run. Runs in the
 * calling thread and keeps the target column exactly (sensitivity uses fewer samples than a run).
 */

export interface SensitivityOptions {
  target: string;
  samples: number;
  seed: number;
  blockSize?: number;
}

/** Targets: a scalar output, or an output variable in a year ("cash[2030]"). */
export function sensitivityTargets(program: Program): string[] {
  return [
    ...program.scalars.map((s) => s.name),
    ...program.outputs.flatMap((o) => program.years.map((y) => `${o}[${y}]`)),
  ];
}

function ranks(values: Float64Array): Float64Array {
  const order = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]!);
  const out = new Float64Array(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    const rank = (i + j) / 2;
    for (let k = i; k <= j; k++) out[order[k]!] = rank;
    i = j + 1;
  }
  return out;
}

export function spearman(x: Float64Array, y: Float64Array): number {
  const rx = ranks(x);
  const ry = ranks(y);
  const n = x.length;
  const mean = (n - 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = rx[i]! - mean;
    const b = ry[i]! - mean;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

function quantileOf(values: Float64Array, q: number): number {
  const sorted = Float64Array.from(values).sort();
  const rank = q * (sorted.length - 1);
  const i = Math.floor(rank);
  const j = Math.min(sorted.length - 1, i + 1);
  return sorted[i]! + (sorted[j]! - sorted[i]!) * (rank - i);
}

export function analyseSensitivity(
  program: Program,
  options: SensitivityOptions,
): { result: SensitivityResult | null; issues: Issue[] } {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d{4})\])?$/.exec(options.target.trim());
  const targets = sensitivityTargets(program);
  const scalarIndex = match && !match[2] ? program.scalars.findIndex((s) => s.name === match[1]) : -1;
  const outputName = match?.[2] && program.outputs.includes(match[1]!) ? match[1]! : null;
  const period = match?.[2] ? program.years.indexOf(Number(match[2])) : -1;
  if (scalarIndex < 0 && (outputName === null || period < 0))
    return {
      result: null,
      issues: [
        modelIssue("unknown_target", messages.unknownTarget(options.target, targets.slice(0, 12)), {
          kind: "none",
        }),
      ],
    };
  const unit =
    scalarIndex >= 0
      ? program.scalars[scalarIndex]!.unit
      : (program.variables.find((v) => v.name === outputName)?.unit ??
        program.inputs.find((i) => i.name === outputName)?.unit ??
        "1");
  const size = options.blockSize ?? 4096;
  const blocks = blockCount(options.samples, size);

  const collect = (fixed: Record<string, number>, inputsToo: boolean) => {
    const runner = createBlockRunner(program, { seed: options.seed, size, fixed });
    const target = new Float64Array(options.samples);
    const inputs = inputsToo ? program.columns.map(() => new Float64Array(options.samples)) : [];
    for (let b = 0; b < blocks; b++) {
      const n = blockLength(options.samples, size, b);
      runner.run(b, n);
      const values =
        scalarIndex >= 0 ? runner.scalarValues[scalarIndex]! : runner.outputView(outputName!, period);
      target.set(values.subarray(0, n), b * size);
      inputs.forEach((column, c) => {
        column.set(runner.env.inputs[c]!.subarray(0, n), b * size);
      });
    }
    return { target, inputs };
  };

  const base = collect({}, true);
  const rows: TornadoRow[] = [];
  const skipped: string[] = [];
  for (const input of program.inputs) {
    if (input.column < 0 || input.dist.kind === "point") {
      skipped.push(input.name);
      continue;
    }
    const values = base.inputs[input.column]!;
    const inputLow = quantileOf(values, 0.1);
    const inputHigh = quantileOf(values, 0.9);
    const low = quantileOf(collect({ [input.name]: inputLow }, false).target, 0.5);
    const high = quantileOf(collect({ [input.name]: inputHigh }, false).target, 0.5);
    rows.push({
      input: input.name,
      unit: input.unit,
      inputLow,
      inputHigh,
      low,
      high,
      swing: Math.abs(high - low),
      spearman: spearman(values, base.target),
    });
  }
  rows.sort((a, b) => b.swing - a.swing || a.input.localeCompare(b.input));
  return {
    result: {
      scenario: program.name,
      target: options.target.trim(),
      unit,
      base: quantileOf(base.target, 0.5),
      samples: options.samples,
      seed: options.seed,
      rows,
      skipped,
    },
    issues: [],
  };
}
