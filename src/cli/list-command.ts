import { FrontierError } from "../core/index.js";
import type { LedgerStore } from "../ledger/index.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS } from "./command.js";
import { withLedger } from "./ledger-option.js";
import { renderTable } from "./table.js";

/** What a `… list` command of the ledger's records reads and how it prints one row. */
export interface ListCommandSpec<T> {
  name: string;
  summary: string;
  read: (store: LedgerStore) => Promise<T[]>;
  headers: readonly string[];
  row: (item: T) => string[];
  /** Printed instead of an empty table. */
  none?: string;
}

/** A command that lists records as a table, or as JSON with --json; it takes no argument. */
export function listCommand<T>(spec: ListCommandSpec<T>): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: "[--db PATH] [--json]",
    help: { ...LEDGER_HELP },
    options: { ...LEDGER_OPTIONS },
    run: async ({ io, values, positionals }) => {
      if (positionals.length > 0) throw new FrontierError("usage", `unexpected argument '${positionals[0]}'`);
      return withLedger(values, io, async (store) => {
        const items = await spec.read(store);
        if (booleanOption(values, "json")) io.stdout(`${JSON.stringify(items, null, 2)}\n`);
        else if (items.length === 0 && spec.none) io.stdout(`${spec.none}\n`);
        else io.stdout(renderTable(spec.headers, items.map(spec.row)));
        return 0;
      });
    },
  };
}
