import { isMap, isScalar, LineCounter, parseDocument, stringify } from "yaml";
import {
  BetaSchema,
  DISTRIBUTION_KEYS,
  DiscreteSchema,
  LognormalSchema,
  NormalSchema,
  PertSchema,
  TriangularSchema,
  UniformSchema,
} from "./schema.js";

/**
 * Edits of a scenario's inputs as the dashboard's input editor makes them (a distribution's family
 * and parameters, the unit, a binding to one ledger claim), applied to the YAML text so that the
 * rest of the file (comments, order, formulas) stays as written. Pure: text in, text out; the
 * result is validated by the same loader as the CLI's (prepareScenarioText).
 */

/** The families the editor offers (drawn once per sample) and their parameters, from the schema. */
export const EDITABLE_FAMILIES = {
  normal: Object.keys(NormalSchema.shape),
  lognormal: Object.keys(LognormalSchema.shape),
  uniform: Object.keys(UniformSchema.shape),
  triangular: Object.keys(TriangularSchema.shape),
  pert: Object.keys(PertSchema.shape),
  beta: Object.keys(BetaSchema.shape),
  point: ["value"],
  discrete: Object.keys(DiscreteSchema.shape),
} as const satisfies Record<string, readonly string[]>;
export type EditableFamily = keyof typeof EDITABLE_FAMILIES;
export const EDITABLE_FAMILY_NAMES = Object.keys(EDITABLE_FAMILIES) as EditableFamily[];

export interface InputEdit {
  input: string;
  unit?: string | undefined;
  /** Parameters as typed: numbers, or text the schema then refuses with its own message. */
  distribution?:
    | { family: EditableFamily; params: Record<string, number | string | (number | string)[]> }
    | undefined;
  /** Bind to one claim (the distribution becomes the fallback), or null to unbind. */
  from?: { claim: string } | null | undefined;
}

/** An input as the editor shows it. */
export interface InputView {
  name: string;
  unit: string;
  /** "distribution", "bound" (from:), "formula" or "schedule": only the first two are edited here. */
  kind: "distribution" | "bound" | "formula" | "schedule";
  family: string | null;
  params: Record<string, unknown>;
  from: Record<string, unknown> | null;
  description: string | null;
}

type Plain = Record<string, unknown>;

function familyOf(value: Plain | undefined): { family: string | null; params: Plain } {
  const key = DISTRIBUTION_KEYS.find((k) => value?.[k] !== undefined);
  if (!key || !value) return { family: null, params: {} };
  const raw = value[key];
  if (key === "point")
    return { family: key, params: { value: typeof raw === "object" ? (raw as Plain).value : raw } };
  return { family: key, params: (raw as Plain) ?? {} };
}

/** The inputs of a scenario's text; unreadable text gives none (the loader says why). */
export function describeInputs(text: string): InputView[] {
  const doc = parseDocument(text);
  const inputs = (doc.toJS() as { inputs?: Record<string, Plain> } | null)?.inputs;
  if (!inputs || typeof inputs !== "object" || Array.isArray(inputs)) return [];
  return Object.entries(inputs).map(([name, raw]) => {
    const input = (raw ?? {}) as Plain;
    const bound = input.from !== undefined;
    const { family, params } = familyOf((bound ? input.fallback : input) as Plain | undefined);
    const kind =
      input.formula !== undefined
        ? "formula"
        : bound
          ? "bound"
          : family === "schedule"
            ? "schedule"
            : "distribution";
    return {
      name,
      unit: String(input.unit ?? ""),
      kind,
      family,
      params,
      from: bound ? (input.from as Plain) : null,
      description: typeof input.description === "string" ? input.description : null,
    };
  });
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;

/** A value as YAML text: a number as typed ("12.5e9"), a plain word bare, anything else quoted (so the schema sees a string). */
function scalarText(value: number | string): string {
  if (typeof value === "number") return String(value);
  const text = value.trim();
  return NUMBER.test(text) || (PLAIN.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text))
    ? text
    : JSON.stringify(text);
}

/** "{low: 0.1, high: 0.4}", "0.2" (point), "{values: [1, 2], weights: [1, 3]}"; empty parameters are left out. */
function distributionText(edit: NonNullable<InputEdit["distribution"]>): { key: string; text: string } {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(edit.params)) {
    if (typeof value === "string" && value.trim() === "") continue;
    const list = Array.isArray(value)
      ? value
      : edit.family === "discrete" && typeof value === "string"
        ? value.split(/[,;\s]+/).filter(Boolean)
        : null;
    parts.push(
      `${scalarText(name)}: ${list ? `[${list.map(scalarText).join(", ")}]` : scalarText(value as number | string)}`,
    );
  }
  if (edit.family === "point") {
    const value = edit.params.value;
    return { key: "point", text: value === undefined || Array.isArray(value) ? '""' : scalarText(value) };
  }
  return { key: edit.family, text: `{${parts.join(", ")}}` };
}

