import { readFile } from "node:fs/promises";
import { FrontierError, type Issue } from "../core/index.js";
import { bindInputs, type ClaimResolver } from "./bind.js";
import { compileScenario, type Program } from "./compile.js";
import { parseScenario, type ScenarioSource } from "./load.js";
import type { ScenarioBundle } from "./plan.js";

/** Reads a scenario file, binds its ledger inputs (when a resolver is given) and compiles it. */

export interface PreparedScenario {
  bundle: ScenarioBundle | null;
  program: Program | null;
  source: ScenarioSource | null;
  text: string;
  issues: Issue[];
}

export async function prepareScenarioText(
  text: string,
  file: string,
  resolver: ClaimResolver | null,
): Promise<PreparedScenario> {
  const loaded = parseScenario(text, file);
  if (!loaded.value) return { bundle: null, program: null, source: null, text, issues: loaded.issues };
  const { scenario, source } = loaded.value;
  const { bindings, issues: bindIssues } = await bindInputs(scenario, resolver, source);
  if (bindIssues.some((issue) => issue.severity === "error"))
    return { bundle: null, program: null, source, text, issues: [...loaded.issues, ...bindIssues] };
  const { program, issues } = compileScenario(scenario, { source, bindings });
  return {
    bundle: program ? { scenario, bindings } : null,
    program,
    source,
    text,
    issues: [...loaded.issues, ...bindIssues, ...issues],
  };
}

export async function prepareScenarioFile(path: string, resolver: ClaimResolver | null, display = path) {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new FrontierError("not_found", `cannot read scenario ${display}: ${(error as Error).message}`);
  }
  return prepareScenarioText(text, display, resolver);
}
