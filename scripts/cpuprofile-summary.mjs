// Sums a V8 CPU profile (`node --cpu-prof`) by function and by file: self time, inclusive time, and
// the time of compiled patterns (frames named "RegExp: …") by pattern and by calling function.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/bench/extract.js --mb 0.2 --runs 6 --peer-runs 0
//   node scripts/cpuprofile-summary.mjs /tmp/prof/CPU.*.cpuprofile [--top 40] [--under settleEntity]
//
// `--under NAME` prints the calls made below every frame of function NAME, merged, as a tree.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: "string", default: "40" },
    under: { type: "string" },
    depth: { type: "string", default: "3" },
    min: { type: "string", default: "0.3" },
  },
});
const file = positionals[0];
if (!file) {
  console.error("usage: node scripts/cpuprofile-summary.mjs FILE.cpuprofile [--top N] [--under NAME]");
  process.exit(1);
}
const profile = JSON.parse(readFileSync(file, "utf8"));
const TOP = Number(values.top);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);

const selfTime = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i];
  selfTime.set(id, (selfTime.get(id) ?? 0) + dt);
  total += dt;
});
const pct = (t) => ((100 * t) / total).toFixed(1).padStart(5);
const fileOf = (frame) => frame.url.split("/").slice(-2).join("/");
const keyOf = (frame) => `${frame.functionName || "(anonymous)"} ${fileOf(frame)}:${frame.lineNumber + 1}`;

const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t);
const byFunction = new Map();
const byFile = new Map();
const inclusive = new Map();
const patterns = new Map();
const patternCallers = new Map();
for (const [id, t] of selfTime) {
  const frame = nodes.get(id).callFrame;
  add(byFunction, keyOf(frame), t);
  add(byFile, fileOf(frame) || frame.functionName, t);
  if (frame.functionName.startsWith("RegExp:")) {
    add(patterns, frame.functionName.slice(0, 160), t);
    add(patternCallers, keyOf(nodes.get(parentOf.get(id)).callFrame), t);
  }
  // A function counted once per sample, however deep it recurses.
  const seen = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const key = keyOf(nodes.get(at).callFrame);
    if (!seen.has(key)) {
      seen.add(key);
      add(inclusive, key, t);
    }
  }
}

function print(title, map, top) {
  console.log(`== ${title}`);
  for (const [key, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)} ${key}`);
}

if (values.under) printTree(values.under, Number(values.depth), Number(values.min));
else {
  print("self time by function (%)", byFunction, TOP);
  print("self time by file (%)", byFile, TOP);
  print("inclusive time by function (%)", inclusive, TOP);
  const patternTotal = [...patterns.values()].reduce((a, b) => a + b, 0);
  console.log(`== compiled patterns: ${pct(patternTotal).trim()} % of the time`);
  print("patterns by calling function (%)", patternCallers, 15);
  print("patterns (%)", patterns, 15);
}

/** The calls below every frame of function `name`, merged by function, to `depth` levels. */
function printTree(name, depth, minPercent) {
  const inclusiveOf = new Map();
  const timeOf = (id) => {
    let t = inclusiveOf.get(id);
    if (t === undefined) {
      t = (selfTime.get(id) ?? 0) + (nodes.get(id).children ?? []).reduce((sum, c) => sum + timeOf(c), 0);
      inclusiveOf.set(id, t);
    }
    return t;
  };
  const roots = profile.nodes.filter((n) => n.callFrame.functionName === name).map((n) => n.id);
  console.log(`${pct(roots.reduce((sum, id) => sum + timeOf(id), 0))} ${name}`);
  const walk = (ids, level, indent) => {
    if (level > depth) return;
    const own = ids.reduce((sum, id) => sum + (selfTime.get(id) ?? 0), 0);
    if ((100 * own) / total >= minPercent) console.log(`${indent}${pct(own)} (self)`);
    const children = new Map();
    for (const id of ids)
      for (const c of nodes.get(id).children ?? []) {
        const key = keyOf(nodes.get(c).callFrame);
        children.set(key, [...(children.get(key) ?? []), c]);
      }
    const ranked = [...children].map(([key, cs]) => [key, cs, cs.reduce((sum, c) => sum + timeOf(c), 0)]);
    for (const [key, cs, t] of ranked.sort((a, b) => b[2] - a[2])) {
      if ((100 * t) / total < minPercent) continue;
      console.log(`${indent}${pct(t)} ${key}`);
      walk(cs, level + 1, `${indent}  `);
    }
  };
  walk(roots, 1, "  ");
}
