import { readdir, readFile, realpath, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Hono } from "hono";
import { z } from "zod";
import { FrontierError, type Issue } from "../../core/index.js";
import {
  applyInputEdits,
  describeInputs,
  EDITABLE_FAMILIES,
  EDITABLE_FAMILY_NAMES,
  fieldAtLine,
} from "../../model/edit-inputs.js";
import { ledgerResolver } from "../../model/ledger-binding.js";
import { prepareScenarioText } from "../../model/load-scenario-file.js";
import { formatIssue } from "../../model/messages.js";
import type { ServerDeps } from "../deps.js";
import { parseInput, readJsonBody } from "../errors.js";
import { scenarioFile } from "./model.js";

/** A file the server writes: a plain name in the scenarios folder itself, never a path. */
const NEW_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}\.ya?ml$/;
const NEW_FILE_RULE =
  "expected a file name such as my-scenario.yaml: letters, digits, - and _, ending in .yaml, no folder";

const param = z.union([z.number(), z.string().max(200)]);
const InputEditSchema = z.strictObject({
  input: z.string().min(1).max(200),
  unit: z.string().min(1, "a unit is required").max(80).optional(),
  distribution: z
    .strictObject({
      family: z.enum(EDITABLE_FAMILY_NAMES, {
        error: `expected one of ${EDITABLE_FAMILY_NAMES.join(", ")}`,
      }),
      params: z.record(z.string().max(40), z.union([param, z.array(param).max(1000)])),
    })
    .optional(),
  from: z
    .strictObject({ claim: z.string().trim().min(1).max(200) })
    .nullable()
    .optional(),
});
const SaveBodySchema = z.strictObject({
  /** The scenario the edits apply to. */
  base: z.string().min(1).max(300),
  /** The new file's name; absent, the next free version of the base (name-v2.yaml, -v3…). */
  name: z.string().regex(NEW_FILE_NAME, NEW_FILE_RULE).optional(),
  edits: z.array(InputEditSchema).min(1, "change at least one input").max(200),
});

/** name.yaml, name-v2.yaml… → the first name-vN.yaml (N ≥ 2) not in the folder. */
export function nextVersionName(base: string, taken: ReadonlySet<string>): string {
  const stem = base
    .replace(/\.ya?ml$/, "")
    .replace(/-v\d+$/, "")
    .replace(/[^A-Za-z0-9_-]/g, "-");
  for (let n = 2; ; n++) {
    const name = `${stem}-v${n}.yaml`;
    if (!taken.has(name)) return name;
  }
}

/** An issue of the edited text with its caret excerpt, and the input and field it is written at. */
function placedIssue(issue: Issue, text: string) {
  const line = issue.location.kind === "file" ? issue.location.line : undefined;
  const at = line === undefined ? null : fieldAtLine(text, line);
  return { message: formatIssue(issue, text), severity: issue.severity, ...(at ?? {}) };
}

/**
 * GET /api/scenarios/:name (a scenario's inputs for the dashboard's input editor) and
 * POST /api/scenarios (the base scenario with some inputs edited, validated as the CLI validates a
 * file, saved as a new file in the scenarios folder the server was started with; an existing file
 * is never overwritten).
 */
export function scenarioFileRoutes({ store, scenariosDir }: ServerDeps): Hono {
  const app = new Hono();

  app.get("/:name", async (c) => {
    const name = c.req.param("name");
    const text = await readFile(await scenarioFile(scenariosDir, name), "utf8");
    return c.json({ name, inputs: describeInputs(text), families: EDITABLE_FAMILIES });
  });

  app.post("/", async (c) => {
    const body = parseInput(SaveBodySchema, await readJsonBody(c), "scenario edit");
    const text = await readFile(await scenarioFile(scenariosDir, body.base), "utf8");
    const root = await realpath(scenariosDir);
    const taken = new Set(await readdir(root));
    const name = body.name ?? nextVersionName(body.base, taken);
    if (taken.has(name))
      throw new FrontierError(
        "conflict",
        `name: ${name} already exists in the scenarios folder; pick another`,
      );
    const edited = applyInputEdits(text, body.edits, name.replace(/\.ya?ml$/, ""));
    if (edited.unknown.length > 0)
      throw new FrontierError("invalid_input", `no input ${edited.unknown.join(", ")} in ${body.base}`);
    const prepared = await prepareScenarioText(edited.text, name, ledgerResolver(store));
    const errors = prepared.issues.filter((issue) => issue.severity === "error");
    if (!prepared.bundle || errors.length > 0)
      throw new FrontierError("invalid_input", `${name} was not saved: the scenario has errors`, {
        issues: (errors.length > 0 ? errors : prepared.issues).map((i) => placedIssue(i, edited.text)),
      });
    await writeFile(join(root, name), edited.text, { flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST")
        throw new FrontierError(
          "conflict",
          `name: ${name} already exists in the scenarios folder; pick another`,
        );
      throw error;
    });
    const warnings = prepared.issues.filter((i) => i.severity === "warning");
    return c.json({ name, warnings: warnings.map((i) => placedIssue(i, edited.text)) }, 201);
  });

  return app;
}
