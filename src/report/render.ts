import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { parse, None as VEGA_NONE, View, loader as vegaLoader } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { FrontierError } from "../core/index.js";
import { CHART_FONT } from "./specs/common.js";

/**
 * Rendering at the edge: Vega-Lite spec → Vega view (headless, renderer "none") → SVG string →
 * PNG through resvg. No network: the view's loader refuses every load, specs carry inline data.
 */

export type ChartFormat = "svg" | "png" | "vl.json";
export const CHART_FORMATS: readonly ChartFormat[] = ["svg", "png", "vl.json"];

/**
 * The font files PNG rendering loads, and nothing else (no system font scan), so that a PNG is the
 * same on every machine with Debian's fonts-dejavu-core (which .ci/run installs).
 */
export const DEFAULT_FONT_FILES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];

export interface PngOptions {
  /** Pixel density: 2 renders a 560-pixel-wide chart 1120 pixels wide. Default 2. */
  scale?: number;
  fontFiles?: string[];
}

function refusingLoader(refused: string[]) {
  const base = vegaLoader();
  const refuse = async (uri: string): Promise<never> => {
    refused.push(uri);
    throw new FrontierError("invalid_input", `charts do not load external data (${uri})`);
  };
  return { ...base, load: refuse, sanitize: refuse };
}

/** Compiles a Vega-Lite spec and renders it to an SVG string, with each mark's tooltip as a <title>. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const { spec: vegaSpec } = compile(spec);
  const refused: string[] = [];
  const view = new View(parse(vegaSpec), {
    renderer: "none",
    loader: refusingLoader(refused),
    logLevel: VEGA_NONE,
  });
  try {
    const svg = await view.toSVG();
    if (refused.length > 0) {
      throw new FrontierError("invalid_input", `charts do not load external data (${refused.join(", ")})`);
    }
    return addTooltipTitles(svg);
  } finally {
    view.finalize();
  }
}

/**
 * Vega's SVG renderer writes a mark item's description (our specs set it to the tooltip text) as
 * aria-label but emits no <title>, which is what a browser shows on hover. This adds one <title>
 * per described item of a mark. It walks the tags of Vega's own markup, whose attribute values
 * never hold a raw `<`, `>` or `"` (vega-scenegraph escapes them); an attribute value escaped for
 * XML is also valid escaped element content, so the label is copied as it is, never unescaped.
 */
export function addTooltipTitles(svg: string): string {
  const out: string[] = [];
  const parents: boolean[] = [];
  let last = 0;
  for (const match of svg.matchAll(/<(\/?)([A-Za-z][\w:-]*)([^<>]*?)(\/?)>/g)) {
    const [tag, closing, , attributes = "", selfClosing] = match;
    out.push(svg.slice(last, match.index));
    last = match.index + tag.length;
    if (closing) {
      parents.pop();
      out.push(tag);
      continue;
    }
    const isMarkContainer = /\bclass="[^"]*\brole-mark\b/.test(attributes);
    const label = /\saria-label="([^"]*)"/.exec(attributes)?.[1];
    const described =
      parents.at(-1) === true && label !== undefined && /\srole="graphics-symbol"/.test(attributes);
    if (!described) {
      out.push(tag);
      if (!selfClosing) parents.push(isMarkContainer);
      continue;
    }
    const title = `<title>${label}</title>`;
    if (selfClosing) {
      out.push(`${tag.slice(0, -2)}>${title}</${match[2]}>`);
    } else {
      out.push(tag, title);
      parents.push(false);
    }
  }
  out.push(svg.slice(last));
  return out.join("");
}

/** Renders an SVG string to PNG bytes with the given fonts only. */
export function renderPng(svg: string, options: PngOptions = {}): Uint8Array {
  const fontFiles = options.fontFiles ?? DEFAULT_FONT_FILES;
  const missing = fontFiles.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new FrontierError(
      "io",
      `font files missing for PNG rendering: ${missing.join(", ")} (install Debian's fonts-dejavu-core)`,
    );
  }
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: CHART_FONT,
      sansSerifFamily: CHART_FONT,
    },
    fitTo: { mode: "zoom", value: options.scale ?? 2 },
    background: "white",
    logLevel: "off",
  });
  return new Uint8Array(resvg.render().asPng());
}

/** A chart in one of the output formats: SVG text, PNG bytes, or the Vega-Lite spec as JSON. */
export async function renderChart(
  spec: TopLevelSpec,
  format: ChartFormat,
  png: PngOptions = {},
): Promise<string | Uint8Array> {
  if (format === "vl.json") return `${JSON.stringify(spec, null, 2)}\n`;
  const svg = await renderSvg(spec);
  return format === "svg" ? svg : renderPng(svg, png);
}
