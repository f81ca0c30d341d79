import { closeSync, openSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { FrontierError } from "../../core/index.js";
import { formatIssue } from "../../model/messages.js";
import type { Program } from "../../model/program.js";
import { runScenario } from "../../model/runner.js";
import { exportColumns, type SampleFormat, sampleHeader, sampleRows } from "../../model/sample-export.js";
import { renderRunText } from "../../model/text.js";
import { type Command, type OptionValues, stringOption } from "../command.js";
import { runOptionsOf } from "./chart-model.js";
import { intOption, limitsOption, loadScenarios, MODEL_HELP, MODEL_OPTIONS } from "./model-shared.js";

export const modelRunCommand: Command = {
  name: "model run",
  summary:
    "run a scenario's Monte Carlo model, bound to the ledger by default: quantiles per period, event probabilities, each bound claim and why",
  usage:
    "<scenario.yaml> [--samples N] [--seed S] [--workers W] [--db PATH | --no-ledger] [--as-of DATE] [--json] [--samples-out FILE.csv|.jsonl --export a,b] [--queue [--chunks N] [--detach]]",
  help: {
    ...MODEL_HELP,
    "samples-out":
      "write every sample of the exported outputs to this file (.csv or .jsonl); runs in one thread",
    export:
      "outputs, scalars or events to write with --samples-out, comma-separated (default: outputs and scalars)",
    queue:
      "run on `worker` processes through the job queue (PostgreSQL ledger only): same seed, same result, bit for bit",
    chunks: "with --queue: chunks the run is cut into, each a job (default 4)",
    detach: "with --queue: print the run id and return at once",
  },
  options: {
    ...MODEL_OPTIONS,
    "samples-out": { type: "string" },
    export: { type: "string" },
    queue: { type: "boolean" },
    chunks: { type: "string" },
    detach: { type: "boolean" },
  },
  async run({ io, values, positionals }) {
    if (positionals.length !== 1) throw new FrontierError("usage", "expected one scenario file");
    const options = runOptionsOf(values);
    const { samples, seed } = options;
    const loaded = await loadScenarios(positionals, values, io);
    if (!loaded) return 1;
    const { prepared, ledger } = loaded;
    const { bundle } = prepared[0]!;
    if (values.queue === true) {
      if (stringOption(values, "samples-out") !== undefined)
        throw new FrontierError("usage", "--samples-out runs in this process: it cannot go with --queue");
      const { runThroughQueue, DEFAULT_CHUNKS } = await import("../queued-model-run.js");
      const chunks = intOption(values, "chunks", 1) ?? DEFAULT_CHUNKS;
      return runThroughQueue(bundle!, { samples, seed, chunks, text: prepared[0]!.text, ledger }, values, io);
    }
    if (values.chunks !== undefined || values.detach === true)
      throw new FrontierError("usage", "--chunks and --detach go with --queue");
    const sink = openSampleSink(values, prepared[0]!.program!, io.cwd);
    let outcome: Awaited<ReturnType<typeof runScenario>>;
    try {
      outcome = await runScenario(bundle!, {
        ...(sink ? { sampleSink: sink } : {}),
        ...options,
        limits: limitsOption(values),
        ...(prepared[0]!.source ? { source: prepared[0]!.source } : {}),
      });
    } finally {
      sink?.close();
    }
    if (!outcome.result) {
      for (const issue of outcome.issues) io.stderr(`${formatIssue(issue, prepared[0]!.text)}\n`);
      return 1;
    }
    io.stdout(
      values.json
        ? `${JSON.stringify({ ...outcome.result, ledger }, null, 2)}\n`
        : renderRunText(outcome.result, ledger),
    );
    return 0;
  },
};

/** --samples-out FILE [--export a,b]: a sink writing each block's rows as they are computed. */
function openSampleSink(values: OptionValues, program: Program, cwd: string) {
  const file = stringOption(values, "samples-out");
  const names = stringOption(values, "export");
  if (file === undefined) {
    if (names !== undefined)
      throw new FrontierError("usage", "--export needs --samples-out FILE.csv or FILE.jsonl");
    return null;
  }
  const format: SampleFormat | null = file.endsWith(".csv")
    ? "csv"
    : file.endsWith(".jsonl")
      ? "jsonl"
      : null;
  if (!format)
    throw new FrontierError(
      "usage",
      `--samples-out: expected a file ending in .csv or .jsonl, got '${file}'`,
    );
  const chosen = names
    ?.split(",")
    .map((n) => n.trim())
    .filter((n) => n !== "") ?? [...program.outputs, ...program.scalars.map((s) => s.name)];
  const found = exportColumns(program, chosen);
  if ("error" in found) throw new FrontierError("usage", found.error);
  const { columns } = found;
  let fd: number;
  try {
    fd = openSync(resolve(cwd, file), "w");
  } catch (error) {
    throw new FrontierError("io", `cannot write ${file}: ${(error as Error).message}`);
  }
  writeSync(fd, sampleHeader(columns, format));
  return {
    columns,
    write: (block: readonly Float64Array[], first: number, n: number) => {
      writeSync(fd, sampleRows(columns, block, first, n, format));
    },
    close: () => closeSync(fd),
  };
}
