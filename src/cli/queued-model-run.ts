import { FrontierError, type Issue } from "../core/index.js";
import { formatIssue } from "../model/messages.js";
import type { ScenarioBundle } from "../model/plan.js";
import { renderRunText } from "../model/text.js";
import type { RunResult } from "../model/types.js";
import { DEFAULT_RUN_CHUNKS, enqueueScenarioRun, runProgress } from "../queue/index.js";
import type { OptionValues } from "./command.js";
import { limitsOption } from "./commands/model-shared.js";
import type { CliIo } from "./io.js";
import { withLedger } from "./ledger-option.js";
import { pause, withQueue } from "./queue-option.js";

/** Chunks when --chunks is not given. */
export const DEFAULT_CHUNKS = DEFAULT_RUN_CHUNKS;

/**
 * `model run --queue`: the run cut into seeded chunks that `worker` processes reduce, merged in the
 * ledger into the result a local run with the same seed gives; followed until done, or its id
 * printed with --detach.
 */
export async function runThroughQueue(
  bundle: ScenarioBundle,
  run: {
    samples: number | undefined;
    seed: number | undefined;
    chunks: number;
    text: string;
    ledger: string;
  },
  values: OptionValues,
  io: CliIo,
): Promise<number> {
  return withQueue(values, io, "model run --queue", (queue) =>
    withLedger(values, io, async (store) => {
      const queued = await enqueueScenarioRun(queue, store, bundle, { ...run, limits: limitsOption(values) });
      if (queued.runId === null) return printIssues(queued.issues, run.text, io);
      const runId = queued.runId;
      if (values.detach === true) {
        io.stdout(`${values.json ? JSON.stringify({ run: runId }) : `queued model run ${runId}`}\n`);
        return 0;
      }
      let last = -1;
      for (;;) {
        const { run: record, failedJobs } = await runProgress(queue, store, runId);
        if (record.status === "done") {
          const result = record.result as RunResult;
          io.stdout(
            values.json
              ? `${JSON.stringify({ ...result, run: runId, ledger: run.ledger }, null, 2)}\n`
              : renderRunText(result, run.ledger),
          );
          return 0;
        }
        if (record.status === "failed") return printIssues(record.issues as Issue[], run.text, io);
        if (failedJobs.length > 0) {
          const message = failedJobs[0]!.output?.message;
          throw new FrontierError(
            "internal",
            `model run ${runId}: chunk job ${failedJobs[0]!.id} ${failedJobs[0]!.state}${typeof message === "string" ? `: ${message}` : ""}`,
          );
        }
        if (record.chunksStored !== last && !values.json)
          io.stderr(`model run ${runId}: ${record.chunksStored}/${record.chunkCount} chunks done\n`);
        last = record.chunksStored;
        await pause(300);
      }
    }),
  );
}

function printIssues(issues: readonly Issue[], text: string, io: CliIo): number {
  for (const issue of issues) io.stderr(`${formatIssue(issue, text)}\n`);
  return 1;
}
