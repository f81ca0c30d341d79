// Writes scenarios/scenario.schema.json from the zod schema (run `npm run build` first).
import { writeFileSync } from "node:fs";
import { scenarioJsonSchema } from "../dist/src/model/schema.js";

const target = new URL("../scenarios/scenario.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
