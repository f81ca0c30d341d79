import assert from "node:assert/strict";
import { test } from "node:test";
import { reconcile } from "../../reconcile/index.js";
import { makeClaim, year } from "../../reconcile/testing.js";
import { commitmentsFromReconciliation, timelineFromReconciliation } from "../from-reconcile.js";
import { figureRange } from "../report-html.js";
import { buildCommitmentsSpec } from "./commitments.js";
import { buildClaimTimelineSpec } from "./timeline.js";
import { buildTornadoSpec } from "./tornado.js";

/**
 * Charts that do not mislead: each way a chart once told more (or less) than its figures, pinned on
 * the spec. A vague range is a range, never a point; a year's figure sits under its year; a running
 * total is not a year's bar; a nil swing beside a rank correlation says why.
 */

type Layer = {
  name?: string;
  data?: { values: Record<string, unknown>[] };
  encoding?: Record<string, unknown>;
};

function layers(spec: object): Layer[] {
  return (spec as { layer: Layer[] }).layer;
}

function layer(spec: object, name: string): Layer | undefined {
  return layers(spec).find((l) => l.name === name);
}

const vague = makeClaim({
  id: "vague",
  metric: "compute_commitment",
  value: [1e11, 1e12],
  period: year(2025),
  quote: "plusieurs centaines de milliards de dollars",
});
const precise = makeClaim({ id: "precise", metric: "compute_commitment", value: 3e11, period: year(2026) });
const doubtful = {
  ...makeClaim({ id: "doubt", metric: "compute_commitment", value: 9e11, period: year(2027) }),
  confidence: 0.3,
};

function timeline(log = false) {
  const input = timelineFromReconciliation(
    reconcile([vague, precise, doubtful]),
    "OpenAI",
    "compute_commitment",
  );
  assert.ok(input);
  return { input, spec: buildClaimTimelineSpec(input, { lang: "en", log }) };
}

test("a vague range is drawn as a dashed, labelled range, never as a point at its middle", () => {
  const { input, spec } = timeline();
  assert.equal(input.facts.find((f) => f.low === 1e11)?.vague, true);
  const points = layer(spec, "facts")!.data!.values;
  assert.ok(
    points.every((p) => p.low === p.high),
    "only exact figures are points",
  );
  assert.ok(!points.some((p) => p.value === 5.5e11), "no point at the range's middle");
  const ranges = layer(spec, "ranges")!.data!.values;
  assert.deepEqual(
    ranges.map((r) => [r.low, r.high, r.vague]),
    [[1e11, 1e12, true]],
  );
  assert.deepEqual(layer(spec, "ranges")!.encoding!.strokeDash, {
    condition: { test: "datum.vague", value: [3, 2] },
    value: [1, 0],
  });
  assert.equal(layer(spec, "vague-labels")!.data!.values.length, 1);
  assert.match(String(ranges[0]!.tip), /vague amount: an order of magnitude, not a figure/);
});

test("on the year axis a 2025 figure sits mid-2025, inside the band labelled 2025", () => {
  const { input, spec } = timeline();
  const at2025 = input.facts.find((f) => f.periodLabel === "2025")!.at;
  assert.equal(at2025, 2025.5);
  const x = layer(spec, "facts")!.encoding!.x as {
    axis: { values: number[]; labelExpr: string };
    scale: { domain: number[] };
  };
  assert.deepEqual(x.scale.domain, [2025, 2028]);
  assert.deepEqual(x.axis.values, [2025.5, 2026.5, 2027.5]);
  assert.equal(x.axis.labelExpr, "'' + floor(datum.value)");
  const band = x.axis.values.find((v) => Math.floor(v) === Math.floor(at2025));
  assert.equal(band, 2025.5, "the label over 2025.5 reads 2025");
  assert.deepEqual(
    layer(spec, "year-boundaries")!.data!.values.map((v) => v.year),
    [2026, 2027],
  );
});

