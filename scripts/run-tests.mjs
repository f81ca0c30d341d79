// Runs every compiled *.test.js under dist/ with Node's test runner.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

function findTests(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(path));
    else if (entry.name.endsWith(".test.js")) found.push(path);
  }
  return found;
}

const filter = process.argv.slice(2);
// A compiled test whose source was deleted (tsc leaves its output behind) is not run.
const hasSource = (file) => existsSync(file.replace(/^dist[\\/]/, "").replace(/\.js$/, ".ts"));
const files = findTests("dist")
  .filter(hasSource)
  .filter((f) => filter.length === 0 || filter.some((part) => f.includes(part)))
  .sort();
if (files.length === 0) {
  console.error("no test files found under dist/ (run npm run build first)");
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--test", "--test-concurrency=2", ...files], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
