// `npm run docs:scenario`: writes docs/scenario-language.md and scenarios/scenario.schema.json from
// the engine's function table and the scenario schema (run after `npm run build`).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { scenarioLanguageDoc } from "../dist/src/model/language-doc.js";
import { scenarioJsonSchema } from "../dist/src/model/schema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
writeFileSync(join(root, "docs", "scenario-language.md"), scenarioLanguageDoc());
writeFileSync(
  join(root, "scenarios", "scenario.schema.json"),
  `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
);
console.log("wrote docs/scenario-language.md and scenarios/scenario.schema.json");
