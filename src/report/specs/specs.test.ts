import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { TopLevelSpec } from "vega-lite";
import {
  COMMITMENTS,
  COMPARISON,
  FAN,
  HISTOGRAM,
  TIMELINE,
  TORNADO,
} from "../../../test/fixtures/report-inputs.js";
import { projectRoot } from "../../../test/support/paths.js";
import { buildCommitmentsSpec } from "./commitments.js";
import { buildComparisonFanSpec, buildFanSpec } from "./fan.js";
import { binSamples, buildEventHistogramSpec } from "./histogram.js";
import { buildClaimTimelineSpec } from "./timeline.js";
import { buildTornadoSpec } from "./tornado.js";

/**
 * Chart specs are reviewed like code: each is compared with a committed JSON snapshot. After an
 * intended change, regenerate with UPDATE_SNAPSHOTS=1 and review the diff.
 */
const SNAPSHOTS = join(projectRoot(), "src", "report", "__snapshots__");
const update = process.env.UPDATE_SNAPSHOTS === "1";

function matchesSnapshot(name: string, spec: TopLevelSpec): void {
  const path = join(SNAPSHOTS, `${name}.vl.json`);
  const actual = `${JSON.stringify(spec, null, 2)}\n`;
  if (update) writeFileSync(path, actual);
  assert.ok(existsSync(path), `snapshot ${name}.vl.json missing: run with UPDATE_SNAPSHOTS=1 and review it`);
  assert.equal(actual, readFileSync(path, "utf8"), `spec ${name} differs from its snapshot`);
}

const CASES: Array<[string, () => TopLevelSpec]> = [
  ["fan-en", () => buildFanSpec(FAN, { lang: "en" })],
  ["fan-fr", () => buildFanSpec(FAN, { lang: "fr", title: "Chiffre d'affaires" })],
  ["timeline-en", () => buildClaimTimelineSpec(TIMELINE, { lang: "en" })],
  ["commitments-en", () => buildCommitmentsSpec(COMMITMENTS, { lang: "en" })],
  ["tornado-en", () => buildTornadoSpec(TORNADO, { lang: "en" })],
  ["histogram-fr", () => buildEventHistogramSpec(HISTOGRAM, { lang: "fr" })],
  ["comparison-en", () => buildComparisonFanSpec(COMPARISON, { lang: "en" })],
];

for (const [name, build] of CASES) {
  test(`chart spec ${name} matches its snapshot`, () => matchesSnapshot(name, build()));
}

test("specs are pure: the same input gives the same spec, and the input is not mutated", () => {
  const before = JSON.stringify(TORNADO);
  assert.deepEqual(buildTornadoSpec(TORNADO, { lang: "en" }), buildTornadoSpec(TORNADO, { lang: "en" }));
  assert.equal(JSON.stringify(TORNADO), before);
});

test("binSamples puts the threshold on a bin edge and keeps every finite sample", () => {
  const values = new Float64Array([-3, -2.5, -0.1, 0, 0.2, 1, 4, 7, Number.NaN]);
  const bins = binSamples(values, { bins: 5, threshold: 0 });
  assert.equal(
    bins.reduce((sum, bin) => sum + bin.count, 0),
    8,
  );
  assert.ok(bins.some((bin) => Math.abs(bin.x0) < 1e-9 || Math.abs(bin.x1) < 1e-9));
  for (const bin of bins)
    assert.ok(bin.x1 <= 0 + 1e-9 || bin.x0 >= -1e-9, `bin ${bin.x0}..${bin.x1} straddles 0`);
  assert.ok(bins[0]!.x0 <= -3 && bins.at(-1)!.x1 > 7);
});

test("the timeline has one revision datum per revision whose ends are known", () => {
  const spec = buildClaimTimelineSpec(
    { ...TIMELINE, revisions: [...TIMELINE.revisions, { from: "a", to: "missing", kind: "revision" }] },
    { lang: "en" },
  ) as { layer: Array<{ name: string; data: { values: unknown[] } }> };
  assert.equal(spec.layer.find((layer) => layer.name === "revisions")?.data.values.length, 2);
});
