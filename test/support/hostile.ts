/**
 * The hostile corpus: bad documents, scenarios and requests, each with the outcome it must get (a
 * refusal naming what is wrong, or a clean store), generated at test time so nothing hostile sits
 * in the repository (file names with control characters, symlink loops, binary files). Sizes are
 * moderate: these cases pin outcomes, not extraction speed.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface DocumentCase {
  name: string;
  /** Creates the input under `dir` and returns the path to ingest. */
  make: (dir: string) => string;
  /** "stored": kept, its text free of markup; "failed": refused with a message matching `message`. */
  expect: "stored" | "failed" | "nothing";
  message?: RegExp;
  maxBytes?: number;
}

export interface ScenarioCase {
  name: string;
  yaml: string;
  status: number;
  message: RegExp;
}

export interface RequestCase {
  name: string;
  method: "GET" | "POST";
  path: string;
  body?: string;
  headers?: Record<string, string>;
  status: number;
  message?: RegExp;
}

const FIGURE = "OpenAI a réalisé 13 milliards de dollars de revenus en 2025.";

function file(name: string, content: string | Uint8Array): (dir: string) => string {
  return (dir) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
}

const bytes = (...values: number[]) => new Uint8Array(values);

export const DOCUMENT_CASES: DocumentCase[] = [
  { name: "empty file", make: file("empty.txt", ""), expect: "failed", message: /empty|no text/i },
  {
    name: "whitespace only",
    make: file("blank.txt", " \n\t\n  "),
    expect: "failed",
    message: /empty|no text/i,
  },
  {
    name: "PNG bytes named .txt",
    make: file("image.txt", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48)),
    expect: "failed",
    message: /binary|not text|UTF-8/i,
  },
  {
    name: "NUL bytes in text",
    make: file("nul.txt", `${FIGURE}\u0000\u0000${FIGURE}`),
    expect: "failed",
    message: /binary|NUL|not text/i,
  },
  {
    name: "invalid UTF-8",
    make: file(
      "latin.txt",
      bytes(0x4f, 0x70, 0x65, 0x6e, 0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0x20, 0x31, 0x33),
    ),
    expect: "failed",
    message: /UTF-8|encoding|binary/i,
  },
  {
    name: "larger than the size limit",
    make: file("big.txt", `${FIGURE} `.repeat(2000)),
    maxBytes: 10_000,
    expect: "failed",
    message: /bytes/,
  },
  {
    name: "unsupported extension named explicitly",
    make: file("report.pdf", "%PDF-1.7"),
    expect: "failed",
    message: /\.pdf/,
  },
  {
    name: "folder named like a document",
    make: (dir) => {
      mkdirSync(join(dir, "folder.txt"), { recursive: true });
      return join(dir, "folder.txt");
    },
    expect: "nothing",
  },
  {
    name: "symlink loop",
    make: (dir) => {
      const loop = join(dir, "loop");
      mkdirSync(loop, { recursive: true });
      symlinkSync(loop, join(loop, "again"));
      writeFileSync(join(loop, "inside.txt"), FIGURE);
      return loop;
    },
    expect: "failed",
    message: /symbolic links form a loop; the folder is walked once/,
  },
  {
    name: "dangling symlink",
    make: (dir) => {
      const link = join(dir, "gone.txt");
      symlinkSync(join(dir, "missing-target.txt"), link);
      return link;
    },
    expect: "failed",
    message: /gone\.txt|no such|cannot read|not found/i,
  },
  {
    name: "hostile HTML: scripts, handlers, javascript: links, iframes",
    make: file(
      "hostile.html",
      `<html><head><title>T</title><script>alert(1)</script></head><body><p onclick="x()">${FIGURE}</p><img src=x onerror="alert(2)"><a href="javascript:alert(3)">lien</a><iframe src="https://example.invalid"></iframe><style>p{}</style></body></html>`,
    ),
    expect: "stored",
  },
  {
    name: "deeply nested HTML",
    make: file(
      "deep.html",
      `<html><body>${"<div>".repeat(20_000)}<p>${FIGURE}</p>${"</div>".repeat(20_000)}</body></html>`,
    ),
    expect: "stored",
  },
  {
    name: "unclosed tags and a stray comment",
    make: file("unclosed.html", `<html><body><p>${FIGURE}<div><span><!-- never closed <b>`),
    expect: "stored",
  },
  {
    name: "entity-heavy HTML",
    make: file("entities.html", `<p>${"&amp;&lt;&#x41;&#65;&nbsp;".repeat(5000)} ${FIGURE}</p>`),
    expect: "stored",
  },
  {
    name: "DOCTYPE with internal entities (no expansion)",
    make: file(
      "doctype.html",
      `<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><p>&b;&b; ${FIGURE}</p>`,
    ),
    expect: "stored",
  },
  { name: "ESC sequence in the name", make: file("\u001b[31mred.txt", FIGURE), expect: "stored" },
  { name: "newline in the name", make: file("two\nlines.txt", FIGURE), expect: "stored" },
  { name: "right-to-left override in the name", make: file("evil\u202Etxt.md", FIGURE), expect: "stored" },
  { name: "very long name", make: file(`${"n".repeat(240)}.txt`, FIGURE), expect: "stored" },
  { name: "quotes and spaces in the name", make: file(`l'"article" final.txt`, FIGURE), expect: "stored" },
  {
    name: "control characters in the text",
    make: file("controls.txt", `${FIGURE}\u0007\u001b[2J\u0008 fin.`),
    expect: "stored",
  },
  {
    name: "zero-width and bidi characters in the text",
    make: file("bidi.txt", `Open\u200bAI \u202e${FIGURE}`),
    expect: "stored",
  },
  {
    name: "one long line without a full stop (20 KB)",
    make: file("line.txt", "OpenAI a levé 40 milliards de dollars et ".repeat(500)),
    expect: "stored",
  },
  { name: "thousands of figures", make: file("figures.txt", `${FIGURE} `.repeat(1500)), expect: "stored" },
  {
    name: "markdown with thousands of headings",
    make: file("headings.md", "# Titre\n\n".repeat(3000) + FIGURE),
    expect: "stored",
  },
  {
    name: "front matter that is not YAML",
    make: file("front.md", `---\n: : [\n---\n${FIGURE}`),
    expect: "failed",
    message: /front matter cannot be read/,
  },
  { name: "UTF-8 byte order mark", make: file("bom.txt", `\ufeff${FIGURE}`), expect: "stored" },
  { name: "CR-only line ends", make: file("cr.txt", `Titre\r${FIGURE}\r${FIGURE}`), expect: "stored" },
];

