/**
 * CLI start-up. Builds a small embedded ledger (the demo corpus, 6 documents), then times, in
 * fresh processes, `node -e 0` (the baseline), `frontier-ledger --help` and two ledger reads
 * (`documents list`, `claims list --limit 20`): the median of 5 runs each, its ratio to the
 * baseline's median in the same run, and the peak resident memory (Linux /usr/bin/time, when present).
 *
 *   npm run bench:cli [-- --runs 5]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { packageRoot } from "../src/server/index.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const RUNS = Number(values.runs);
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const cli = join(packageRoot(), "dist", "src", "cli", "main.js");

interface Measure {
  seconds: number;
  peakKb: number | null;
}

function once(args: string[]): Measure {
  const started = process.hrtime.bigint();
  const result = TIME
    ? spawnSync(TIME, ["-f", "%M", process.execPath, ...args], { encoding: "utf8" })
    : spawnSync(process.execPath, args, { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  const peak = TIME ? Number(result.stderr.trim().split("\n").at(-1)) : Number.NaN;
  return { seconds, peakKb: Number.isFinite(peak) ? peak : null };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(args: string[]): { seconds: number; peakMb: number | null } {
  const runs = Array.from({ length: RUNS }, () => once(args));
  const peaks = runs.flatMap((r) => (r.peakKb === null ? [] : [r.peakKb]));
  return {
    seconds: median(runs.map((r) => r.seconds)),
    peakMb: peaks.length > 0 ? Math.max(...peaks) / 1024 : null,
  };
}

const dir = mkdtempSync(join(tmpdir(), "fl-bench-cli-"));
try {
  const db = join(dir, "db");
  const ingest = spawnSync(
    process.execPath,
    [cli, "ingest", join(packageRoot(), "corpus", "demo"), "--db", db],
    {
      encoding: "utf8",
    },
  );
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
  const cases: [string, string[]][] = [
    ["node -e 0 (baseline)", ["-e", "0"]],
    ["frontier-ledger --help", [cli, "--help"]],
    ["documents list (6 documents)", [cli, "documents", "list", "--db", db]],
    ["claims list --limit 20", [cli, "claims", "list", "--limit", "20", "--db", db]],
  ];
  const results = cases.map(([name, args]) => ({ name, ...measure(args) }));
  const baseline = results[0]!.seconds;
  console.log(`medians of ${RUNS} runs, fresh processes`);
  console.log("command                          median s   × node -e 0   peak RSS MB");
  for (const r of results)
    console.log(
      `${r.name.padEnd(32)} ${r.seconds.toFixed(3).padStart(8)} ${(r.seconds / baseline).toFixed(1).padStart(12)} ${r.peakMb === null ? "n/a" : r.peakMb.toFixed(0).padStart(13)}`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
