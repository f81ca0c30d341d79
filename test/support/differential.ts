import { compileScenario } from "../../src/model/compile.js";
import { parseScenario } from "../../src/model/load.js";
import { formatIssue } from "../../src/model/messages.js";
import { blockInputs, ReferenceModel } from "../../src/model/reference.js";
import { createBlockRunner } from "../../src/model/simulation.js";

/**
 * Runs a scenario through the compiled engine (two blocks of different lengths, so per-block caches
 * and stale buffer tails are exercised) and through the reference evaluator, sample by sample.
 * Returns the first disagreement, or null.
 */

/** Equal to 1e-12 relative; NaN equals NaN, an infinity only itself. */
export function sameNumber(a: number, b: number): boolean {
  if (Object.is(a, b) || a === b) return true;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

export function firstDisagreement(text: string, seed = 1): string | null {
  const loaded = parseScenario(text, "random.json");
  if (!loaded.value) return `does not load: ${loaded.issues.map((i) => formatIssue(i, text)).join("\n")}`;
  const { program, issues } = compileScenario(loaded.value.scenario, { source: loaded.value.source });
  if (!program) return `does not compile: ${issues.map((i) => formatIssue(i, text)).join("\n")}`;
  const reference = new ReferenceModel(loaded.value.scenario);
  const runner = createBlockRunner(program, { seed, size: 24 });
  for (const [block, n] of [
    [0, 24],
    [1, 7],
  ] as const) {
    runner.run(block, n);
    for (let i = 0; i < n; i++) {
      const sample = reference.sample(blockInputs(program, runner.env, i));
      const differ = (what: string, engine: number, expected: number) =>
        sameNumber(engine, expected)
          ? null
          : `${what}, block ${block} sample ${i}: engine ${engine}, reference ${expected}`;
      for (const v of program.variables)
        for (let t = 0; t < program.years.length; t++) {
          const found = differ(
            `${v.name} (${v.formula}) in ${program.years[t]}`,
            runner.env.views[v.index]![t]![i]!,
            sample.variable(v.name, t),
          );
          if (found) return found;
        }
      for (const [s, scalar] of program.scalars.entries()) {
        const found = differ(
          `${scalar.name} (${scalar.formula})`,
          runner.scalarValues[s]![i]!,
          sample.scalar(scalar.name),
        );
        if (found) return found;
      }
      for (const [e, event] of program.events.entries()) {
        const found = differ(
          `${event.name} (${event.formula})`,
          runner.eventValues[e]![i]!,
          sample.event(event.name),
        );
        if (found) return found;
      }
    }
  }
  return null;
}
