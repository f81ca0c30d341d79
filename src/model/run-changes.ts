import { FrontierError } from "../core/index.js";
import type { ClaimResolver } from "./bind.js";
import type { PreparedScenario } from "./load-scenario-file.js";
import { prepareScenarioFile } from "./load-scenario-file.js";
import { formatIssue } from "./messages.js";
import type { ScenarioBundle } from "./plan.js";
import { type RunOptions, runScenario } from "./runner.js";
import type { InputSummary, QuantileSummary, RunResult } from "./types.js";

/**
 * A scenario before and after a change of the ledger: bound to each side, run on common random
 * numbers (same seed, same stream per input), with the bound inputs that moved and the answers
 * before and after. The drivers are ranked by swapping one moved input at a time into the
 * "before" run and measuring how far the headline answer moves.
 */

export interface InputSide {
  summary: QuantileSummary | null;
  distribution: string;
  claimIds: string[];
}

export interface MovedInput {
  name: string;
  unit: string;
  before: InputSide;
  after: InputSide;
}

export interface AnswerChange {
  name: string;
  kind: "event" | "scalar";
  unit: string;
  before: { probability: number } | QuantileSummary;
  after: { probability: number } | QuantileSummary;
}

export interface Driver {
  input: string;
  /** The headline answer with only this input moved, minus the answer before. */
  effect: number;
}

export interface ScenarioChange {
  file: string;
  scenario: string;
  samples: number;
  seed: number;
  moved: MovedInput[];
  answers: AnswerChange[];
  /** What `drivers` measures: the first event's probability, else the first scalar's median. */
  headline: string | null;
  drivers: Driver[];
}

export async function scenarioChange(
  path: string,
  display: string,
  before: ClaimResolver,
  after: ClaimResolver,
  options: RunOptions,
): Promise<ScenarioChange> {
  const [was, now] = await Promise.all([
    prepareBound(path, display, before),
    prepareBound(path, display, after),
  ]);
  const movedNames = Object.keys(now.bindings).filter(
    (name) => JSON.stringify(was.bindings[name]) !== JSON.stringify(now.bindings[name]),
  );
  const [runBefore, runAfter] = [await run(was, options), await run(now, options)];
  const headline = headlineOf(runAfter);
  const drivers: Driver[] = [];
  if (headline && movedNames.length > 1) {
    const base = headline.read(runBefore);
    for (const name of movedNames) {
      const one = await run({ ...was, bindings: { ...was.bindings, [name]: now.bindings[name]! } }, options);
      drivers.push({ input: name, effect: headline.read(one) - base });
    }
  } else if (headline && movedNames.length === 1) {
    drivers.push({ input: movedNames[0]!, effect: headline.read(runAfter) - headline.read(runBefore) });
  }
  drivers.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  return {
    file: display,
    scenario: runAfter.scenario,
    samples: runAfter.samples,
    seed: runAfter.seed,
    moved: movedNames.map((name) => movedInput(name, runBefore, runAfter)),
    answers: answers(runBefore, runAfter),
    headline: headline?.name ?? null,
    drivers,
  };
}

async function prepareBound(path: string, display: string, resolver: ClaimResolver): Promise<ScenarioBundle> {
  const prepared: PreparedScenario = await prepareScenarioFile(path, resolver, display);
  const errors = prepared.issues.filter((issue) => issue.severity === "error");
  if (!prepared.bundle || errors.length > 0)
    throw new FrontierError(
      "invalid_input",
      errors.map((issue) => formatIssue(issue, prepared.text)).join("\n") || `cannot compile ${display}`,
    );
  return prepared.bundle;
}

async function run(bundle: ScenarioBundle, options: RunOptions): Promise<RunResult> {
  const outcome = await runScenario(bundle, options);
  if (!outcome.result)
    throw new FrontierError(
      "invalid_input",
      outcome.issues.map((issue) => formatIssue(issue)).join("\n") || "the run failed",
    );
  return outcome.result;
}

function headlineOf(result: RunResult): { name: string; read: (r: RunResult) => number } | null {
  const event = result.events[0];
  if (event)
    return {
      name: `P(${event.name})`,
      read: (r) => r.events.find((e) => e.name === event.name)?.probability ?? Number.NaN,
    };
  const scalar = result.scalars[0];
  if (scalar)
    return {
      name: `${scalar.name} p50`,
      read: (r) => r.scalars.find((s) => s.name === scalar.name)?.p50 ?? Number.NaN,
    };
  return null;
}

function side(input: InputSummary | undefined): InputSide {
  return {
    summary: input?.summary ?? null,
    distribution: input?.distribution ?? "—",
    claimIds: input?.origin.kind === "ledger" ? input.origin.claimIds : [],
  };
}

function movedInput(name: string, before: RunResult, after: RunResult): MovedInput {
  const was = before.inputs.find((i) => i.name === name);
  const now = after.inputs.find((i) => i.name === name);
  return { name, unit: now?.unit ?? was?.unit ?? "", before: side(was), after: side(now) };
}

function answers(before: RunResult, after: RunResult): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const event of after.events) {
    const was = before.events.find((e) => e.name === event.name);
    if (!was) continue;
    changes.push({
      name: event.name,
      kind: "event",
      unit: "probability",
      before: { probability: was.probability },
      after: { probability: event.probability },
    });
  }
  for (const scalar of after.scalars) {
    const was = before.scalars.find((s) => s.name === scalar.name);
    if (!was) continue;
    const pick = ({ mean, p5, p25, p50, p75, p95 }: QuantileSummary) => ({ mean, p5, p25, p50, p75, p95 });
    changes.push({
      name: scalar.name,
      kind: "scalar",
      unit: scalar.unit,
      before: pick(was),
      after: pick(scalar),
    });
  }
  return changes;
}
