import type { Issue, IssueLocation } from "../core/index.js";
import { compileInputs } from "./compile-inputs.js";
import { compileCorrelations } from "./correlation-spec.js";
import { describeDist } from "./distributions.js";
import { constant, type EdgeKind, FormulaCompiler, type NameTable, PERIOD_NAME } from "./formula-compiler.js";
import { closestNames } from "./functions.js";
import type { ScenarioSource, SourcePath } from "./load.js";
import { messages, modelIssue } from "./messages.js";
import { orderVariables } from "./order.js";
import type { BoundInput, CompiledFormula, CompiledInput, CompiledVariable, Program } from "./program.js";
import type { Scenario } from "./schema.js";
import { DIMENSIONLESS, formatUnit, parseUnit, sameUnit, stockFlowPair, type Unit } from "./units.js";

/**
 * Scenario → Program: names resolved, units checked, periods checked, variables ordered (cycles
 * through prev() allowed), and every formula turned into a kernel factory over typed-array columns.
 */

export { cholesky } from "./correlation-spec.js";
export type {
  BlockEnv,
  BoundInput,
  CompiledFormula,
  CompiledInput,
  CompiledVariable,
  CorrelationSpec,
  KernelFactory,
  Program,
} from "./program.js";

export interface CompileResult {
  program: Program | null;
  issues: Issue[];
}

/** A formula to compile: a variable, or an input defined by a formula (evaluated per period). */
interface PeriodFormula {
  name: string;
  unit: string;
  formula: string;
  path: SourcePath;
  unitPath: SourcePath;
  allowNonFinite: boolean;
}

function periodFormulas(scenario: Scenario): PeriodFormula[] {
  const computedInputs = Object.entries(scenario.inputs).flatMap(([name, spec]) =>
    spec.formula === undefined
      ? []
      : [
          {
            name,
            unit: spec.unit,
            formula: spec.formula,
            path: ["inputs", name, "formula"],
            unitPath: ["inputs", name, "unit"],
            allowNonFinite: false,
          },
        ],
  );
  const variables = Object.entries(scenario.variables).map(([name, spec]) => ({
    name,
    unit: spec.unit,
    formula: spec.formula,
    path: ["variables", name, "formula"],
    unitPath: ["variables", name, "unit"],
    allowNonFinite: spec.allowNonFinite ?? false,
  }));
  return [...computedInputs, ...variables];
}

type Locate = (path: SourcePath, atKey?: boolean) => IssueLocation;

/** Checks a formula's computed unit against the unit its variable declares, as an issue. */
function unitChecker(
  issues: Issue[],
  locate: Locate,
): (
  name: string,
  unitText: string,
  unitPath: SourcePath,
  computed: { free: boolean; unit: Unit } | undefined,
) => void {
  return (name, unitText, unitPath, computed) => {
    const declared = parseUnit(unitText);
    if (declared && computed && !computed.free && !sameUnit(computed.unit, declared))
      issues.push(
        modelIssue(
          "unit_mismatch",
          messages.declaredUnit(
            name,
            unitText,
            formatUnit(computed.unit),
            stockFlowPair(computed.unit, declared) !== null,
          ),
          locate(unitPath),
        ),
      );
  };
}

