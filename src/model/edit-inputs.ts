import { isMap, isScalar, LineCounter, parseDocument, YAMLMap } from "yaml";
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
  if (!inputs || typeof inputs !== "object") return [];
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

/** "12.5e9" → 12.5e9; "1, 2, 3" → [1, 2, 3] for list parameters; other text is kept for the schema to refuse. */
function typed(value: number | string | (number | string)[], list: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => typed(v, false));
  if (typeof value === "number") return value;
  const text = value.trim();
  if (list) return text === "" ? [] : text.split(/[,;\s]+/).map((part) => typed(part, false));
  return NUMBER.test(text) ? Number(text) : text;
}

function distributionNode(edit: NonNullable<InputEdit["distribution"]>): Plain {
  const params: Plain = {};
  for (const [key, value] of Object.entries(edit.params)) {
    if (typeof value === "string" && value.trim() === "") continue;
    params[key] = typed(value, edit.family === "discrete");
  }
  return edit.family === "point" ? { point: params.value ?? "" } : { [edit.family]: params };
}

/** Removes the input's distribution and returns it as a one-key map, its nodes as written. */
function takeDistribution(map: YAMLMap): YAMLMap | null {
  for (const key of DISTRIBUTION_KEYS)
    if (map.has(key)) {
      const moved = new YAMLMap();
      moved.flow = true;
      moved.set(key, map.get(key, true));
      map.delete(key);
      return moved;
    }
  return null;
}

function applyEdit(map: YAMLMap, edit: InputEdit, create: (value: unknown) => unknown): void {
  if (edit.unit !== undefined) map.set("unit", edit.unit);
  if (edit.from === null && map.has("from")) {
    map.delete("from");
    const fallback = map.get("fallback", true);
    map.delete("fallback");
    if (isMap(fallback) && !DISTRIBUTION_KEYS.some((k) => map.has(k)))
      for (const pair of fallback.items) map.set(pair.key, pair.value);
  } else if (edit.from) {
    const moved = takeDistribution(map);
    if (moved) map.set("fallback", moved);
    map.set("from", create({ claim: edit.from.claim }));
  }
  if (edit.distribution) {
    const distribution = distributionNode(edit.distribution);
    if (map.has("from")) map.set("fallback", create(distribution));
    else {
      takeDistribution(map);
      const [key, value] = Object.entries(distribution)[0]!;
      map.set(key, create(value));
    }
  }
}

/**
 * The scenario text with the edits applied and its name set to `name`. Edits naming an input the
 * file does not have are returned as problems (the rest is applied).
 */
export function applyInputEdits(
  text: string,
  edits: readonly InputEdit[],
  name: string,
): { text: string; unknown: string[] } {
  const doc = parseDocument(text);
  const create = (value: unknown) => {
    const node = doc.createNode(value);
    if (isMap(node)) node.flow = true;
    return node;
  };
  const unknown: string[] = [];
  for (const edit of edits) {
    const map = doc.getIn(["inputs", edit.input], true);
    if (!isMap(map)) {
      unknown.push(edit.input);
      continue;
    }
    applyEdit(map, edit, create);
  }
  if (isMap(doc.contents)) doc.set("name", name);
  return { text: doc.toString({ lineWidth: 0 }), unknown };
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
