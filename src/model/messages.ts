import type { Issue, IssueLocation } from "../core/index.js";

/** The model stage's issue catalog: every scenario error message comes from here. */

export type ModelIssueCode =
  | "yaml_syntax"
  | "schema"
  | "duplicate_name"
  | "unit_invalid"
  | "unit_mismatch"
  | "formula_syntax"
  | "forbidden_syntax"
  | "unknown_name"
  | "unknown_function"
  | "wrong_arity"
  | "bad_period"
  | "needs_period"
  | "cycle"
  | "distribution_invalid"
  | "correlation_invalid"
  | "ledger_unbound"
  | "ledger_missing"
  | "unknown_target"
  | "non_finite"
  | "run_too_large"
  | "schedule_outside"
  | "ledger_refused";

export const messages = {
  yamlSyntax: (detail: string) => `YAML syntax error: ${detail}`,
  tooManyAliases: (max: number) =>
    `aliases would expand more than ${max} times (an alias bomb?): write the values out instead`,
  schema: (path: string, expected: string) => `${path ? `${path}: ` : ""}${expected}`,
  duplicateName: (name: string) =>
    `'${name}' is defined twice (inputs, variables and outputs share one namespace)`,
  unitInvalid: (text: string) =>
    `cannot read the unit '${text}': expected atoms joined by / or *, e.g. USD, GW, USD/GW/yr, users, fraction`,
  unitMismatch: (what: string, left: string, right: string) =>
    `unit mismatch in ${what}: ${left} and ${right} cannot be combined`,
  stockFlowMismatch: (what: string, stock: string, flow: string) =>
    `unit mismatch in ${what}: ${stock} is a stock and ${flow} a flow; ${STOCK_FLOW_FIX}`,
  declaredUnit: (name: string, declared: string, computed: string, stockFlow: boolean) =>
    `'${name}' is declared in ${declared} but its formula gives ${computed}${stockFlow ? `; ${STOCK_FLOW_FIX}` : ""}`,
  reservedName: (name: string) => `'${name}' is a built-in name (year, period): choose another name`,
  dimensionlessExpected: (what: string, got: string) => `${what} needs a dimensionless argument, got ${got}`,
  formulaSyntax: (detail: string) => `formula syntax error: ${detail}`,
  forbidden: (what: string) =>
    `${what} is not allowed in a formula (only names, numbers, operators and model functions)`,
  unknownName: (name: string, closest: readonly string[]) => `unknown name '${name}'${didYouMean(closest)}`,
  unknownFunction: (name: string, closest: readonly string[]) =>
    `unknown function '${name}'${didYouMean(closest)} (functions: docs/scenario-language.md)`,
  wrongArity: (name: string, expected: string, got: number, params: readonly string[]) =>
    `${name}() takes ${expected} argument${expected === "1" ? "" : "s"} (${params.join(", ")}), got ${got}`,
  unknownParameter: (fn: string, param: string, closest: readonly string[], params: readonly string[]) =>
    `${fn}() has no parameter '${param}'${didYouMean(closest)}; its parameters: ${params.join(", ")}`,
  parameterTwice: (fn: string, param: string) => `${fn}(): '${param}' is given twice`,
  positionalAfterNamed: (fn: string) => `${fn}(): an argument without a name cannot follow a named one`,
  namedOutsideCall: () => "'=' names a function's argument (prev(x, default = 0)); compare with '=='",
  scheduleOutside: (name: string, first: number, last: number, years: string, refused: boolean) =>
    `input '${name}': the schedule lists ${first}–${last} but the periods include ${years}; ${
      refused
        ? "add those years (outside: error)"
        : "its value is held flat there: say outside: hold, zero or error"
    }`,
  nonFinite: (what: string, count: number, total: number, unit: string, where: string) =>
    `${what} is NaN or infinite in ${count} of ${total} ${unit} (${where}); fix the formula, or set allowNonFinite: true on it to accept this`,
  runTooLarge: (estimate: string, limit: string, flag: string) =>
    `this run is too large: ${estimate}, above the limit of ${limit}${flag ? ` (raise it with ${flag})` : ""}`,
  badPeriod: (name: string, year: number, first: number, last: number) =>
    `${name}[${year}] is outside the scenario's periods ${first}–${last}`,
  periodNotConstant: (name: string) => `${name}[…] needs a year written as a number, e.g. ${name}[2030]`,
  needsPeriod: (name: string) =>
    `'${name}' varies by period here: pick one with ${name}[2030] or reduce it with min(${name}), max(${name}), sum(${name}), any(…)`,
  prevLag: () => "prev()'s third argument is the lag: a whole number of periods ≥ 1, e.g. prev(x, 0, 5)",
  prevNeedsName: () => "prev() takes a variable or input name as its first argument",
  cycle: (names: string[]) =>
    `circular definition: ${names.join(" → ")} (use prev(x) to refer to the previous period)`,
  distributionInvalid: (name: string, detail: string) => `input '${name}': ${detail}`,
  correlationInvalid: (detail: string) => `correlations: ${detail}`,
  ledgerUnbound: (name: string, ref: string) =>
    `input '${name}': no ledger claim for ${ref}; using its fallback`,
  ledgerMissing: (name: string, ref: string) =>
    `input '${name}': no ledger claim for ${ref} and no fallback distribution`,
  ledgerRefused: (name: string, unit: string, claim: string, reason: string, fallback: boolean) =>
    `input '${name}' (${unit}) refuses claim ${claim}: ${reason}${fallback ? "; using its fallback" : ""}`,
  unknownTarget: (target: string, known: string[]) =>
    `unknown target '${target}'; expected one of: ${known.join(", ")}`,
} as const;

const STOCK_FLOW_FIX =
  "sum() or cumsum() a flow to get a stock, multiply a flow by period (1 yr) for its amount in one period, or divide a stock by a number of years for a flow";

function didYouMean(closest: readonly string[]): string {
  if (closest.length === 0) return "";
  return ` (did you mean ${closest.map((name) => `'${name}'`).join(", or ")}?)`;
}

export function modelIssue(
  code: ModelIssueCode,
  message: string,
  location: IssueLocation,
  severity: Issue["severity"] = "error",
): Issue {
  return { code, message, severity, location };
}

/**
 * "file:3:14: error: message" followed by the source line and a caret under the column, the way a
 * compiler points at user input.
 */
export function formatIssue(issue: Issue, sourceText?: string): string {
  const loc = issue.location;
  if (loc.kind !== "file") return `${issue.severity}: ${issue.message}`;
  const where = [loc.file, loc.line, loc.column].filter((part) => part !== undefined).join(":");
  const head = `${where}: ${issue.severity}: ${issue.message}`;
  if (sourceText === undefined || loc.line === undefined) return head;
  const line = sourceText.split(/\r?\n/)[loc.line - 1];
  if (line === undefined) return head;
  const column = Math.max(1, loc.column ?? 1);
  const gutter = String(loc.line).padStart(4);
  const expanded = line.replace(/\t/g, " ");
  return `${head}\n${gutter} | ${expanded}\n${" ".repeat(gutter.length)} | ${" ".repeat(column - 1)}^`;
}