test("a low-confidence figure is drawn hollow and its tip says so; --log puts the value axis on a log scale", () => {
  const { spec } = timeline();
  const points = layer(spec, "facts")!.data!.values;
  const weak = points.find((p) => p.value === 9e11)!;
  assert.equal(weak.lowConfidence, true);
  assert.match(String(weak.tip), /low confidence \(0\.30\)/);
  assert.equal(points.find((p) => p.value === 3e11)!.lowConfidence, false);
  assert.deepEqual(layer(spec, "facts")!.encoding!.fillOpacity, {
    condition: { test: "datum.lowConfidence", value: 0 },
    value: 1,
  });
  const linear = layer(spec, "facts")!.encoding!.y as { scale?: unknown };
  assert.equal(linear.scale, undefined);
  const logY = layer(timeline(true).spec, "facts")!.encoding!.y as { scale?: { type: string } };
  assert.equal(logY.scale?.type, "log");
});

test("a running total since January is named beside the commitments chart, not drawn as the year's bar", () => {
  const sinceJanuary = makeClaim({
    id: "ytd",
    metric: "compute_commitment",
    value: 1e12,
    bound: "approx",
    period: { start: "2025-01", end: "2025-10" },
  });
  const whole = makeClaim({
    id: "y26",
    metric: "compute_commitment",
    counterparty: "Oracle",
    value: 6e10,
    period: year(2026),
  });
  const input = commitmentsFromReconciliation(reconcile([sinceJanuary, whole]), "OpenAI");
  assert.deepEqual(
    input.rows.map((r) => [r.year, r.amount]),
    [[2026, 6e10]],
  );
  assert.deepEqual(input.cumulative, [
    { counterparty: "—", periodLabel: "2025-01 → 2025-10", amount: 1e12, kind: "committed" },
  ]);
  const spec = buildCommitmentsSpec(input, { lang: "en" }) as unknown as {
    title: { subtitle: string[] };
    data: { values: { year: string }[] };
  };
  assert.ok(!spec.data.values.some((row) => row.year === "2025"));
  assert.match(
    spec.title.subtitle[0]!,
    /running total over part of a year, not drawn as that year's bar: — 1 tn \$ \(2025-01 → 2025-10, committed\)/,
  );
});

test("a tornado bar with no swing beside a rank correlation says why", () => {
  const spec = buildTornadoSpec(
    {
      target: "cash 2030",
      unit: "USD",
      base: -50e9,
      rows: [
        { input: "revenue", low: -90e9, high: -10e9, rankCorrelation: 0.8 },
        { input: "compute_by_2030", low: -50e9, high: -50e9, rankCorrelation: -0.38 },
        { input: "noise", low: -50e9, high: -50e9, rankCorrelation: 0.01 },
      ],
    },
    { lang: "en" },
  );
  const notes = layer(spec, "no-swing-notes")!.data!.values;
  assert.deepEqual(
    notes.map((n) => n.input),
    ["compute_by_2030"],
  );
  assert.match(String(notes[0]!.note), /rank correlation −0\.38: acts only through a threshold or a tail/);
  const none = buildTornadoSpec(
    { target: "t", unit: "USD", base: 1, rows: [{ input: "a", low: 0, high: 2, rankCorrelation: 0.5 }] },
    { lang: "en" },
  );
  assert.equal(layer(none, "no-swing-notes"), undefined);
});

test("the evidence highlights the figure, not the year before it", () => {
  const quote = "En 2025, OpenAI a réalisé 13 milliards de dollars de chiffre d'affaires";
  const range = figureRange(quote)!;
  assert.equal(quote.slice(range.start, range.end), "13 milliards de dollars");
  const bare = "In 2025 it had 800 employees";
  const plain = figureRange(bare)!;
  assert.equal(bare.slice(plain.start, plain.end), "800");
  assert.equal(figureRange("in 2025"), null);
});
