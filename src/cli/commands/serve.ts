import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { FrontierError } from "../../core/index.js";
import { publishServeEndpoint } from "../../ledger/index.js";
import {
  createLogger,
  DEFAULT_HOST,
  DEFAULT_MAX_SAMPLES,
  DEFAULT_PORT,
  DEFAULT_WRITE_RATE,
  isLoopbackHost,
  LOG_LEVELS,
  type LogLevel,
  packageRoot,
  type RunningServer,
  startServer,
} from "../../server/index.js";
import { booleanOption, type Command, LEDGER_HELP, type OptionValues, stringOption } from "../command.js";
import type { CliIo } from "../io.js";
import { ledgerTarget, openLedgerFor } from "../ledger-option.js";
import { queueDatabaseUrl } from "../queue-option.js";
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

/** Team-mode settings: sign-in, CORS, write rate and log level. */
function teamOptions(values: OptionValues, io: CliIo) {
  const level = stringOption(values, "log-level") ?? "info";
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new FrontierError("usage", `--log-level expects one of ${LOG_LEVELS.join(", ")}, not '${level}'`);
  const perMinute = intOption(values, "write-rate", 1) ?? DEFAULT_WRITE_RATE.perMinute;
  const origins = (stringOption(values, "cors-origin") ?? "").split(",").map((origin) => origin.trim());
  for (const origin of origins.filter(Boolean))
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      throw new FrontierError(
        "usage",
        `--cors-origin expects origins like https://example.org, not '${origin}'`,
      );
  return {
    forceAuth: booleanOption(values, "auth"),
    corsOrigins: origins.filter(Boolean),
    writeRate: { burst: perMinute, perMinute },
    logger: createLogger(level as LogLevel, { write: (line: string) => io.stderr(line) }),
  };
}

/** The URL a CLI on this machine reaches the server at. */
function localUrl(server: RunningServer): string {
  if (server.host === "0.0.0.0") return `http://127.0.0.1:${server.port}`;
  if (server.host === "::") return `http://[::1]:${server.port}`;
  return server.url;
}

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the JSON API and the web dashboard over the ledger (loopback only by default)",
  usage:
    "[--db PATH] [--port N] [--host 127.0.0.1] [--scenarios DIR] [--max-samples N] [--auth] [--cors-origin LIST] [--write-rate N] [--log-level info] [--queue]",
  help: {
    db: LEDGER_HELP.db!,
    port: `TCP port (default ${DEFAULT_PORT}; 0 picks a free one)`,
    host: `interface to listen on (default ${DEFAULT_HOST}); anything else exposes the ledger and its review actions to the network`,
    scenarios: "folder POST /api/model/run reads scenarios from (default ./scenarios, else the shipped ones)",
    "max-samples": `upper bound on Monte Carlo samples per request (default ${DEFAULT_MAX_SAMPLES})`,
    auth: "require a bearer token for writes even on loopback (always required off loopback or on PostgreSQL)",
    "cors-origin": "comma-separated origins whose pages may call the API (default none)",
    "write-rate": `write requests per minute per caller (default ${DEFAULT_WRITE_RATE.perMinute})`,
    "log-level": `JSON request log level on stderr: ${LOG_LEVELS.join(", ")} (default info)`,
    queue:
      "PostgreSQL ledger: POST /api/model/run enqueues chunk jobs for `worker` processes and answers 202 with the run's id; GET /api/model/runs/ID follows it",
  },
  options: {
    db: { type: "string" },
    port: { type: "string" },
    host: { type: "string" },
    scenarios: { type: "string" },
    "max-samples": { type: "string" },
    auth: { type: "boolean" },
    "cors-origin": { type: "string" },
    "write-rate": { type: "string" },
    "log-level": { type: "string" },
    queue: { type: "boolean" },
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
    const { forceAuth, logger, ...team } = teamOptions(values, io);
    const queueUrl = booleanOption(values, "queue") ? queueDatabaseUrl(values, io, "serve --queue") : null;
    const target = ledgerTarget(values, io);
    const store = await openLedgerFor(values, io, { ...target, viaServe: false, keepPages: true });
    const onFolder = store.kind === "pglite" && !target.dataDir.startsWith("memory://");
    const ledgerKey = onFolder ? randomBytes(32).toString("base64url") : undefined;
    const auth = forceAuth || store.kind === "postgres" || !isLoopbackHost(host);
    // Loaded on use: a server without a queue does not load pg-boss.
    const queue = queueUrl
      ? await (await import("../../queue/index.js"))
          .openJobQueue({ databaseUrl: queueUrl })
          .catch(async (error) => {
            await store.close();
            throw error;
          })
      : null;
    try {
      const server = await startServer({
        store,
        host,
        port,
        scenariosDir,
        maxSamples,
        auth,
        logger,
        ...team,
        ...(ledgerKey ? { ledgerKey } : {}),
        ...(queue ? { queue } : {}),
        log: (text) => logger.error(text.trimEnd()),
      }).catch((error: Error) => {
        throw new FrontierError("io", `cannot listen on ${host}:${port}: ${error.message}`);
      });
      const unpublish = ledgerKey
        ? publishServeEndpoint(target.dataDir, { url: localUrl(server), key: ledgerKey })
        : () => undefined;
      io.stdout(`frontier-ledger: dashboard and API on ${server.url}/ (Ctrl-C stops)\n`);
      if (auth)
        io.stdout(
          "frontier-ledger: writes need a sign-in (Authorization: Bearer <token>); make one with 'users add NAME --role reviewer' and 'tokens create NAME'\n",
        );
      await untilStopped();
      unpublish();
      await server.close();
      io.stderr("stopped\n");
      return 0;
    } finally {
      await queue?.close();
      await store.close();
    }
  },
};
