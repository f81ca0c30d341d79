import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { FrontierError } from "../../core/index.js";
import { parseManifest } from "../../documents/index.js";
import { summariseChanges } from "../../report/changes-text.js";
import { watchFolder } from "../../use-cases/ingest.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS, stringOption } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { renderOutcome } from "./ingest.js";

export const watchCommand: Command = {
  name: "watch",
  summary: "ingest the files of a folder as they appear and print what each changed; Ctrl-C stops cleanly",
  usage: "<folder> [--manifest FILE] [--json] [--db PATH]",
  help: {
    manifest: "a JSON or CSV manifest giving dates, sources, outlets and titles by file name",
    ...LEDGER_HELP,
    json: "print one JSON line per file: { outcome, changes }",
  },
  options: { manifest: { type: "string" }, ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    const [folder, ...extra] = positionals;
    if (!folder) throw new FrontierError("usage", "give the folder to watch");
    if (extra.length > 0) throw new FrontierError("usage", `unexpected argument '${extra[0]}'`);
    const manifestPath = stringOption(values, "manifest");
    let manifest: ReturnType<typeof parseManifest> | null = null;
    if (manifestPath !== undefined) {
      manifest = parseManifest(await readFile(resolve(io.cwd, manifestPath), "utf8"), manifestPath);
      if (!manifest.ok) throw new FrontierError("usage", manifest.error);
    }
    const json = booleanOption(values, "json");
    return withLedger(values, io, async (store) => {
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        await watchFolder(
          store,
          resolve(io.cwd, folder),
          manifest?.ok ? { manifest: manifest.value } : {},
          {
            onReady: () => io.stderr(`watching ${folder} (Ctrl-C to stop)\n`),
            onFile: (outcome, changes) => {
              if (json) io.stdout(`${JSON.stringify({ outcome, changes })}\n`);
              else if (outcome.status === "failed") io.stderr(`${renderOutcome(outcome)}\n`);
              else io.stdout(`${renderOutcome(outcome)}\n${changes ? `${summariseChanges(changes)}\n` : ""}`);
            },
          },
          stop.signal,
        );
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
      io.stderr("stopped: every file read so far is stored\n");
      return 0;
    });
  },
};
