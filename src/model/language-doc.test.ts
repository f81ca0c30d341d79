import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { projectRoot } from "../../test/support/paths.js";
import { FUNCTIONS } from "./functions.js";
import { scenarioLanguageDoc } from "./language-doc.js";

test("docs/scenario-language.md is the one generated from the function table (npm run docs:scenario)", () => {
  const committed = readFileSync(join(projectRoot(), "docs", "scenario-language.md"), "utf8");
  assert.equal(committed, scenarioLanguageDoc());
  for (const f of FUNCTIONS) assert.ok(committed.includes(`\`${f.name}(`), `${f.name} is documented`);
});
