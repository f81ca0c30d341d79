import type { Issue, IssueLocation } from "../core/index.js";
import { inputSourceText, refText } from "./bind.js";
import { type Dist, normalizeDistribution, scheduleValue } from "./distributions.js";
import type { SourcePath } from "./load.js";
import { messages, modelIssue } from "./messages.js";
import type { BoundInput, CompiledInput, ScheduleStep } from "./program.js";
import type { Distribution, Scenario, ScenarioInput } from "./schema.js";
import type { InputOrigin } from "./types.js";
import { parseUnit, sameDimension, type Unit } from "./units.js";

/** Scenario inputs → distributions, bound to the ledger or to their fallback; units parsed. */

export interface CompiledInputs {
  inputs: CompiledInput[];
  columns: CompiledInput[];
  seriesColumns: CompiledInput[];
  byName: Map<string, CompiledInput>;
  units: Map<string, Unit>;
}

interface InputContext {
  years: readonly number[];
  bindings: Record<string, BoundInput>;
  issues: Issue[];
  locate: (path: SourcePath, atKey?: boolean) => IssueLocation;
}

/** Inputs with `formula:` are left out: the caller compiles them as per-period formulas. */
export function compileInputs(scenario: Scenario, context: InputContext): CompiledInputs {
  const result: CompiledInputs = {
    inputs: [],
    columns: [],
    seriesColumns: [],
    byName: new Map(),
    units: new Map(),
  };
  for (const [name, spec] of Object.entries(scenario.inputs)) {
    if (spec.formula !== undefined) continue;
    const unit = parseUnit(spec.unit);
    if (!unit) {
      context.issues.push(
        modelIssue("unit_invalid", messages.unitInvalid(spec.unit), context.locate(["inputs", name, "unit"])),
      );
      continue;
    }
    const resolved = resolveDistribution(name, spec, unit, context);
    if (!resolved) continue;
    const { dist, origin } = resolved;
    const uncertain = dist.kind === "uncertain_schedule";
    const perPeriod = spec.per === "period" || uncertain;
    const keys =
      dist.kind === "schedule" || dist.kind === "uncertain_schedule" ? dist.points.map((p) => p[0]) : [];
    if (keys.length > 0) checkScheduleBounds(name, spec, keys, context);
    const compiled: CompiledInput = {
      name,
      unit: spec.unit,
      dist,
      schedule: dist.kind === "schedule" ? scheduleColumn(spec, dist.points, context.years) : null,
      origin,
      column: dist.kind === "schedule" || perPeriod ? -1 : result.columns.length,
      seriesColumn: perPeriod ? result.seriesColumns.length : -1,
      scheduleSteps: uncertain ? scheduleSteps(spec, keys, context.years) : null,
    };
    if (compiled.column >= 0) result.columns.push(compiled);
    if (compiled.seriesColumn >= 0) result.seriesColumns.push(compiled);
    result.inputs.push(compiled);
    result.byName.set(name, compiled);
    result.units.set(name, unit);
  }
  return result;
}

function explicitOrigin(spec: ScenarioInput): InputOrigin {
  return { kind: "explicit", source: inputSourceText(spec), assumption: spec.assumption ?? false };
}

function resolveDistribution(
  name: string,
  spec: ScenarioInput,
  unit: Unit,
  context: InputContext,
): { dist: Dist; origin: InputOrigin } | null {
  const { issues, locate } = context;
  let path: SourcePath = ["inputs", name];
  let distSpec: Distribution = spec as Distribution;
  let origin = explicitOrigin(spec);
  if (spec.from) {
    const bound = context.bindings[name];
    if (bound) {
      const boundUnit = parseUnit(bound.unit);
      if (boundUnit && sameDimension(boundUnit, unit)) return { dist: bound.dist, origin: bound.origin };
      issues.push(
        modelIssue(
          "unit_mismatch",
          messages.unitMismatch(`input '${name}' bound to the ledger`, spec.unit, bound.unit),
          locate(["inputs", name, "from"]),
        ),
      );
      return null;
    }
    if (!spec.fallback) {
      issues.push(
        modelIssue(
          "ledger_missing",
          messages.ledgerMissing(name, refText(spec.from)),
          locate(["inputs", name, "from"]),
        ),
      );
      return null;
    }
    distSpec = spec.fallback;
    path = ["inputs", name, "fallback"];
    origin = {
      kind: "fallback",
      ref: spec.from,
      source: inputSourceText(spec),
      assumption: spec.assumption ?? false,
    };
  }
  const normalized = normalizeDistribution(distSpec);
  if (normalized.error !== null) {
    issues.push(
      modelIssue("distribution_invalid", messages.distributionInvalid(name, normalized.error), locate(path)),
    );
    return null;
  }
  return { dist: normalized.dist, origin };
}

/**
 * Outside its years a schedule holds, is zero, or is an error, as `outside:` says; without
 * `outside:` it holds, with a warning when the periods reach past it.
 */
function checkScheduleBounds(
  name: string,
  spec: ScenarioInput,
  keys: readonly number[],
  context: InputContext,
): void {
  const { years, issues, locate } = context;
  const firstKey = keys[0]!;
  const lastKey = keys[keys.length - 1]!;
  const outsideYears = years.filter((y) => y < firstKey || y > lastKey);
  if (outsideYears.length === 0 || spec.outside === "hold" || spec.outside === "zero") return;
  const span = `${outsideYears[0]}${outsideYears.length > 1 ? `–${outsideYears[outsideYears.length - 1]}` : ""}`;
  const severity = spec.outside === "error" ? "error" : "warning";
  issues.push(
    modelIssue(
      "schedule_outside",
      messages.scheduleOutside(name, firstKey, lastKey, span, severity === "error"),
      locate(["inputs", name, "schedule"]),
      severity,
    ),
  );
}

function outside(spec: ScenarioInput, keys: readonly number[], year: number): boolean {
  return spec.outside === "zero" && (year < keys[0]! || year > keys[keys.length - 1]!);
}

function scheduleColumn(
  spec: ScenarioInput,
  points: readonly [number, number][],
  years: readonly number[],
): Float64Array {
  const keys = points.map((p) => p[0]);
  return Float64Array.from(years, (y) => (outside(spec, keys, y) ? 0 : scheduleValue(points, y)));
}

/** The same interpolation as scheduleValue, as indices into the listed years (held flat outside). */
function scheduleSteps(
  spec: ScenarioInput,
  keys: readonly number[],
  years: readonly number[],
): ScheduleStep[] {
  return years.map((year) => {
    const zero = outside(spec, keys, year);
    if (year <= keys[0]!) return { left: 0, right: 0, year, zero };
    for (let k = 1; k < keys.length; k++) if (year <= keys[k]!) return { left: k - 1, right: k, year, zero };
    return { left: keys.length - 1, right: keys.length - 1, year, zero };
  });
}
