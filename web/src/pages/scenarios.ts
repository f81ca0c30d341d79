import { formatAmount, formatInterval, formatRange } from "../../../src/core/amount-format.js";
import { getJson, postJson, problemText } from "../api.js";
import { chartDownloads, drawChart } from "../charts.js";
import { asOfControl, asOfOf, bodyAsOf } from "../components/as-of.js";
import { inputEditor } from "../components/input-editor.js";
import { append, fill, h, input } from "../dom.js";
import { hrefFor, navigate, type Route } from "../state.js";
import { histogramSection, type RunHistogram, tornadoSection } from "./scenario-charts.js";

/** Scenarios: run one (or two on the same seed, so on common random numbers), answers, fan chart, CSV. */

interface Quantiles {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}
interface RunAnswer {
  scenario: string;
  samples: number;
  seed: number;
  outputs: { name: string; unit: string; periods: (Quantiles & { period: number })[] }[];
  scalars: (Quantiles & { name: string; unit: string })[];
  events: { name: string; probability: number; standardError: number }[];
  histograms: RunHistogram[];
  warnings: string[];
  /** The scenario's outputs against the ledger's reported figures, when it maps any. */
  backtest: Backtest | null;
}
interface Backtest {
  passed: boolean;
  rows: {
    output: string;
    period: number;
    unit: string;
    entity: string;
    metric: string;
    low: number | null;
    high: number | null;
    p5: number;
    p50: number;
    p95: number;
    status: string;
    quote: string;
    published: string | null;
  }[];
}

const SEED = 20_251_203;

/** Each reported figure the scenario maps, against the run's p5–p95 in that year, with its sentence. */
function backtestSection(run: RunAnswer): HTMLElement | null {
  const backtest = run.backtest;
  if (!backtest || backtest.rows.length === 0) return null;
  return h(
    "section",
    { class: "backtest", id: "backtest", "aria-labelledby": "backtest-heading" },
    h(
      "h2",
      { id: "backtest-heading" },
      `Backtest of ${run.scenario}: ${backtest.passed ? "every figure inside" : "figures outside"}`,
    ),
    h(
      "table",
      {},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["output", "year", "reported", "p5 – p95", "status", "source"].map((c) =>
            h("th", { scope: "col" }, c),
          ),
        ),
      ),
      h(
        "tbody",
        {},
        ...backtest.rows.map((row) =>
          h(
            "tr",
            {},
            h("td", {}, row.output),
            h("td", {}, String(row.period)),
            h("td", {}, formatInterval(row, row.unit)),
            h("td", {}, formatRange(row.p5, row.p95, row.unit)),
            h("td", {}, row.status),
            h("td", {}, `${row.published ?? "undated"}: ${row.quote}`),
          ),
        ),
      ),
    ),
  );
}
const percent = (p: number) => `${(p * 100).toFixed(1)} %`;

/** A run's per-period quantiles of every output as CSV. */
export function runCsv(run: RunAnswer): string {
  const lines = ["output,unit,period,p5,p25,p50,p75,p95"];
  for (const o of run.outputs)
    for (const p of o.periods)
      lines.push([o.name, o.unit, p.period, p.p5, p.p25, p.p50, p.p75, p.p95].join(","));
  for (const s of run.scalars) lines.push([s.name, s.unit, "", s.p5, s.p25, s.p50, s.p75, s.p95].join(","));
  for (const e of run.events)
    lines.push([e.name, "probability", "", "", "", e.probability, "", ""].join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function answersTable(runs: RunAnswer[]): HTMLTableElement {
  const names = [
    ...new Set(runs.flatMap((r) => [...r.events.map((e) => e.name), ...r.scalars.map((s) => s.name)])),
  ];
  const cell = (run: RunAnswer, name: string) => {
    const event = run.events.find((e) => e.name === name);
    if (event) return `${percent(event.probability)} ± ${percent(event.standardError)}`;
    const scalar = run.scalars.find((s) => s.name === name);
    if (!scalar) return "—";
    return `${formatAmount(scalar.p50, scalar.unit)} (p5–p95 ${formatRange(scalar.p5, scalar.p95, scalar.unit)})`;
  };
  return h(
    "table",
    { class: "answers", id: "answers" },
    h("caption", {}, `Answers (${runs[0]?.samples ?? 0} samples, seed ${runs[0]?.seed ?? "?"})`),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Answer"),
        ...runs.map((r) => h("th", { scope: "col" }, r.scenario)),
      ),
    ),
    h(
      "tbody",
      {},
      ...names.map((name) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, name.replaceAll("_", " ")),
          ...runs.map((r) => h("td", {}, cell(r, name))),
        ),
      ),
    ),
  );
}

