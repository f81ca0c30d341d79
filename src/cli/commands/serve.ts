import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { FrontierError } from "../../core/index.js";
import {
  DEFAULT_HOST,
  DEFAULT_MAX_SAMPLES,
  DEFAULT_PORT,
  packageRoot,
  startServer,
} from "../../server/index.js";
import { type Command, LEDGER_HELP, stringOption } from "../command.js";
import { openLedgerFor } from "../ledger-option.js";
import { intOption } from "./model-shared.js";

/** Resolves once the process is asked to stop (Ctrl-C, SIGTERM). */
function untilStopped(): Promise<string> {
  return new Promise((resolvePromise) => {
    const stop = (signal: string) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      resolvePromise(signal);
    };
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    process.once("SIGINT", onInt);
    process.once("SIGTERM", onTerm);
  });
}

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the JSON API and the web dashboard over the ledger (loopback only by default)",
  usage: "[--db PATH] [--port N] [--host 127.0.0.1] [--scenarios DIR] [--max-samples N]",
  help: {
    db: LEDGER_HELP.db!,
    port: `TCP port (default ${DEFAULT_PORT}; 0 picks a free one)`,
    host: `interface to listen on (default ${DEFAULT_HOST}); anything else exposes the ledger and its review actions to the network`,
    scenarios: "folder POST /api/model/run reads scenarios from (default ./scenarios, else the shipped ones)",
    "max-samples": `upper bound on Monte Carlo samples per request (default ${DEFAULT_MAX_SAMPLES})`,
  },
  options: {
    db: { type: "string" },
    port: { type: "string" },
    host: { type: "string" },
    scenarios: { type: "string" },
    "max-samples": { type: "string" },
  },
  run: async ({ io, values, positionals }) => {
    if (positionals.length > 0) throw new FrontierError("usage", `unexpected argument '${positionals[0]}'`);
    const port = intOption(values, "port", 0) ?? DEFAULT_PORT;
    if (port > 65535)
      throw new FrontierError("usage", `--port expects a number from 0 to 65535, not ${port}`);
    const host = stringOption(values, "host") ?? DEFAULT_HOST;
    const maxSamples = intOption(values, "max-samples", 1) ?? DEFAULT_MAX_SAMPLES;
    const given = stringOption(values, "scenarios");
    const local = resolve(io.cwd, "scenarios");
    const scenariosDir =
      given !== undefined
        ? resolve(io.cwd, given)
        : existsSync(local)
          ? local
          : join(packageRoot(), "scenarios");
    const store = await openLedgerFor(values, io);
    try {
      const server = await startServer({
        store,
        host,
        port,
        scenariosDir,
        maxSamples,
        log: io.stderr,
      }).catch((error: Error) => {
        throw new FrontierError("io", `cannot listen on ${host}:${port}: ${error.message}`);
      });
      io.stdout(`frontier-ledger: dashboard and API on ${server.url}/ (Ctrl-C stops)\n`);
      await untilStopped();
      await server.close();
      io.stderr("stopped\n");
      return 0;
    } finally {
      await store.close();
    }
  },
};
