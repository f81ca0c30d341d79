import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { FrontierError } from "../core/index.js";
import { enqueueImport, enqueueReport, type ImportJob } from "../queue/index.js";
import type { ImportReport, ImportRequest } from "../use-cases/import.js";
import type { OptionValues } from "./command.js";
import type { CliIo } from "./io.js";
import { followJob, withQueue } from "./queue-option.js";

/**
 * `import --queue` and `report --queue`: one job each, carrying all a worker on another machine
 * needs (the table and mapping texts, the scenario's text), followed until it ends, or its id
 * printed with --detach.
 */

function detached(id: string, values: OptionValues, io: CliIo): null {
  io.stdout(
    `${values.json ? JSON.stringify({ job: id }) : `queued job ${id}; follow with \`jobs show ${id}\``}\n`,
  );
  return null;
}

/** The import's outcome as the worker recorded it; null once detached. */
export async function importThroughQueue(
  request: ImportRequest,
  values: OptionValues,
  io: CliIo,
): Promise<Omit<ImportReport, "changes" | "claimIds"> | null> {
  const job: ImportJob = {
    file: request.table.file,
    csv: request.table.text,
    mappingFile: request.mapping.file,
    mapping: request.mapping.text,
    published: request.published,
  };
  return withQueue(values, io, "import --queue", async (queue) => {
    const id = await enqueueImport(queue, job);
    if (values.detach === true) return detached(id, values, io);
    return (await followJob(queue, id, io, values.json === true)) as unknown as Omit<
      ImportReport,
      "changes" | "claimIds"
    >;
  });
}

/** Renders the report on a worker and writes its HTML to `out`. */
export async function renderThroughQueue(
  report: {
    scenario: string;
    lang: "en" | "fr";
    entity: string | undefined;
    asOf: string | null;
    since: string | null;
    samples?: number;
    seed?: number;
  },
  out: string,
  values: OptionValues,
  io: CliIo,
): Promise<number> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, report.scenario), "utf8");
  } catch (error) {
    throw new FrontierError(
      "not_found",
      `cannot read scenario ${report.scenario}: ${(error as Error).message}`,
    );
  }
  const { scenario, entity, ...rest } = report;
  return withQueue(values, io, "report --queue", async (queue) => {
    const id = await enqueueReport(queue, {
      ...rest,
      ...(entity !== undefined ? { entity } : {}),
      scenario: { text, shown: scenario },
    });
    if (values.detach === true) return detached(id, values, io) ?? 0;
    const output = await followJob(queue, id, io, values.json === true);
    await writeFile(out, String(output.html));
    for (const warning of (output.warnings as string[] | undefined) ?? []) io.stderr(`${warning}\n`);
    if (values.json === true) io.stdout(`${JSON.stringify({ written: [out], job: id }, null, 2)}\n`);
    else io.stderr(`wrote ${out}\n`);
    return 0;
  });
}
