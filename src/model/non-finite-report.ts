import type { Issue, IssueLocation } from "../core/index.js";
import type { ScenarioSource } from "./load.js";
import { messages, modelIssue } from "./messages.js";
import type { NonFiniteTally } from "./non-finite.js";
import type { Simulation, SimulationSpec } from "./plan.js";
import type { CompiledFormula, Program } from "./program.js";
import { blockInputs, type NonFiniteOrigin, ReferenceModel } from "./reference.js";
import { blockLength } from "./simulation.js";

/**
 * A tally of non-finite values → one error per formula that gave them. The first offending sample
 * is evaluated again by the reference evaluator to point at the expression that produced the value.
 */

interface Checked {
  program: number;
  formula: CompiledFormula;
  kind: "variable" | "scalar" | "event";
  perPeriod: boolean;
}

function checkedFormulas(programs: readonly Program[]): Checked[] {
  return programs.flatMap((p, program) => [
    ...p.variables.map((formula) => ({ program, formula, kind: "variable" as const, perPeriod: true })),
    ...p.scalars.map((formula) => ({ program, formula, kind: "scalar" as const, perPeriod: false })),
    ...p.events.map((formula) => ({ program, formula, kind: "event" as const, perPeriod: false })),
  ]);
}

export function nonFiniteIssues(
  simulation: Simulation,
  spec: SimulationSpec,
  tally: NonFiniteTally,
  source: ScenarioSource | undefined,
): Issue[] {
  const checked = checkedFormulas(simulation.programs);
  const origin = locateFirst(simulation, spec, tally, checked);
  const located = (item: Checked, offset: number, length: number): IssueLocation => {
    const file = source?.file ?? simulation.programs[item.program]!.name;
    return source ? source.locateInString(item.formula.path, offset, length) : { kind: "file", file };
  };
  return tally.counts.flatMap((count, i) => {
    if (count === 0) return [];
    const item = checked[i]!;
    const p = simulation.programs[item.program]!;
    const total = spec.samples * (item.perPeriod ? p.years.length : 1);
    const isFirst = tally.first?.formula === i;
    let where =
      isFirst && tally.first
        ? firstPlace(p, tally.first.period, tally.first.block * spec.blockSize + tally.first.sample)
        : "";
    let location = located(item, 0, item.formula.formula.length);
    if (isFirst && origin) {
      where += `: '${origin.expression}' gives ${origin.value}`;
      location = source
        ? source.locateInString(origin.path, origin.start, origin.end - origin.start)
        : location;
    }
    const what = `${item.kind} '${item.formula.name}'`;
    const unit = item.perPeriod ? "sample-periods" : "samples";
    return [
      modelIssue(
        "non_finite",
        messages.nonFinite(what, count, total, unit, where || "see its formula"),
        location,
      ),
    ];
  });
}

function firstPlace(program: Program, period: number | null, sample: number): string {
  return period === null
    ? `first in sample ${sample}`
    : `first in ${program.years[period]}, sample ${sample}`;
}

function locateFirst(
  simulation: Simulation,
  spec: SimulationSpec,
  tally: NonFiniteTally,
  checked: Checked[],
): NonFiniteOrigin | null {
  const first = tally.first;
  if (!first) return null;
  const item = checked[first.formula]!;
  simulation.runBlock(first.block, blockLength(spec.samples, spec.blockSize, first.block));
  const program = simulation.programs[item.program]!;
  const reference = new ReferenceModel(spec.bundles[item.program]!.scenario);
  const sample = reference.sample(blockInputs(program, simulation.envs[item.program]!, first.sample));
  const name = item.formula.name;
  return sample.traceNonFinite((s) =>
    item.kind === "variable"
      ? s.variable(name, first.period ?? 0)
      : item.kind === "scalar"
        ? s.scalar(name)
        : s.event(name),
  );
}