/** A block map's pairs with the lines (0-based, inclusive) each is written on. */
function pairLines(text: string, path: readonly string[]) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map) || map.flow) return null;
  const line = (offset: number) => counter.linePos(offset).line - 1;
  const pairs = map.items.flatMap((pair) => {
    if (!isScalar(pair.key) || !pair.key.range) return [];
    const value = pair.value as { range?: [number, number, number] } | null;
    const endOffset = Math.max(pair.key.range[1], (value?.range?.[1] ?? pair.key.range[1]) - 1);
    return [
      {
        key: String(pair.key.value),
        first: line(pair.key.range[0]),
        last: line(endOffset),
        value: pair.value,
      },
    ];
  });
  const indent = pairs[0] ? counter.linePos((map.items[0]!.key as { range: number[] }).range[0]!).col - 1 : 0;
  return { pairs, indent };
}

/**
 * Sets (or with null removes) the pair `key` of the block map at `path`, in place of the pair
 * `instead` when `key` is absent; other lines untouched.
 */
function setPair(text: string, path: readonly string[], key: string, value: string | null, instead?: string) {
  const found = pairLines(text, path);
  if (!found) return text;
  const lines = text.split("\n");
  const pair = found.pairs.find((p) => p.key === key) ?? found.pairs.find((p) => p.key === instead);
  const line = value === null ? [] : [`${" ".repeat(found.indent)}${key}: ${value}`];
  if (pair) lines.splice(pair.first, pair.last - pair.first + 1, ...line);
  else if (found.pairs.length > 0) lines.splice(found.pairs.at(-1)!.last + 1, 0, ...line);
  return lines.join("\n");
}

const FLOW = { collectionStyle: "flow", flowCollectionPadding: false } as const;

/** A node's text as written when it is on one line, else its value written in flow style. */
function nodeText(text: string, node: unknown): string {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  const raw = range ? text.slice(range[0], range[1]).trim() : "";
  if (raw && !raw.includes("\n")) return raw;
  const value = (node as { toJSON?: () => unknown } | null)?.toJSON?.() ?? node;
  return stringify(value, FLOW).trim();
}

/** The first distribution key of the map at `path` and its value's text as written, or null. */
function writtenDistribution(text: string, path: readonly string[]): { key: string; text: string } | null {
  const map = parseDocument(text).getIn(path, true);
  if (!isMap(map)) return null;
  const key = DISTRIBUTION_KEYS.find((k) => map.has(k));
  return key ? { key, text: nodeText(text, map.get(key, true)) } : null;
}

function applyEdit(text: string, edit: InputEdit): string {
  const at = ["inputs", edit.input];
  let next = text;
  if (edit.unit !== undefined) next = setPair(next, at, "unit", scalarText(edit.unit));
  const bound = () => parseDocument(next).hasIn([...at, "from"]);
  if (edit.from === null && bound()) {
    const fallback = writtenDistribution(next, [...at, "fallback"]);
    next = setPair(setPair(next, at, "from", null), at, "fallback", null);
    if (fallback && !writtenDistribution(next, at)) next = setPair(next, at, fallback.key, fallback.text);
  } else if (edit.from) {
    const written = writtenDistribution(next, at);
    if (written)
      next = setPair(
        setPair(next, at, written.key, null),
        at,
        "fallback",
        `{${written.key}: ${written.text}}`,
      );
    next = setPair(next, at, "from", `{claim: ${scalarText(edit.from.claim)}}`);
  }
  if (edit.distribution) {
    const { key, text: value } = distributionText(edit.distribution);
    if (bound()) next = setPair(next, at, "fallback", `{${key}: ${value}}`);
    else {
      const written = writtenDistribution(next, at);
      if (written && written.key !== key) next = setPair(next, at, key, value, written.key);
      else next = setPair(next, at, key, value);
    }
  }
  return next;
}

/**
 * The scenario text with the edits applied and its name set to `name`: only the lines of the
 * edited fields change. Edits naming an input the file does not have (as a block map) are returned
 * as `unknown` (the rest is applied).
 */
export function applyInputEdits(
  text: string,
  edits: readonly InputEdit[],
  name: string,
): { text: string; unknown: string[] } {
  let next = setPair(text, [], "name", scalarText(name));
  const unknown: string[] = [];
  for (const edit of edits) {
    if (!pairLines(next, ["inputs", edit.input])) unknown.push(edit.input);
    else next = applyEdit(next, edit);
  }
  return { text: next, unknown };
}

/** The input and its field ("unit", "from", "distribution" or another key) written on a line of the text. */
export function fieldAtLine(text: string, line: number): { input: string; field: string } | null {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const inputs = doc.get("inputs", true);
  if (!isMap(inputs)) return null;
  const lineOf = (offset: number) => counter.linePos(offset).line;
  for (const pair of inputs.items) {
    const value = pair.value;
    if (!isScalar(pair.key) || !isMap(value) || !value.range) continue;
    const keyLine = lineOf((pair.key.range ?? value.range)[0]);
    if (line < keyLine || line > lineOf(Math.max(value.range[0], value.range[1] - 1))) continue;
    const input = String(pair.key.value);
    for (const item of value.items) {
      const start = isScalar(item.key) && item.key.range ? item.key.range[0] : null;
      const end = (item.value as { range?: [number, number, number] } | null)?.range?.[1];
      if (start === null || end === undefined) continue;
      if (line >= lineOf(start) && line <= lineOf(Math.max(start, end - 1))) {
        const key = String((item.key as { value: unknown }).value);
        const field =
          (DISTRIBUTION_KEYS as readonly string[]).includes(key) || key === "fallback" ? "distribution" : key;
        return { input, field };
      }
    }
    return { input, field: "input" };
  }
  return null;
}