async function fanChart(holder: HTMLElement, runs: RunAnswer[]): Promise<void> {
  const [a, b] = runs;
  const output = a?.outputs.find((o) => (b ? b.outputs.some((x) => x.name === o.name) : true));
  if (!a || !output) return;
  const rows = (run: RunAnswer) =>
    run.outputs
      .find((o) => o.name === output.name)!
      .periods.map(({ period, p5, p25, p50, p75, p95 }) => ({ period, p5, p25, p50, p75, p95 }));
  const { spec } = await postJson<{ spec: object }>("/api/dashboard/fan-spec", {
    output: output.name,
    unit: output.unit,
    a: { name: a.scenario, rows: rows(a) },
    ...(b ? { b: { name: b.scenario, rows: rows(b) } } : {}),
  });
  const chart = h("div", { class: "chart", id: "fan-chart" });
  const downloads = h("p", { class: "actions" });
  fill(holder, h("h2", {}, `${output.name.replaceAll("_", " ")}: p5–p95 by year`), chart, downloads);
  const result = await drawChart(
    chart,
    { ...spec, width: "container", autosize: { type: "fit-x", contains: "padding" } },
    `Fan chart of ${output.name}`,
  );
  append(downloads, ["Save the chart: ", ...(await chartDownloads(result, `fan-${output.name}`))]);
  chart.dataset.ready = "true";
}

function csvLink(run: RunAnswer): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([runCsv(run)], { type: "text/csv" }));
  return h(
    "a",
    { href: url, download: `${run.scenario}-results.csv`, class: "button" },
    `${run.scenario} results (CSV)`,
  );
}

export async function scenariosPage(main: HTMLElement, route: Route): Promise<void> {
  const { scenarios } = await getJson<{ scenarios: string[] }>("/api/dashboard/scenarios");
  const a = route.params.get("a") ?? "";
  const b = route.params.get("b") ?? "";
  const samples = route.params.get("samples") ?? "5000";
  const asOf = asOfOf(route);
  const pick = (name: string, label: string, current: string) =>
    h(
      "label",
      {},
      label,
      h(
        "select",
        { name },
        h("option", { value: "" }, "—"),
        ...scenarios.map((s) => h("option", { value: s, selected: s === current }, s)),
      ),
    );
  const form = h(
    "form",
    { class: "filters", "aria-label": "Run a scenario" },
    pick("a", "Scenario", a),
    pick("b", "Compare with", b),
    input("samples", "Samples", samples, { type: "number", min: "100", max: "200000", step: "100" }),
    h("button", { type: "submit" }, "Run"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    navigate(
      hrefFor("scenarios", {
        a: String(data.get("a") ?? ""),
        b: String(data.get("b") ?? ""),
        samples: String(data.get("samples") ?? ""),
      }),
    );
  });
  const out = h("div", { id: "run" });
  const editor = h("div", { id: "editor" });
  fill(
    main,
    h("h1", {}, "Scenarios"),
    asOfControl(asOf),
    h(
      "p",
      { class: "muted" },
      `${scenarios.length} scenario files. Two scenarios are run on the same seed (common random numbers).`,
    ),
    form,
    h("div", { class: "split scenario-split" }, out, editor),
  );
  if (!a) return;
  const onSaved = (file: string) => navigate(hrefFor("scenarios", { a: file, samples }));
  const editorReady = inputEditor(a, onSaved, asOf).then(
    (section) => fill(editor, section),
    (error) => fill(editor, h("p", { class: "error", role: "alert" }, problemText(error))),
  );
  fill(out, h("p", {}, "Running… ", h("progress", { "aria-label": "Running the scenario" })));
  try {
    const names = b ? [a, b] : [a];
    const runs = await Promise.all(
      names.map((scenario) =>
        postJson<RunAnswer>(
          "/api/model/run",
          bodyAsOf(asOf, { scenario, samples: Number(samples), seed: SEED }),
        ),
      ),
    );
    const fan = h("section", { class: "fan" });
    const histogram = h("section", { class: "histogram", id: "histogram" });
    const tornado = h("section", { class: "tornado", id: "tornado" });
    fill(
      out,
      answersTable(runs),
      h("p", { class: "actions" }, "Export: ", ...runs.map(csvLink)),
      fan,
      histogram,
      tornado,
      ...runs.flatMap((r) => backtestSection(r) ?? []),
      ...runs.flatMap((r) => r.warnings.map((w) => h("p", { class: "muted" }, w))),
    );
    const first = runs[0]!;
    await Promise.all([
      fanChart(fan, runs),
      histogramSection(histogram, first.histograms),
      tornadoSection(tornado, a, tornadoTargets(first), SEED, asOf),
    ]);
    out.dataset.ready = "true";
  } catch (error) {
    fill(out, h("p", { class: "error", role: "alert" }, problemText(error)));
  }
  await editorReady;
}

/** What a tornado can explain: each scalar, and each output in its last period. */
function tornadoTargets(run: RunAnswer): string[] {
  return [
    ...run.scalars.map((s) => s.name),
    ...run.outputs.map((o) => `${o.name}[${o.periods.at(-1)?.period ?? ""}]`),
  ];
}
