import type { Config } from "vega-lite";
import type { Language, Unit } from "../../core/index.js";
import { axisLabelExpr, unitTitle, vegaNumberLocale } from "../format.js";
import type { ChartOptions } from "../inputs.js";

/**
 * The font every chart names. PNG rendering loads exactly this font's files (render.ts), and the
 * HTML report falls back to the browser's sans-serif when the font is not installed.
 */
export const CHART_FONT = "DejaVu Sans";

export const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

export const DEFAULT_WIDTH = 560;
export const DEFAULT_HEIGHT = 280;

/** Fixed colours so that a qualifier or a band keeps its colour from chart to chart. */
export const COLORS = {
  band90: "#c6dbef",
  band50: "#6baed6",
  median: "#08519c",
  fact: "#d94801",
  event: "#cb181d",
  neutral: "#9ecae1",
  low: "#3182bd",
  high: "#e6550d",
  scenarioA: "#08519c",
  scenarioB: "#d94801",
  revision: "#555555",
} as const;

export const QUALIFIER_COLORS = {
  reported: "#1b9e77",
  estimated: "#7570b3",
  commitment: "#d95f02",
  target: "#e7298a",
  letter_of_intent: "#66a61e",
  rumoured: "#a6761d",
} as const;

export function chartConfig(lang: Language): Config {
  return {
    font: CHART_FONT,
    locale: { number: vegaNumberLocale(lang) },
    background: "white",
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 12, gridColor: "#e5e5e5" },
    legend: { labelFontSize: 11, titleFontSize: 12, orient: "bottom", labelLimit: 320 },
    title: { fontSize: 14, anchor: "start" },
  };
}

/** A value axis: human labels, the unit in the title. */
export function valueAxis(title: string, unit: Unit, lang: Language) {
  return { title: `${title} (${unitTitle(unit, lang)})`, labelExpr: axisLabelExpr(unit, lang), tickCount: 6 };
}

/** A year axis over decimal years: integer ticks only. */
export function yearAxis(title: string) {
  return { title, format: "d", tickMinStep: 1, labelFlush: true };
}

/** What every chart of the report starts from: the schema, its title, its size and the shared look. */
export function chartFrame<T = string>(
  options: ChartOptions,
  title: T | undefined = options.title as T | undefined,
): { $schema: string; title?: T; width: number; height: number; config: Config } {
  return {
    $schema: SCHEMA,
    ...(title === undefined ? {} : { title }),
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    config: chartConfig(options.lang),
  };
}