/** Compiles a validated scenario. `bindings` holds ledger-bound inputs; `source` gives positions. */
export function compileScenario(
  scenario: Scenario,
  options: { source?: ScenarioSource; bindings?: Record<string, BoundInput> } = {},
): CompileResult {
  const issues: Issue[] = [];
  const { source } = options;
  const file = source?.file ?? scenario.name;
  const locate: Locate = (path, atKey = false) =>
    source ? source.locate(path, atKey) : { kind: "file", file };
  const locateIn = (path: SourcePath, offset: number, length?: number): IssueLocation =>
    source ? source.locateInString(path, offset, length) : { kind: "file", file };
  const years: number[] = [];
  for (let y = scenario.periods.start; y <= scenario.periods.end; y++) years.push(y);

  declareNames(scenario, issues, locate);
  const inputs = compileInputs(scenario, { years, bindings: options.bindings ?? {}, issues, locate });
  const formulas = periodFormulas(scenario);
  const variableIndex = new Map(formulas.map((f, i) => [f.name, i]));
  const declaredUnits = new Map<string, Unit>();
  for (const f of formulas) {
    const unit = parseUnit(f.unit);
    if (unit) declaredUnits.set(f.name, unit);
    else issues.push(modelIssue("unit_invalid", messages.unitInvalid(f.unit), locate(f.unitPath)));
  }
  const names = nameTable(years, inputs.byName, inputs.units, variableIndex, declaredUnits);
  const compiler = new FormulaCompiler(names, issues, locateIn);

  const checkUnit = unitChecker(issues, locate);

  const edges: Map<string, Set<EdgeKind>>[] = [];
  const variables: CompiledVariable[] = formulas.map((f, index) => {
    const compiled = compiler.compile(f.formula, f.path, "variable");
    checkUnit(f.name, f.unit, f.unitPath, compiled?.info);
    edges.push(compiled?.edges ?? new Map());
    const { name, unit, formula, path, allowNonFinite } = f;
    return { name, unit, formula, index, path, allowNonFinite, make: compiled?.info.make ?? constant(0) };
  });
  const stages = orderVariables(variables, edges, (cycle) => {
    issues.push(
      modelIssue("cycle", messages.cycle(cycle), locate(formulas[variableIndex.get(cycle[0]!)!]!.path)),
    );
  });

  const { scalars, events } = compileOncePerSample(scenario, compiler, checkUnit, (unitText, path) =>
    issues.push(modelIssue("unit_invalid", messages.unitInvalid(unitText), locate(path))),
  );

  const outputs = scenario.outputs.length > 0 ? scenario.outputs : variables.map((v) => v.name);
  const summary = { quantiles: scenario.summary?.quantiles ?? [], below: scenario.summary?.below ?? {} };
  checkReportedNames(scenario, outputs, {
    isDefined: (name) => variableIndex.has(name) || inputs.byName.has(name),
    known: () => names.known(),
    report: (name, candidates, path, atKey) =>
      issues.push(
        modelIssue(
          "unknown_name",
          messages.unknownName(name, closestNames(name, candidates)),
          locate(path, atKey),
        ),
      ),
  });
  const correlation = compileCorrelations(scenario, inputs.byName, (message, i) =>
    issues.push(
      modelIssue("correlation_invalid", messages.correlationInvalid(message), locate(["correlations", i])),
    ),
  );

  if (issues.some((issue) => issue.severity === "error")) return { program: null, issues };
  const { name, description } = scenario;
  const { inputs: all, columns, seriesColumns } = inputs;
  return {
    program: {
      name,
      description,
      years,
      inputs: all,
      columns,
      seriesColumns,
      variables,
      stages,
      scalars,
      events,
      outputs,
      correlation,
      summary,
    },
    issues,
  };
}

/** Every declared output names a variable or an input; every `summary.below` names an output or a scalar. */
function checkReportedNames(
  scenario: Scenario,
  outputs: readonly string[],
  names: {
    isDefined: (name: string) => boolean;
    known: () => readonly string[];
    report: (name: string, candidates: readonly string[], path: SourcePath, atKey: boolean) => void;
  },
): void {
  scenario.outputs.forEach((name, i) => {
    if (!names.isDefined(name)) names.report(name, names.known(), ["outputs", i], false);
  });
  const summarised = [...outputs, ...Object.keys(scenario.scalars)];
  for (const name of Object.keys(scenario.summary?.below ?? {}))
    if (!summarised.includes(name)) names.report(name, summarised, ["summary", "below", name], true);
}

