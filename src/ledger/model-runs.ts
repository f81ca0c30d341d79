import { FrontierError } from "../core/index.js";
import { ledgerMessages } from "./messages.js";
import type { ModelRunRecord, ModelRunStore } from "./port.js";
import type { SqlClient, SqlExecutor } from "./sql-client.js";

interface RunRow {
  id: string;
  spec: string;
  chunk_count: number;
  status: ModelRunRecord["status"];
  result: unknown;
  issues: unknown[];
  chunks_stored: number;
  created_at: Date | string;
  finished_at: Date | string | null;
}

const RUN_SELECT = `SELECT r.*, (SELECT count(*)::int FROM model_run_chunks k WHERE k.run_id = r.id) AS chunks_stored
  FROM model_runs r WHERE r.id = $1`;

function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

function recordFromRow(row: RunRow): ModelRunRecord {
  return {
    id: row.id,
    spec: row.spec,
    chunkCount: row.chunk_count,
    status: row.status,
    result: row.result ?? null,
    issues: row.issues ?? [],
    chunksStored: row.chunks_stored,
    createdAt: iso(row.created_at),
    finishedAt: row.finished_at === null ? null : iso(row.finished_at),
  };
}

async function readRun(db: SqlExecutor, id: string): Promise<ModelRunRecord | null> {
  const { rows } = await db.query<RunRow>(RUN_SELECT, [id]);
  return rows[0] ? recordFromRow(rows[0]) : null;
}

/** The ModelRunStore half of the ledger, over the same SqlClient as the rest. */
export function modelRunStore(client: SqlClient): ModelRunStore {
  return {
    async createModelRun(run) {
      await client.query(
        "INSERT INTO model_runs (id, spec, chunk_count) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING",
        [run.id, run.spec, run.chunkCount],
      );
    },
    async storeModelRunChunk(runId, chunk, state) {
      const { rows } = await client.query<{ chunk_count: number }>(
        "SELECT chunk_count FROM model_runs WHERE id = $1",
        [runId],
      );
      if (!rows[0]) throw new FrontierError("not_found", ledgerMessages.modelRunNotFound(runId));
      if (!Number.isInteger(chunk) || chunk < 0 || chunk >= rows[0].chunk_count)
        throw new FrontierError(
          "invalid_input",
          `model run ${runId} has chunks 0 to ${rows[0].chunk_count - 1}, not ${chunk}`,
        );
      await client.query(
        "INSERT INTO model_run_chunks (run_id, chunk, state) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        [runId, chunk, state],
      );
    },
    settleModelRun: (runId, merge) =>
      client.transaction(async (tx) => {
        // The lock first, then the read: a statement that waited for a lock still sees the chunks as
        // they were when it began, so the read comes after, in a statement of its own.
        await tx.query("SELECT 1 FROM model_runs WHERE id = $1 FOR UPDATE", [runId]);
        const run = await readRun(tx, runId);
        if (!run) throw new FrontierError("not_found", ledgerMessages.modelRunNotFound(runId));
        if (run.status !== "running" || run.chunksStored < run.chunkCount) return run;
        const { rows } = await tx.query<{ state: string }>(
          "SELECT state FROM model_run_chunks WHERE run_id = $1 ORDER BY chunk",
          [runId],
        );
        const settled = await merge(rows.map((r) => r.state));
        await tx.query(
          `UPDATE model_runs SET status = $2, result = $3::jsonb, issues = $4::jsonb, finished_at = now()
           WHERE id = $1`,
          [runId, settled.status, JSON.stringify(settled.result ?? null), JSON.stringify(settled.issues)],
        );
        await tx.query("DELETE FROM model_run_chunks WHERE run_id = $1", [runId]);
        return (await readRun(tx, runId))!;
      }),
    getModelRun: (id) => readRun(client, id),
  };
}
