// `npm run bench`: every benchmark, one after the other, each in its own process.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
let failed = 0;
for (const name of ["ingest", "extract", "linearity", "model", "model-property", "cli", "api", "graph"]) {
  console.log(`\n=== bench:${name}`);
  const result = spawnSync(process.execPath, [join(here, `${name}.js`)], { stdio: "inherit" });
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