/** Scalars and events: one value per sample. */
function compileOncePerSample(
  scenario: Scenario,
  compiler: FormulaCompiler,
  checkUnit: (
    name: string,
    unit: string,
    path: SourcePath,
    info: { free: boolean; unit: Unit } | undefined,
  ) => void,
  invalidUnit: (unit: string, path: SourcePath) => void,
): { scalars: CompiledFormula[]; events: CompiledFormula[] } {
  const scalars: CompiledFormula[] = Object.entries(scenario.scalars).map(([name, spec]) => {
    const path: SourcePath = ["scalars", name, "formula"];
    const compiled = compiler.compile(spec.formula, path, "scalar");
    if (!parseUnit(spec.unit)) invalidUnit(spec.unit, ["scalars", name, "unit"]);
    else checkUnit(name, spec.unit, ["scalars", name, "unit"], compiled?.info);
    const allowNonFinite = spec.allowNonFinite ?? false;
    return {
      name,
      unit: spec.unit,
      formula: spec.formula,
      path,
      allowNonFinite,
      make: compiled?.info.make ?? constant(0),
    };
  });
  const events: CompiledFormula[] = Object.entries(scenario.events).map(([name, spec]) => {
    const formula = typeof spec === "string" ? spec : spec.formula;
    const path: SourcePath = typeof spec === "string" ? ["events", name] : ["events", name, "formula"];
    const compiled = compiler.compile(formula, path, "scalar");
    const allowNonFinite = typeof spec === "string" ? false : (spec.allowNonFinite ?? false);
    return { name, unit: "1", formula, path, allowNonFinite, make: compiled?.info.make ?? constant(0) };
  });

  return { scalars, events };
}

const BUILT_IN_NAMES = new Set(["year", PERIOD_NAME]);

/** Inputs, variables, scalars and events share one namespace. */
function declareNames(
  scenario: Scenario,
  issues: Issue[],
  locate: (path: SourcePath, atKey?: boolean) => IssueLocation,
): void {
  const seen = new Set<string>();
  const sections = ["inputs", "variables", "scalars", "events"] as const;
  for (const section of sections)
    for (const name of Object.keys(scenario[section])) {
      if (BUILT_IN_NAMES.has(name))
        issues.push(modelIssue("duplicate_name", messages.reservedName(name), locate([section, name], true)));
      else if (seen.has(name))
        issues.push(
          modelIssue("duplicate_name", messages.duplicateName(name), locate([section, name], true)),
        );
      seen.add(name);
    }
}

function nameTable(
  years: readonly number[],
  inputs: Map<string, CompiledInput>,
  inputUnits: Map<string, Unit>,
  variableIndex: Map<string, number>,
  declaredUnits: Map<string, Unit>,
): NameTable {
  return {
    years,
    reader(name) {
      const input = inputs.get(name);
      if (input) return inputReader(input);
      const v = variableIndex.get(name);
      if (v === undefined) return null;
      return (env) => {
        const views = env.views[v]!;
        return (t) => views[t]!;
      };
    },
    isSeries: (name) =>
      variableIndex.has(name) ||
      Boolean(inputs.get(name)?.schedule) ||
      (inputs.get(name)?.seriesColumn ?? -1) >= 0,
    isVariable: (name) => variableIndex.has(name),
    unitOf: (name) => inputUnits.get(name) ?? declaredUnits.get(name) ?? DIMENSIONLESS,
    known: () => [...inputs.keys(), ...variableIndex.keys(), "year", PERIOD_NAME],
  };
}

function inputReader(input: CompiledInput): NonNullable<ReturnType<NameTable["reader"]>> {
  if (input.dist.kind === "point") {
    const value = input.dist.value;
    return () => () => value;
  }
  if (input.schedule) {
    const values = input.schedule;
    return () => (t) => values[t]!;
  }
  if (input.seriesColumn >= 0) {
    const k = input.seriesColumn;
    return (env) => {
      const views = env.seriesInputs[k]!;
      return (t) => views[t]!;
    };
  }
  const column = input.column;
  return (env) => {
    const col = env.inputs[column]!;
    return () => col;
  };
}

export function describeInput(input: CompiledInput): string {
  const text = describeDist(input.dist);
  return input.seriesColumn >= 0 && input.dist.kind !== "uncertain_schedule"
    ? `${text}, drawn every period`
    : text;
}
