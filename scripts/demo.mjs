// `npm run demo`: a fresh embedded ledger from the demo corpus, then the questions the tool answers.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const db = ".frontier-ledger/demo";
rmSync(db, { recursive: true, force: true });

const steps = [
  ["ingest", "corpus/demo"],
  ["documents", "list"],
  ["claims", "list", "--entity", "OpenAI"],
  ["timeline", "OpenAI", "compute_commitment"],
  ["conflicts"],
  ["check"],
  ["model", "run", "scenarios/openai-2026-revised.yaml", "--samples", "200000"],
  [
    "model",
    "compare",
    "scenarios/openai-2025-commitments.yaml",
    "scenarios/openai-2026-revised.yaml",
    "--samples",
    "200000",
  ],
  ["report", "scenarios/openai-2026-revised.yaml", "--out", ".frontier-ledger/demo-report.html"],
];

let failed = 0;
for (const args of steps) {
  const full = [...args, "--db", db];
  console.log(`\n$ frontier-ledger ${full.join(" ")}`);
  const result = spawnSync(process.execPath, ["dist/src/cli/main.js", ...full], { stdio: "inherit" });
  if (result.status !== 0) {
    failed += 1;
    console.error(`(exit code ${result.status})`);
  }
}
console.log(`\nDemo ledger: ${db}. Report: .frontier-ledger/demo-report.html`);
process.exit(failed === 0 ? 0 : 1);
