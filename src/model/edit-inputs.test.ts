import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { projectRoot } from "../../test/support/paths.js";
import { applyInputEdits, describeInputs, fieldAtLine } from "./edit-inputs.js";
import { prepareScenarioText } from "./load-scenario-file.js";
import { formatIssue } from "./messages.js";

/** The input editor's edits on a shipped scenario: what changes, what stays as written, where errors point. */

const text = readFileSync(join(projectRoot(), "scenarios", "openai-2025-commitments.yaml"), "utf8");
// biome-ignore lint/suspicious/noExplicitAny: the edited YAML is read field by field
const inputsOf = (yaml: string): Record<string, any> => parse(yaml).inputs;

test("describeInputs: a distribution, a ledger binding with its fallback, a schedule", () => {
  const inputs = new Map(describeInputs(text).map((i) => [i.name, i]));
  assert.deepEqual(inputs.get("user_growth"), {
    name: "user_growth",
    unit: "fraction",
    kind: "distribution",
    family: "uniform",
    params: { low: 0.08, high: 0.3 },
    from: null,
    description: null,
  });
  const revenue = inputs.get("revenue_2025")!;
  assert.equal(revenue.kind, "bound");
  assert.equal(revenue.family, "lognormal");
  assert.deepEqual(revenue.from, { entity: "OpenAI", metric: "revenue", period: 2025 });
  assert.equal(inputs.get("gw_oracle")!.kind, "schedule");
  assert.equal(inputs.get("revenue_share_2025")!.family, "point");
  assert.deepEqual(inputs.get("revenue_share_2025")!.params, { value: 0.2 });
  assert.deepEqual(describeInputs("inputs: [unclosed"), []);
});

test("a parameter edit changes that input only; comments, order and the rest stay as written", () => {
  const edited = applyInputEdits(
    text,
    [
      {
        input: "user_growth",
        distribution: { family: "triangular", params: { low: "0.05", mode: 0.1, high: "3e-1" } },
      },
    ],
    "openai-edited",
  );
  assert.deepEqual(edited.unknown, []);
  const inputs = inputsOf(edited.text);
  assert.deepEqual(inputs.user_growth.triangular, { low: 0.05, mode: 0.1, high: 0.3 });
  assert.equal(inputs.user_growth.uniform, undefined, "the old family is gone");
  assert.equal(parse(edited.text).name, "openai-edited");
  assert.ok(edited.text.includes("# Revenue engine — consumer"), "comments are kept");
  const before = text.split("\n").filter((l) => !/uniform: \{low: 0.08, high: 0.30\}|^name:/.test(l));
  const after = new Set(edited.text.split("\n"));
  assert.deepEqual(
    before.filter((l) => !after.has(l)),
    [],
    "every other line is unchanged",
  );
});

test("binding moves the distribution to the fallback; unbinding brings the fallback back", () => {
  const edited = applyInputEdits(
    text,
    [
      { input: "new_lines_2030", from: { claim: "clm_abc" }, unit: "USD/yr" },
      { input: "revenue_2025", from: null },
      { input: "no_such_input", unit: "GW" },
    ],
    "x",
  );
  assert.deepEqual(edited.unknown, ["no_such_input"]);
  const inputs = inputsOf(edited.text);
  assert.deepEqual(inputs.new_lines_2030.from, { claim: "clm_abc" });
  assert.deepEqual(inputs.new_lines_2030.fallback, { lognormal: { p5: 20e9, p95: 120e9 } });
  assert.equal(inputs.new_lines_2030.lognormal, undefined);
  assert.equal(inputs.revenue_2025.from, undefined);
  assert.equal(inputs.revenue_2025.fallback, undefined);
  assert.deepEqual(inputs.revenue_2025.lognormal, { p5: 12.5e9, p95: 13.7e9 });
  // A bound input's distribution edit is its fallback's.
  const fallback = applyInputEdits(
    text,
    [{ input: "revenue_2025", distribution: { family: "uniform", params: { low: "12e9", high: "14e9" } } }],
    "x",
  );
  assert.deepEqual(inputsOf(fallback.text).revenue_2025.fallback, { uniform: { low: 12e9, high: 14e9 } });
  assert.deepEqual(inputsOf(fallback.text).revenue_2025.from, {
    entity: "OpenAI",
    metric: "revenue",
    period: 2025,
  });
});

test("a parameter that is not a number is refused by the loader with a caret, placed at its input's distribution", async () => {
  const edited = applyInputEdits(
    text,
    [{ input: "paying_share", distribution: { family: "uniform", params: { low: "0.04", high: "lots" } } }],
    "bad",
  );
  const prepared = await prepareScenarioText(edited.text, "bad.yaml", null);
  const errors = prepared.issues.filter((i) => i.severity === "error");
  assert.equal(errors.length, 1);
  const message = formatIssue(errors[0]!, edited.text);
  assert.match(message, /^bad\.yaml:\d+:\d+: error: inputs\.paying_share\.uniform\.high: .*expected number/);
  assert.match(message, /\n\s+\| +\^$/);
  const location = errors[0]!.location;
  assert.equal(location.kind, "file");
  assert.deepEqual(fieldAtLine(edited.text, location.kind === "file" ? location.line! : 0), {
    input: "paying_share",
    field: "distribution",
  });
  const unitLine = edited.text.split("\n").findIndex((l) => l.includes("unit: USD/user/yr")) + 1;
  assert.deepEqual(fieldAtLine(edited.text, unitLine), { input: "revenue_per_payer", field: "unit" });
  assert.equal(fieldAtLine(edited.text, 1), null, "a comment above the inputs is no input's");
});

test("a valid edit compiles as the file did", async () => {
  const edited = applyInputEdits(
    text,
    [
      {
        input: "paying_share",
        distribution: { family: "pert", params: { low: "0.03", mode: "0.05", high: "0.09" } },
      },
    ],
    "ok",
  );
  const prepared = await prepareScenarioText(edited.text, "ok.yaml", null);
  assert.deepEqual(
    prepared.issues.filter((i) => i.severity === "error").map((i) => i.message),
    [],
  );
  assert.ok(prepared.program);
});