const BASE = (formula: string) => `name: hostile
periods: {start: 2025, end: 2027}
samples: 200
inputs:
  a: {unit: USD, uniform: {low: 1, high: 2}}
variables:
  b: {unit: USD, formula: "${formula}"}
outputs: [b]
`;

function formulaCase(formula: string): ScenarioCase {
  return { name: `formula ${formula}`, yaml: BASE(formula), status: 400, message: /scenario has errors/ };
}

export const SCENARIO_CASES: ScenarioCase[] = [
  { name: "not YAML at all", yaml: "{{{ ::: ]]]", status: 400, message: /scenario has errors/ },
  { name: "tab indentation", yaml: "name: x\n\tperiods: 1", status: 400, message: /scenario has errors/ },
  { name: "a list, not a mapping", yaml: "- 1\n- 2", status: 400, message: /scenario has errors/ },
  { name: "a bare number", yaml: "42", status: 400, message: /scenario has errors/ },
  {
    name: "duplicate keys",
    yaml: "name: a\nname: b\nperiods: {start: 2025, end: 2026}\ninputs: {}",
    status: 400,
    message: /scenario has errors/,
  },
  {
    name: "alias bomb",
    yaml: `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]`,
    status: 400,
    message: /scenario has errors/,
  },
  {
    name: "unknown top-level key",
    yaml: `${BASE("a")}\nexec: rm -rf /`,
    status: 400,
    message: /scenario has errors/,
  },
  {
    name: "periods end before start",
    yaml: BASE("a").replace("end: 2027", "end: 2020"),
    status: 400,
    message: /scenario has errors/,
  },
  {
    name: "input without a distribution",
    yaml: "name: x\nperiods: {start: 2025, end: 2026}\ninputs:\n  a: {unit: USD}",
    status: 400,
    message: /scenario has errors/,
  },
  formulaCase("constructor"),
  formulaCase("__proto__"),
  formulaCase("process.exit()"),
  formulaCase("this"),
  formulaCase("globalThis"),
  formulaCase("require('fs')"),
  formulaCase("a.constructor"),
  formulaCase("a['constructor']"),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal is the injection tried
  formulaCase("`${a}`"),
  formulaCase("unknown_name + a"),
  formulaCase("a +"),
  formulaCase("(((((a"),
  formulaCase("Function('return 1')()"),
  {
    name: "a horizon of three centuries with a hundred outputs",
    yaml: `name: wide\nperiods: {start: 1900, end: 2200}\nsamples: 20000\ninputs:\n${Array.from({ length: 100 }, (_, i) => `  x${i}: {unit: USD, uniform: {low: 1, high: 2}}`).join("\n")}\noutputs: [${Array.from({ length: 100 }, (_, i) => `x${i}`).join(", ")}]\n`,
    status: 413,
    message: /the run would hold .* values/,
  },
  {
    name: "scenario path leaving the folder",
    yaml: "../../etc/passwd.yaml",
    status: 400,
    message: /scenario has errors/,
  },
  { name: "scenario name of a missing file", yaml: "nothing-here.yaml", status: 404, message: /no scenario/ },
  { name: "absolute scenario path", yaml: "/etc/hosts.yaml", status: 400, message: /scenario has errors/ },
];

const json = (value: unknown) => JSON.stringify(value);
const CT = { "Content-Type": "application/json" };

