import { readFileSync } from "node:fs";
import { parseScenario } from "./src/model/load.ts";
import { runScenario } from "./src/model/runner.ts";
const text = readFileSync("bench/reference-cash-model.yaml", "utf8");
const r = parseScenario(text, "x");
for (let k = 0; k < 3; k++) {
  const t0 = performance.now();
  await runScenario({ scenario: r.value!.scenario, bindings: {} }, { samples: 1_000_000, workers: 1 });
  console.log((performance.now() - t0).toFixed(0));
}
