import type { ImportReport } from "../../../src/use-cases/import-report.js";
import { ApiError, getJson, postJson, problemText } from "../api.js";
import { fill, h, input } from "../dom.js";
import { hrefFor } from "../state.js";

/** "Import a table": a CSV and its mapping to POST /api/import; what was stored, or each bad row. */

function outcome(report: ImportReport): HTMLElement[] {
  const counts = `${report.rows} rows: ${report.added} new, ${report.revised} revised, ${report.unchanged} unchanged`;
  if (report.status === "present")
    return [
      h(
        "p",
        { id: "import-result" },
        `${report.file} is already in the ledger (snapshot of ${report.published}); nothing changed.`,
      ),
    ];
  if (report.status === "unchanged")
    return [h("p", { id: "import-result" }, `${report.file}: ${counts}; nothing stored.`)];
  return [
    h(
      "p",
      { id: "import-result" },
      `${report.file}: ${counts}; stored as ${report.table}, snapshot of ${report.published}.`,
    ),
    h(
      "p",
      {},
      h(
        "a",
        { href: hrefFor("changes", { from: report.documentId }), "data-app-link": "" },
        "What this snapshot changed",
      ),
    ),
  ];
}

function failure(error: unknown): (HTMLElement | null)[] {
  const rows =
    error instanceof ApiError ? (error.details as { errors?: string[] } | undefined)?.errors : undefined;
  return [
    h("p", { class: "error", role: "alert" }, problemText(error)),
    rows ? h("ul", { id: "import-errors", class: "plain" }, ...rows.map((row) => h("li", {}, row))) : null,
  ];
}

export async function importPage(main: HTMLElement): Promise<void> {
  const { mappings } = await getJson<{ mappings: string[] }>("/api/import/mappings");
  const form = h(
    "form",
    { class: "grid-form", "aria-label": "Import a CSV table" },
    h(
      "label",
      {},
      "CSV table",
      h("input", { type: "file", name: "csv", accept: ".csv,text/csv", required: true }),
    ),
    h(
      "label",
      {},
      "Mapping",
      h("select", { name: "mappingName" }, ...mappings.map((name) => h("option", { value: name }, name))),
    ),
    h(
      "label",
      {},
      "or your own mapping (YAML or JSON)",
      h("input", { type: "file", name: "mapping", accept: ".yaml,.yml,.json" }),
    ),
    input("published", "Snapshot date", "", { type: "date" }),
    h("button", { type: "submit" }, "Import"),
  );
  const out = h("div", { id: "import", "aria-live": "polite" });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void submit(form, out);
  });
  fill(main, h("h1", {}, "Import a table"), form, out);
}

async function submit(form: HTMLFormElement, out: HTMLElement): Promise<void> {
  const data = new FormData(form);
  const csv = data.get("csv");
  const own = data.get("mapping");
  const mappingName = String(data.get("mappingName") ?? "");
  const published = String(data.get("published") ?? "");
  if (!(csv instanceof File) || csv.size === 0)
    return void fill(out, ...failure(new Error("Choose a CSV file.")));
  const ownMapping = own instanceof File && own.size > 0 ? await own.text() : null;
  if (!mappingName && ownMapping === null)
    return void fill(out, ...failure(new Error("Choose a mapping, or a mapping file of your own.")));
  fill(out, h("p", { class: "muted" }, "Importing…"));
  try {
    const report = await postJson<ImportReport>("/api/import", {
      csv: await csv.text(),
      file: csv.name,
      ...(ownMapping !== null ? { mapping: ownMapping } : { mappingName }),
      ...(published ? { published } : {}),
    });
    fill(out, ...outcome(report));
  } catch (error) {
    fill(out, ...failure(error));
  }
}
