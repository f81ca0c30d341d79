import { FrontierError } from "../core/index.js";
import { ledgerMessages } from "./messages.js";
import type { LedgerStore } from "./port.js";
import {
  decodeWire,
  encodeWire,
  LEDGER_KEY_HEADER,
  LEDGER_PORT_PATH,
  REMOTE_PORT_METHODS,
  type RemotePortMethod,
} from "./port-wire.js";
import type { ServeEndpoint } from "./serve-endpoint.js";

async function noRunsHere(): Promise<never> {
  throw new FrontierError("unavailable", ledgerMessages.runsNeedPostgres());
}

/**
 * The ledger of a PGlite folder that a running `serve` holds, reached through that server: every
 * port call is forwarded to the server's own store, so it runs there as the one transaction it is
 * in-process, and the dashboard sees it at once. Nothing to migrate (the server did) or close.
 */
export function openRemoteLedger(endpoint: ServeEndpoint): LedgerStore {
  const call = async (method: RemotePortMethod, args: unknown[]): Promise<unknown> => {
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    let response: Response;
    try {
      response = await fetch(`${endpoint.url}${LEDGER_PORT_PATH}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json", [LEDGER_KEY_HEADER]: endpoint.key },
        body: encodeWire(args),
      });
    } catch (error) {
      throw new FrontierError(
        "storage",
        ledgerMessages.serveUnreachable(endpoint.url, (error as Error).cause ?? error),
      );
    }
    const body = decodeWire(await response.text()) as {
      value?: unknown;
      error?: { code: FrontierError["code"]; message: string; details?: unknown };
    };
    if (body.error) throw new FrontierError(body.error.code, body.error.message, body.error.details);
    return body.value;
  };
  const methods = Object.fromEntries(
    REMOTE_PORT_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  );
  return {
    ...(methods as Pick<LedgerStore, RemotePortMethod>),
    kind: "pglite",
    migrate: async () => [],
    pendingMigrations: async () => [],
    close: async () => undefined,
    // Model runs in chunks belong to the job queue, which needs a PostgreSQL ledger.
    createModelRun: noRunsHere,
    storeModelRunChunk: noRunsHere,
    settleModelRun: noRunsHere,
    getModelRun: noRunsHere,
  };
}