/** `CLAIM` in a path or body is replaced by a real claim id of the test ledger. */
export const REQUEST_CASES: RequestCase[] = [
  {
    name: "body that is not JSON",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: "{action:",
    headers: CT,
    status: 400,
    message: /not valid JSON/,
  },
  {
    name: "JSON sent as text/plain",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: json({ action: "accept" }),
    headers: { "Content-Type": "text/plain" },
    status: 400,
    message: /Content-Type: application\/json/,
  },
  {
    name: "body over the size limit",
    method: "POST",
    path: "/api/model/run",
    body: json({ scenario: "x".repeat(1_100_000) }),
    headers: CT,
    status: 413,
  },
  {
    name: "scenario text over its limit",
    method: "POST",
    path: "/api/model/run",
    body: json({ scenario: "x".repeat(600_000) }),
    headers: CT,
    status: 400,
    message: /scenario/,
  },
  {
    name: "expectVersion 99999999999",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: json({ action: "accept", reason: "r", by: "t", expectVersion: 99999999999 }),
    headers: CT,
    status: 409,
    message: /is at version 0, not 99999999999/,
  },
  {
    name: "negative expectVersion",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: json({ action: "accept", reason: "r", by: "t", expectVersion: -1 }),
    headers: CT,
    status: 400,
  },
  {
    name: "expectVersion as text",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: json({ action: "accept", reason: "r", by: "t", expectVersion: "0" }),
    headers: CT,
    status: 400,
  },
  {
    name: "fractional expectVersion",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: json({ action: "accept", reason: "r", by: "t", expectVersion: 0.5 }),
    headers: CT,
    status: 400,
  },
  {
    name: "NUL in the reason",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: json({ action: "accept", reason: "r\u0000", by: "t" }),
    headers: CT,
    status: 400,
    message: /NUL/,
  },
  {
    name: "unknown review action",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: json({ action: "delete", reason: "r", by: "t" }),
    headers: CT,
    status: 400,
  },
  {
    name: "correction to month 13",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: json({ action: "correct", reason: "r", by: "t", set: { period: { asOf: "2025-13" } } }),
    headers: CT,
    status: 400,
    message: /real ISO date/,
  },
  {
    name: "correction to a unit that does not fit",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: json({ action: "correct", reason: "r", by: "t", set: { unit: "GW" } }),
    headers: CT,
    status: 400,
    message: /does not fit/,
  },
  {
    name: "correction with an infinite value",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: '{"action":"correct","reason":"r","by":"t","set":{"value":{"low":1e999,"high":1e999,"bound":"exact"}}}',
    headers: CT,
    status: 400,
    message: /finite/,
  },
  {
    name: "correction of __proto__",
    method: "POST",
    path: "/api/claims/CLAIM/review",
    body: '{"action":"correct","reason":"r","by":"t","set":{"__proto__":{"x":1}}}',
    headers: CT,
    status: 400,
  },
  {
    name: "review of a claim id with traversal",
    method: "POST",
    path: "/api/claims/..%2F..%2Fetc/review",
    body: json({ action: "accept", reason: "r", by: "t" }),
    headers: CT,
    status: 404,
  },
  {
    name: "garbage cursor on claims",
    method: "GET",
    path: "/api/claims?after=%00%01",
    status: 400,
    message: /cursor|after/,
  },
  {
    name: "forged cursor on documents",
    method: "GET",
    path: `/api/documents?after=${Buffer.from(json([1e300, "x"])).toString("base64url")}`,
    status: 400,
    message: /invalid page cursor/,
  },
  {
    name: "cursor of another list",
    method: "GET",
    path: `/api/conflicts?after=${Buffer.from(json(["2025", "d", 1, 2, "c"])).toString("base64url")}`,
    status: 400,
    message: /invalid page cursor/,
  },
  {
    name: "page limit over the bound",
    method: "GET",
    path: "/api/claims?limit=100000",
    status: 400,
    message: /limit/,
  },
  { name: "unknown query parameter", method: "GET", path: "/api/claims?drop=table", status: 400 },
  {
    name: "unknown metric filter",
    method: "GET",
    path: "/api/claims?metric=revenue%27%3B--",
    status: 400,
    message: /unknown metric/,
  },
  { name: "malformed since", method: "GET", path: "/api/claims?since=yesterday", status: 400 },
  {
    name: "samples over the server's bound",
    method: "POST",
    path: "/api/model/run",
    body: json({ scenario: "openai-2026-revised.yaml", samples: 10_000_000 }),
    headers: CT,
    status: 400,
    message: /samples/,
  },
  {
    name: "negative seed",
    method: "POST",
    path: "/api/model/run",
    body: json({ scenario: "openai-2026-revised.yaml", seed: -1 }),
    headers: CT,
    status: 400,
  },
  { name: "unknown chart kind", method: "GET", path: "/api/charts/pie?entity=OpenAI", status: 404 },
  { name: "timeline of nobody", method: "GET", path: "/api/timeline/%E2%80%AEnobody", status: 404 },
  {
    name: "foreign Host header",
    method: "GET",
    path: "/api/claims",
    headers: { Host: "evil.example" },
    status: 403,
  },
  { name: "unknown route", method: "GET", path: "/api/../../etc/passwd", status: 404 },
];
