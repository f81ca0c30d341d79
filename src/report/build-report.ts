import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { FrontierError } from "../core/index.js";
import { type PngOptions, renderPng, renderSvg } from "./render.js";
import { buildReportCharts } from "./report-charts.js";
import { renderHtmlReport } from "./report-html.js";
import { renderMarkdownReport } from "./report-md.js";
import type { ReportData, ReportInput } from "./report-types.js";

/** Renders every chart of a report to SVG (at the edge: Vega runs here). */
export async function renderReportData(input: ReportInput): Promise<ReportData> {
  const charts = [];
  for (const chart of buildReportCharts(input)) charts.push({ ...chart, svg: await renderSvg(chart.spec) });
  return { ...input, charts };
}

/** The report as one self-contained HTML text. */
export async function renderReportHtml(input: ReportInput): Promise<string> {
  return renderHtmlReport(await renderReportData(input));
}

export type ReportFormat = "html" | "md";

export function reportFormatOf(path: string): ReportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".md" || ext === ".markdown") return "md";
  throw new FrontierError("usage", `report output must end in .html or .md: ${path}`);
}

/**
 * Writes the report: one self-contained HTML file, or a Markdown file with one PNG per chart beside
 * it (<name>-<chart id>.png). Returns the paths written.
 */
export async function writeReport(input: ReportInput, out: string, png: PngOptions = {}): Promise<string[]> {
  const format = reportFormatOf(out);
  await mkdir(dirname(out), { recursive: true });
  if (format === "html") {
    await writeFile(out, await renderReportHtml(input));
    return [out];
  }
  const data = await renderReportData(input);
  const stem = basename(out, extname(out));
  const images: Record<string, string> = {};
  const written: string[] = [];
  for (const chart of data.charts) {
    const file = `${stem}-${chart.id}.png`;
    await writeFile(join(dirname(out), file), renderPng(chart.svg, png));
    images[chart.id] = file;
    written.push(join(dirname(out), file));
  }
  await writeFile(out, renderMarkdownReport(data, images));
  return [out, ...written];
}
