import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Issue, IssueLocation } from "../core/index.js";
import { expandContracts } from "./contracts.js";
import { messages, modelIssue } from "./messages.js";
import { type Scenario, ScenarioSchema } from "./schema.js";

/**
 * Scenario text → Scenario, keeping the YAML document and a line counter so that every issue
 * (YAML syntax, schema, formula, unit) points at file:line:column. Pure: text in, data out.
 */

export type SourcePath = readonly (string | number)[];

export interface ScenarioSource {
  file: string;
  text: string;
  /** Position of the node at `path` (the key when `atKey`), or of its closest existing ancestor. */
  locate(path: SourcePath, atKey?: boolean): IssueLocation;
  /** Position of character `offset` of the string value at `path` (a formula). */
  locateInString(path: SourcePath, offset: number, length?: number): IssueLocation;
}

export interface LoadedScenario {
  scenario: Scenario;
  source: ScenarioSource;
}

export interface LoadResult {
  value: LoadedScenario | null;
  issues: Issue[];
}

function findNode(root: unknown, path: SourcePath): { node: Node | null; key: Node | null; depth: number } {
  let current: unknown = root;
  let key: Node | null = null;
  let depth = 0;
  for (const part of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => {
        const k = item.key;
        return isScalar(k) ? String(k.value) === String(part) : false;
      });
      if (!pair) break;
      key = pair.key as Node;
      current = pair.value;
    } else if (isSeq(current) && typeof part === "number") {
      const item = current.items[part];
      if (item === undefined) break;
      key = null;
      current = item;
    } else break;
    depth++;
  }
  return { node: (current as Node | null) ?? null, key, depth };
}

export function createSource(
  file: string,
  text: string,
  root: unknown,
  lineCounter: LineCounter,
): ScenarioSource {
  const at = (offset: number): IssueLocation => {
    const pos = lineCounter.linePos(offset);
    return { kind: "file", file, line: pos.line, column: pos.col };
  };
  const locate = (path: SourcePath, atKey = false): IssueLocation => {
    const found = findNode(root, path);
    const target = atKey && found.depth === path.length && found.key ? found.key : found.node;
    const start = target?.range?.[0];
    return start === undefined ? { kind: "file", file, line: 1, column: 1 } : at(start);
  };
  const locateInString = (path: SourcePath, offset: number, length = 1): IssueLocation => {
    const found = findNode(root, path);
    const node = found.node;
    if (found.depth !== path.length || !isScalar(node) || !node.range) return locate(path);
    const value = String(node.value);
    const [start, end] = node.range;
    const raw = text.slice(start, end);
    if (raw === value) return at(start + offset);
    if ((raw.startsWith('"') || raw.startsWith("'")) && raw.slice(1, -1) === value)
      return at(start + 1 + offset);
    // Block or folded scalars: find the same token, same occurrence, in the raw text.
    const token = value.slice(offset, offset + Math.max(1, length));
    let occurrence = 0;
    for (let i = value.indexOf(token); i !== -1 && i < offset; i = value.indexOf(token, i + 1)) occurrence++;
    let index = raw.indexOf(token);
    for (let k = 0; k < occurrence && index !== -1; k++) index = raw.indexOf(token, index + 1);
    return at(index === -1 ? start : start + index);
  };
  return { file, text, locate, locateInString };
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i > 0 ? "." : ""}${String(part)}`))
    .join("");
}

/** Aliases (*name) expanded at most this many times: more is refused as a resource exhaustion attempt. */
const MAX_ALIAS_EXPANSIONS = 100;

/** Parses and validates a scenario file's text. */
export function parseScenario(text: string, file: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const issues: Issue[] = [];
  const source = createSource(file, text, doc.contents, lineCounter);
  for (const error of doc.errors) {
    const start = error.pos[0];
    const pos = lineCounter.linePos(start);
    issues.push(
      modelIssue("yaml_syntax", messages.yamlSyntax(error.message.split("\n")[0] ?? error.message), {
        kind: "file",
        file,
        line: pos.line,
        column: pos.col,
      }),
    );
  }
  if (issues.length > 0) return { value: null, issues };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch {
    // The yaml library throws when expanding aliases would exceed the count: an alias bomb.
    issues.push(
      modelIssue("yaml_syntax", messages.yamlSyntax(messages.tooManyAliases(MAX_ALIAS_EXPANSIONS)), {
        kind: "file",
        file,
        line: 1,
        column: 1,
      }),
    );
    return { value: null, issues };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    issues.push(
      modelIssue(
        "schema",
        messages.schema("", "expected a mapping with name, periods, inputs, …"),
        source.locate([]),
      ),
    );
    return { value: null, issues };
  }
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          issues.push(
            modelIssue(
              "schema",
              messages.schema(pathText([...path, key]), `unknown key '${key}'`),
              source.locate([...path, key], true),
            ),
          );
        }
        continue;
      }
      issues.push(modelIssue("schema", messages.schema(pathText(path), issue.message), source.locate(path)));
    }
    return { value: null, issues };
  }
  const expanded = expandContracts(parsed.data);
  for (const problem of expanded.problems)
    issues.push(
      modelIssue(
        "duplicate_name",
        messages.schema(pathText(problem.path), problem.message),
        source.locate(problem.path, true),
      ),
    );
  if (issues.length > 0) return { value: null, issues };
  return { value: { scenario: expanded.scenario, source }, issues };
}
