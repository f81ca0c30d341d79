import { readFileSync } from "node:fs";
import { parseScenario } from "./src/model/load.ts";
import { runScenario } from "./src/model/runner.ts";
import { formatIssue } from "./src/model/messages.ts";
const text = readFileSync("bench/reference-cash-model.yaml", "utf8");
const r = parseScenario(text, "bench/reference-cash-model.yaml");
for (const i of r.issues) console.log(formatIssue(i, text));
if (r.value) {
  for (const w of [1, 2, 4]) {
  const t0 = performance.now();
  const out = await runScenario({ scenario: r.value.scenario, bindings: {} }, { samples: 1_000_000, workers: w });
  for (const i of out.issues) console.log(formatIssue(i, text));
  console.log(w, (performance.now() - t0).toFixed(0), "ms", JSON.stringify(out.result?.scalars), JSON.stringify(out.result?.events));
  }
}
