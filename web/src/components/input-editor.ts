import type { EditableFamily, InputEdit, InputView } from "../../../src/model/edit-inputs.js";
import { ApiError, getJson, postJson, problemText } from "../api.js";
import { announce, fill, h } from "../dom.js";
import type { SearchRow } from "../types.js";
import { claimPicker } from "./claim-picker.js";
import { markedSentence, sourceSentence } from "./source.js";

/**
 * The scenario input editor: pick an input, change its distribution's family and parameters (in
 * its unit) or bind it to a claim picked from the claims table, and save the scenario as a new
 * file. The server validates the edited file as the CLI does; its messages (with the caret excerpt)
 * are shown next to the field they point at.
 */

interface EditorData {
  name: string;
  inputs: InputView[];
  families: Record<string, string[]>;
}
interface PlacedIssue {
  message: string;
  input?: string;
  field?: string;
}

/** Parameters in log space or shape parameters carry no unit. */
const UNITLESS = new Set(["mu", "sigma", "alpha", "beta", "lambda", "weights"]);
const FIELDS = ["unit", "distribution", "from"] as const;

const paramText = (value: unknown) =>
  value === undefined || value === null ? "" : Array.isArray(value) ? value.join(", ") : String(value);

function refText(from: Record<string, unknown>): string {
  if (typeof from.claim === "string") return `claim ${from.claim}`;
  return Object.entries(from)
    .map(([key, value]) => `${key}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join(", ");
}

function paramsFields(
  families: EditorData["families"],
  family: string,
  unit: string,
  params: Record<string, unknown>,
) {
  const names = families[family];
  if (!names)
    return [h("p", { class: "muted" }, `A ${family}: choose a family to replace it, or edit the file.`)];
  return names.map((param) =>
    h(
      "label",
      {},
      `${param}${UNITLESS.has(param) ? "" : ` (${unit})`}`,
      h("input", {
        name: `param-${param}`,
        value: paramText(params[param]),
        autocomplete: "off",
        inputmode: "decimal",
      }),
    ),
  );
}

/** A field's error line, filled with the server's messages placed at that field. */
const errorSlot = (field: string) =>
  h("p", { class: "error field-error", id: `err-${field}`, role: "alert", tabindex: 0 });

/** Draws the fields of one input into `fields`; changes are recorded in `edits`. */
function drawInput(
  view: InputView,
  data: EditorData,
  edits: Map<string, InputEdit>,
  fields: HTMLElement,
  asOf: string | null,
): void {
  const edit = edits.get(view.name);
  const unit = edit?.unit ?? view.unit;
  const from = edit?.from !== undefined ? edit.from : view.from;
  const family = edit?.distribution?.family ?? view.family ?? "uniform";
  const params = edit?.distribution?.params ?? view.params;
  const familySelect = h(
    "select",
    { name: "family" },
    ...[...new Set([...Object.keys(data.families), family])].map((f) =>
      h("option", { value: f, selected: f === family }, f),
    ),
  );
  const paramsBox = h(
    "div",
    { class: "grid-form params" },
    ...paramsFields(data.families, family, unit, params),
  );
  const binding = h("div", { class: "binding", id: "binding" });
  const record = (change: Partial<InputEdit>) => {
    const current = edits.get(view.name) ?? { input: view.name };
    edits.set(view.name, { ...current, ...change });
  };
  const readDistribution = () => {
    const chosen = familySelect.value;
    if (!data.families[chosen]) return;
    const values: Record<string, string> = {};
    for (const field of paramsBox.querySelectorAll("input"))
      values[field.name.replace(/^param-/, "")] = field.value;
    record({ distribution: { family: chosen as EditableFamily, params: values } });
  };
  const unitField = h("input", { name: "unit", value: unit, autocomplete: "off" });
  unitField.addEventListener("change", () => record({ unit: unitField.value }));
  familySelect.addEventListener("change", () => {
    fill(paramsBox, ...paramsFields(data.families, familySelect.value, unitField.value, {}));
    readDistribution();
  });
  paramsBox.addEventListener("input", readDistribution);
  const showBinding = (ref: Record<string, unknown> | null, sentence?: Node) => {
    const picker = h("div");
    fill(
      binding,
      h("p", {}, ref ? `Bound to ${refText(ref)}` : "Not bound to a claim."),
      sentence ? h("blockquote", { class: "quote", id: "bound-sentence" }, sentence) : null,
      h(
        "p",
        { class: "actions" },
        h(
          "button",
          {
            type: "button",
            onclick: () =>
              fill(
                picker,
                claimPicker(pick, {
                  ...(typeof view.from?.entity === "string" ? { q: view.from.entity } : {}),
                  asOf,
                }),
              ),
          },
          "Bind to a claim…",
        ),
        ref
          ? h(
              "button",
              {
                type: "button",
                class: "secondary",
                onclick: () => {
                  record({ from: null });
                  showBinding(null);
                },
              },
              "Unbind",
            )
          : null,
      ),
      picker,
    );
  };
  const pick = (row: SearchRow) => {
    record({ from: { claim: row.id } });
    showBinding({ claim: row.id }, sourceSentence(row.source));
    announce(`${view.name} bound to claim ${row.id}`);
  };
  showBinding(from);
  if (from && typeof from.claim === "string")
    getJson<{ sentence: string | null }>(`/api/claims/${encodeURIComponent(from.claim)}`)
      .then((detail) => detail.sentence && showBinding(from, markedSentence(detail.sentence)))
      .catch(() => {});
  fill(
    fields,
    view.description ? h("p", { class: "meta" }, view.description) : null,
    h("label", {}, "Unit", unitField),
    errorSlot("unit"),
    h("label", {}, from ? "Fallback distribution (when the claim is missing)" : "Distribution", familySelect),
    paramsBox,
    errorSlot("distribution"),
    h("h3", {}, "Ledger claim"),
    binding,
    errorSlot("from"),
  );
}

/** The editor of scenario `name`; `onSaved` gets the new file's name. */
/** `asOf`: the page's date; the claim picker offers only the claims the ledger held then. */
export async function inputEditor(
  name: string,
  onSaved: (file: string) => void,
  asOf: string | null = null,
): Promise<HTMLElement> {
  const data = await getJson<EditorData>(`/api/scenarios/${encodeURIComponent(name)}`);
  const edits = new Map<string, InputEdit>();
  const editable = data.inputs.filter((i) => i.kind !== "formula");
  const chooser = h(
    "select",
    { name: "input" },
    ...editable.map((i) => h("option", { value: i.name }, `${i.name} (${i.unit})`)),
  );
  const fields = h("div", { id: "input-fields" });
  const general = h("p", { class: "error", id: "edit-error", role: "alert" });
  const saveAs = h("input", {
    name: "save-as",
    autocomplete: "off",
    placeholder: "next version (name-v2.yaml)",
  });
  const draw = (view: InputView) => drawInput(view, data, edits, fields, asOf);

  const current = () => editable.find((i) => i.name === chooser.value) ?? editable[0]!;
  chooser.addEventListener("change", () => draw(current()));
  const showIssues = (issues: PlacedIssue[]) => {
    const elsewhere: string[] = [];
    for (const issue of issues) {
      const field = FIELDS.find((f) => f === issue.field) ?? null;
      const slot = issue.input === chooser.value && field ? fields.querySelector(`#err-${field}`) : null;
      if (slot) slot.textContent = `${slot.textContent ? `${slot.textContent}\n` : ""}${issue.message}`;
      else elsewhere.push(issue.message);
    }
    return elsewhere;
  };
  const form = h(
    "form",
    { class: "filters", "aria-label": "Save the edited scenario" },
    h("label", {}, "Save as (file name)", saveAs),
    h("button", { type: "submit" }, "Save scenario"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    for (const slot of [general, ...fields.querySelectorAll(".field-error")]) slot.textContent = "";
    if (edits.size === 0) {
      general.textContent = "Change an input first.";
      return;
    }
    try {
      const saved = await postJson<{ name: string }>("/api/scenarios", {
        base: name,
        ...(saveAs.value.trim() ? { name: saveAs.value.trim() } : {}),
        edits: [...edits.values()],
      });
      announce(`Saved ${saved.name}`);
      onSaved(saved.name);
    } catch (error) {
      const issues =
        error instanceof ApiError ? (error.details as { issues?: unknown } | undefined)?.issues : undefined;
      if (
        Array.isArray(issues) &&
        issues.every((i) => typeof i === "object" && i !== null && "message" in i)
      ) {
        const rest = showIssues(issues as PlacedIssue[]);
        general.textContent = [(error as Error).message, ...rest].join("\n");
      } else general.textContent = problemText(error);
    }
  });
  if (editable.length > 0) draw(editable[0]!);
  return h(
    "section",
    { class: "panel", id: "input-editor", "aria-labelledby": "editor-heading" },
    h("h2", { id: "editor-heading" }, `Edit inputs of ${name}`),
    h("label", {}, "Input", chooser),
    fields,
    form,
    general,
  );
}
