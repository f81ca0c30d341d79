/**
 * Report: results of the ledger, the checks and the model in, charts and reports out. The chart
 * specs (specs/) are pure Vega-Lite JSON; rendering to SVG/PNG and writing HTML/Markdown reports
 * (render.ts, build-report.ts) is the edge.
 */

export { renderReportData, reportFormatOf, writeReport } from "./build-report.js";
export * from "./format.js";
export type * from "./inputs.js";
export { renderChart, renderPng, renderSvg } from "./render.js";
export { escapeHtml, renderHtmlReport } from "./report-html.js";
export { renderMarkdownReport } from "./report-md.js";
export type * from "./report-types.js";
export { buildCommitmentsSpec } from "./specs/commitments.js";
export { buildComparisonFanSpec, buildFanSpec } from "./specs/fan.js";
export { binSamples, buildEventHistogramSpec } from "./specs/histogram.js";
export { buildClaimTimelineSpec } from "./specs/timeline.js";
export { buildTornadoSpec } from "./specs/tornado.js";
