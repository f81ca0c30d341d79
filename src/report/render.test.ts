import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { DOMParser } from "linkedom";
import {
  COMMITMENTS,
  COMPARISON,
  FAN,
  HISTOGRAM,
  HOSTILE,
  TIMELINE,
  TORNADO,
} from "../../test/fixtures/report-inputs.js";
import { addTooltipTitles, DEFAULT_FONT_FILES, renderChart, renderPng, renderSvg } from "./render.js";
import { buildCommitmentsSpec } from "./specs/commitments.js";
import { COLORS } from "./specs/common.js";
import { buildComparisonFanSpec, buildFanSpec } from "./specs/fan.js";
import { buildEventHistogramSpec } from "./specs/histogram.js";
import { buildClaimTimelineSpec } from "./specs/timeline.js";
import { buildTornadoSpec } from "./specs/tornado.js";

// linkedom's HTML parser decodes entities in text and attributes; SVG inline in HTML parses alike.
function parse(svg: string) {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${svg}</body></html>`, "text/html");
}

interface MarkElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): { textContent: string | null } | null;
}

function marks(svg: string, name: string): MarkElement[] {
  const groups = [...parse(svg).querySelectorAll(`g.${name}_marks`)];
  assert.ok(groups.length > 0, `no mark group ${name}_marks`);
  return groups.flatMap((group) => [...group.children] as MarkElement[]);
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert.deepEqual([...png.subarray(0, 8)], signature, "PNG signature");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  assert.equal(new TextDecoder().decode(png.subarray(12, 16)), "IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test("the fan has one point per period and two bands whose outlines pass through every period", async () => {
  const svg = await renderSvg(buildFanSpec(FAN, { lang: "en" }));
  assert.equal(marks(svg, "periods").length, FAN.rows.length);
  for (const band of ["band90", "band50"]) {
    const paths = marks(svg, band);
    assert.equal(paths.length, 1);
    const d = paths[0]!.getAttribute("d") ?? "";
    const vertices = d.match(/[ML]/g)?.length ?? 0;
    assert.equal(vertices, FAN.rows.length * 2, `${band} outline vertices`);
  }
  assert.equal(marks(svg, "facts").length, FAN.facts?.length);
  assert.match(svg, />100 bn \$</, "axis labels are human (100 bn $)");
});

test("French axis labels use milliards and a decimal comma", async () => {
  const svg = await renderSvg(buildFanSpec(FAN, { lang: "fr" }));
  assert.match(svg, /\d Md \$</);
  assert.doesNotMatch(svg, />\$\d/);
});

test("the timeline has one point per exact figure, one range per range and one arrow (rule + head) per revision", async () => {
  const svg = await renderSvg(buildClaimTimelineSpec(TIMELINE, { lang: "en" }));
  // A range is drawn as a range only: no point at its middle.
  const exact = TIMELINE.facts.filter((f) => f.low === f.high);
  assert.equal(marks(svg, "facts").length, exact.length);
  assert.equal(marks(svg, "revisions").length, TIMELINE.revisions.length);
  const heads = marks(svg, "arrowheads");
  assert.equal(heads.length, TIMELINE.revisions.length);
  for (const head of heads) assert.match(head.getAttribute("transform") ?? "", /rotate\(-?[\d.]+\)/);
  assert.equal(marks(svg, "ranges").length, 1, "one fact is a range");
});

test("arrowheads point from the old figure towards the new one", async () => {
  const svg = await renderSvg(
    buildClaimTimelineSpec(
      { ...TIMELINE, revisions: [{ from: "c", to: "a", kind: "revision" }] },
      { lang: "en" },
    ),
  );
  // c (Sep 2025, 300B) → a (late 2025, 1.4T): up and slightly right, so between 0° and 90° clockwise from up.
  const transform = marks(svg, "arrowheads")[0]!.getAttribute("transform") ?? "";
  const angle = Number(/rotate\((-?[\d.]+)\)/.exec(transform)?.[1]);
  assert.ok(angle > 0 && angle < 90, `angle ${angle}`);
});

test("every described mark carries its tooltip as an escaped <title>", async () => {
  const svg = await renderSvg(buildClaimTimelineSpec(TIMELINE, { lang: "en" }));
  const titles = [...parse(svg).querySelectorAll("title")].map((t) => t.textContent ?? "");
  assert.equal(titles.length, TIMELINE.facts.length + 2 * TIMELINE.revisions.length);
  assert.ok(
    titles.some((t) => t.includes(HOSTILE)),
    "hostile source survives as text",
  );
  assert.doesNotMatch(svg, /<script/i);
  assert.doesNotMatch(svg, /<img/i);
});

test("addTooltipTitles leaves undescribed marks and axes alone", () => {
  const svg =
    '<svg><g class="mark-symbol role-mark x_marks"><path aria-label="a &lt;b&gt; &quot;q&quot;" role="graphics-symbol" d="M0,0"/><path d="M1,1"/></g>' +
    '<g class="mark-group role-axis" role="graphics-symbol" aria-label="axis"><g></g></g></svg>';
  assert.equal(
    addTooltipTitles(svg),
    '<svg><g class="mark-symbol role-mark x_marks"><path aria-label="a &lt;b&gt; &quot;q&quot;" role="graphics-symbol" d="M0,0"><title>a &lt;b&gt; &quot;q&quot;</title></path><path d="M1,1"/></g>' +
      '<g class="mark-group role-axis" role="graphics-symbol" aria-label="axis"><g></g></g></svg>',
  );
});

test("the tornado has one pair of bars per input, widest swing first", async () => {
  const svg = await renderSvg(buildTornadoSpec(TORNADO, { lang: "en" }));
  const bars = marks(svg, "swings");
  assert.equal(bars.length, TORNADO.rows.length * 2);
  const firstTitle = bars[0]!.querySelector("title")?.textContent ?? "";
  assert.match(firstTitle, /^Revenue 2030/);
});

test("the histogram colours the bins below the threshold and annotates P(< 0)", async () => {
  const svg = await renderSvg(buildEventHistogramSpec(HISTOGRAM, { lang: "en" }));
  const bars = marks(svg, "bins");
  assert.equal(bars.length, HISTOGRAM.bins.length);
  const red = bars.filter((bar) => bar.getAttribute("fill") === COLORS.event).length;
  assert.equal(red, HISTOGRAM.bins.filter((bin) => bin.x1 <= 0).length);
  assert.match(svg, /P\(&lt; 0 \$\) = 42%/);
});

test("commitments stack one segment per (counterparty, year, kind)", async () => {
  const svg = await renderSvg(buildCommitmentsSpec(COMMITMENTS, { lang: "en" }));
  assert.equal(marks(svg, "commitments").length, 5);
});

test("the comparison draws both scenarios' bands and medians", async () => {
  const svg = await renderSvg(buildComparisonFanSpec(COMPARISON, { lang: "en" }));
  assert.equal(marks(svg, "band90").length, 2);
  assert.equal(marks(svg, "median").length, 2);
  assert.equal(marks(svg, "periods").length, COMPARISON.a.rows.length + COMPARISON.b.rows.length);
});

test("a PNG decodes with the SVG's size times the scale", {
  skip: !DEFAULT_FONT_FILES.every(existsSync) && "DejaVu fonts absent",
}, async () => {
  const svg = await renderSvg(buildTornadoSpec(TORNADO, { lang: "en" }));
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  assert.deepEqual(pngSize(renderPng(svg, { scale: 2 })), { width: width * 2, height: height * 2 });
  const again = renderPng(svg, { scale: 2 });
  assert.deepEqual(again, renderPng(svg, { scale: 2 }), "PNG rendering is deterministic");
});

test("renderChart writes the spec as vl.json", async () => {
  const spec = buildTornadoSpec(TORNADO, { lang: "en" });
  assert.deepEqual(JSON.parse(String(await renderChart(spec, "vl.json"))), spec);
});

test("a spec that names external data is refused, not fetched", async () => {
  await assert.rejects(
    renderSvg({ data: { url: "http://127.0.0.1:9/x.json" }, mark: "point" }),
    /do not load external data/,
  );
});
