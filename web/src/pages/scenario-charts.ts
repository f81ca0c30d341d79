import { postJson, problemText } from "../api.js";
import { chartDownloads, drawChart } from "../charts.js";
import { bodyAsOf } from "../components/as-of.js";
import { append, fill, h } from "../dom.js";

/**
 * A run's histogram (an output's samples in one period) and the tornado of one target, both drawn
 * from the report's Vega-Lite specs, each with its SVG and PNG downloads.
 */

export interface RunHistogram {
  output: string;
  period: number | null;
  unit: string;
  bins: { x0: number; x1: number; count: number }[];
  total: number;
  probabilityBelowZero: number;
}

/** Samples per evaluation of a tornado drawn in the dashboard (each input is evaluated twice more). */
const TORNADO_SAMPLES = 2_000;

const histogramKey = (h: RunHistogram) => (h.period === null ? h.output : `${h.output}[${h.period}]`);

/** The cash output in its last period when there is one (what a report shows), else the first. */
function defaultHistogram(histograms: readonly RunHistogram[]): RunHistogram | undefined {
  const last = (name: string) =>
    histograms.filter((x) => x.output === name).sort((a, b) => (b.period ?? 0) - (a.period ?? 0))[0];
  const cash = histograms.find((x) => /(^|_)cash$/.test(x.output));
  return (cash && last(cash.output)) ?? histograms[0];
}

async function drawInto(
  chart: HTMLElement,
  downloads: HTMLElement,
  spec: object,
  label: string,
  file: string,
) {
  fill(downloads);
  chart.dataset.ready = "false";
  const result = await drawChart(
    chart,
    { ...spec, width: "container", autosize: { type: "fit-x", contains: "padding" } },
    label,
  );
  append(downloads, ["Save the chart: ", ...(await chartDownloads(result, file))]);
  chart.dataset.ready = "true";
}

function picker(name: string, label: string, values: string[], current: string): HTMLLabelElement {
  return h(
    "label",
    {},
    label,
    h("select", { name }, ...values.map((v) => h("option", { value: v, selected: v === current }, v))),
  );
}

export async function histogramSection(
  holder: HTMLElement,
  histograms: readonly RunHistogram[],
): Promise<void> {
  const first = defaultHistogram(histograms);
  if (!first) return;
  const chart = h("div", { class: "chart", id: "histogram-chart" });
  const downloads = h("p", { class: "actions" });
  const choice = picker("histogram", "Output", histograms.map(histogramKey), histogramKey(first));
  const error = h("p", { class: "error", role: "alert" });
  const draw = async (key: string) => {
    const histogram = histograms.find((x) => histogramKey(x) === key)!;
    error.textContent = "";
    try {
      const { spec } = await postJson<{ spec: object }>("/api/dashboard/histogram-spec", {
        output: histogram.output,
        unit: histogram.unit,
        period: histogram.period,
        bins: histogram.bins,
        probabilityBelowZero: histogram.probabilityBelowZero,
      });
      await drawInto(chart, downloads, spec, `Histogram of ${key}`, `histogram-${key.replace(/\W+/g, "-")}`);
    } catch (problem) {
      error.textContent = problemText(problem);
    }
  };
  choice.querySelector("select")!.addEventListener("change", (event) => {
    void draw((event.target as HTMLSelectElement).value);
  });
  fill(holder, h("h2", {}, "Distribution of an output"), choice, chart, downloads, error);
  await draw(histogramKey(first));
}

export async function tornadoSection(
  holder: HTMLElement,
  scenario: string,
  targets: string[],
  seed: number,
  asOf: string | null,
): Promise<void> {
  const first =
    targets.find((t) => t === "funding_gap") ?? targets.find((t) => /fund/i.test(t)) ?? targets[0];
  if (!first) return;
  const chart = h("div", { class: "chart", id: "tornado-chart" });
  const downloads = h("p", { class: "actions" });
  const error = h("p", { class: "error", role: "alert" });
  const status = h("p", { class: "muted" });
  const draw = async (target: string) => {
    error.textContent = "";
    status.textContent = `Each input at its p10 and p90, ${TORNADO_SAMPLES} samples per evaluation…`;
    try {
      const { spec, result } = await postJson<{ spec: object; result: { skipped: string[] } }>(
        "/api/model/sensitivity",
        bodyAsOf(asOf, { scenario, target, samples: TORNADO_SAMPLES, seed }),
      );
      await drawInto(
        chart,
        downloads,
        spec,
        `Tornado of ${target}`,
        `tornado-${target.replace(/\W+/g, "-")}`,
      );
      status.textContent =
        result.skipped.length > 0
          ? `Not varied (schedules and fixed values): ${result.skipped.join(", ")}`
          : "";
    } catch (problem) {
      status.textContent = "";
      error.textContent = problemText(problem);
    }
  };
  const choice = picker("tornado-target", "Target", targets, first);
  choice.querySelector("select")!.addEventListener("change", (event) => {
    void draw((event.target as HTMLSelectElement).value);
  });
  fill(holder, h("h2", {}, "What moves the answer (tornado)"), choice, status, chart, downloads, error);
  await draw(first);
}
