import fc from "fast-check";
import { FUNCTIONS } from "../src/model/functions.js";
import { firstDisagreement } from "../test/support/differential.js";
import { randomScenario } from "../test/support/random-scenario.js";

/**
 * The differential property of src/model/reference.test.ts (compiled engine = reference evaluator
 * on every sample, 1e-12 relative), run longer: `npm run bench:model-property [cases] [seed]`.
 */

const cases = Number(process.argv[2] ?? 5000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const used = new Map<string, number>();
const started = performance.now();
fc.assert(
  fc.property(fc.array(fc.noBias(fc.nat()), { minLength: 300, maxLength: 300 }), (choices) => {
    const text = randomScenario(choices);
    for (const f of FUNCTIONS) if (text.includes(`${f.name}(`)) used.set(f.name, (used.get(f.name) ?? 0) + 1);
    const disagreement = firstDisagreement(text);
    if (disagreement !== null) throw new Error(`${disagreement}\n${text}`);
  }),
  { seed, numRuns: cases },
);
const seconds = (performance.now() - started) / 1000;
console.log(
  `differential property: ${cases} random scenarios (seed ${seed}) agree with the reference in ${seconds.toFixed(1)} s`,
);
console.log(
  `scenarios using each function: ${FUNCTIONS.map((f) => `${f.name} ${used.get(f.name) ?? 0}`).join(", ")}`,
);
