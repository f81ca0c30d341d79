import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { SingleBar } from "cli-progress";
import { FrontierError, LANGUAGES, type Language, printable } from "../../core/index.js";
import { type Manifest, parseManifest, SUPPORTED_EXTENSIONS } from "../../documents/index.js";
import type { FileOutcome, IngestOptions } from "../../pipeline.js";
import { summariseChanges } from "../../report/changes-text.js";
import { ingestWithChanges } from "../../use-cases/ingest.js";
import {
  booleanOption,
  type Command,
  LEDGER_HELP,
  LEDGER_OPTIONS,
  type OptionValues,
  stringOption,
} from "../command.js";
import type { CliIo } from "../io.js";
import { withLedger } from "../ledger-option.js";

/** More files than this get a progress bar (on a terminal, without --json). */
const PROGRESS_THRESHOLD = 5;

export const ingestCommand: Command = {
  name: "ingest",
  summary: "read documents, extract their claims and store both in the ledger",
  usage:
    "<files or folders…> [--manifest FILE] [--published YYYY-MM-DD] [--source URL] [--lang fr|en] [--max-bytes N] [--db PATH] [--queue [--detach]] [--json]",
  help: {
    manifest:
      "a JSON or CSV file giving per file: published, source, outlet, title, established (how the date was found)",
    published: "publication date of the documents (otherwise read from metadata or inferred)",
    source: "source URL to record instead of the file name",
    lang: "language of the documents: fr or en (otherwise detected)",
    "max-bytes": "refuse files larger than N bytes (default 5 MiB)",
    ...LEDGER_HELP,
    json: "print the per-file report as JSON",
    queue:
      "hand the documents to `worker` processes through the job queue (PostgreSQL ledger only) and follow them",
    detach: "with --queue: print the batch id and return at once",
  },
  options: {
    manifest: { type: "string" },
    published: { type: "string" },
    source: { type: "string" },
    lang: { type: "string" },
    "max-bytes": { type: "string" },
    queue: { type: "boolean" },
    detach: { type: "boolean" },
    ...LEDGER_OPTIONS,
  },
  run: async ({ io, values, positionals }) => {
    if (positionals.length === 0)
      throw new FrontierError("usage", "give at least one file or folder to ingest");
    const options = { ...ingestOptionsFrom(values), ...(await manifestOption(values, io)) };
    if (booleanOption(values, "queue"))
      return (await import("../queued-ingest.js")).ingestThroughQueue(
        positionals.map(String),
        options,
        values,
        io,
      );
    if (booleanOption(values, "detach")) throw new FrontierError("usage", "--detach goes with --queue");
    const json = booleanOption(values, "json");
    return withLedger(values, io, async (store) => {
      const progress = json || !io.isTTY ? null : progressBar(io);
      // While the bar redraws its line on stderr, per-file lines wait and print once it is cleared.
      const held: FileOutcome[] = [];
      const { report, changes } = await ingestWithChanges(store, positionals.map(String), {
        ...options,
        onProgress: ({ done, total, outcome }) => {
          if (progress && total > PROGRESS_THRESHOLD) {
            if (done === 1) progress.start(total, 0);
            progress.update(done);
            held.push(outcome);
          } else if (!json) printOutcome(io, outcome);
        },
      });
      progress?.stop();
      for (const outcome of held) printOutcome(io, outcome);
      if (report.stored + report.present + report.failed === 0)
        throw new FrontierError("invalid_input", noDocumentsFound(positionals.map(String)));
      if (json) io.stdout(`${JSON.stringify({ ...report, changes }, null, 2)}\n`);
      else
        io.stdout(
          `stored ${report.stored} document${report.stored === 1 ? "" : "s"} (${report.claims} claim${report.claims === 1 ? "" : "s"}), ${report.present} already present, ${report.failed} failed\n${changes ? `${summariseChanges(changes)}\n` : ""}`,
        );
      return report.failed > 0 ? 1 : 0;
    });
  },
};

async function manifestOption(values: OptionValues, io: CliIo): Promise<{ manifest?: Manifest }> {
  const path = stringOption(values, "manifest");
  if (path === undefined) return {};
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), "utf8");
  } catch (error) {
    throw new FrontierError(
      "usage",
      `--manifest ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const parsed = parseManifest(text, path);
  if (!parsed.ok) throw new FrontierError("usage", parsed.error);
  return { manifest: parsed.value };
}

function ingestOptionsFrom(values: Parameters<typeof stringOption>[0]): Omit<IngestOptions, "onProgress"> {
  const published = stringOption(values, "published");
  if (published !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(published))
    throw new FrontierError("usage", `--published expects a date YYYY-MM-DD, not '${published}'`);
  const lang = stringOption(values, "lang");
  if (lang !== undefined && !isLanguage(lang))
    throw new FrontierError("usage", `--lang expects fr or en, not '${lang}'`);
  const maxBytesText = stringOption(values, "max-bytes");
  if (maxBytesText !== undefined && !/^[1-9]\d*$/.test(maxBytesText))
    throw new FrontierError("usage", `--max-bytes expects a positive whole number, not '${maxBytesText}'`);
  const source = stringOption(values, "source");
  return {
    ...(published ? { published } : {}),
    ...(source ? { source } : {}),
    ...(lang && isLanguage(lang) ? { lang } : {}),
    ...(maxBytesText ? { maxBytes: Number(maxBytesText) } : {}),
  };
}

export function renderOutcome(outcome: FileOutcome): string {
  switch (outcome.status) {
    case "stored":
      return `${outcome.file}: stored ${outcome.claims} claim${outcome.claims === 1 ? "" : "s"} as document ${outcome.documentId}`;
    case "present":
      return `${outcome.file}: already in the ledger as document ${outcome.documentId}`;
    case "failed":
      return `error: ${outcome.issue.message.includes(outcome.file) ? "" : `${outcome.file}: `}${outcome.issue.message}`;
  }
}

function printOutcome(io: CliIo, outcome: FileOutcome): void {
  const line = printable(renderOutcome(outcome));
  (outcome.status === "failed" ? io.stderr : io.stdout)(`${line}\n`);
}

/** cli-progress over io.stderr: a stream-shaped adapter so the bar stays on standard error. */
function progressBar(io: CliIo): SingleBar {
  const stream = {
    isTTY: true,
    columns: 80,
    write: (text: string) => {
      io.stderr(text);
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return new SingleBar({
    stream,
    format: "ingesting [{bar}] {value}/{total} files",
    clearOnComplete: true,
    hideCursor: false,
  });
}

function noDocumentsFound(paths: string[]): string {
  return `no documents found in ${paths.join(", ")}: ingest reads ${SUPPORTED_EXTENSIONS.join(", ")} files`;
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
