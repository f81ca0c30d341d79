import { FrontierError } from "../../core/index.js";
import { describeSources, type ExplainedDifference } from "../../reconcile/index.js";
import { readConflicts } from "../../use-cases/ledger-view.js";
import { AS_OF_HELP, AS_OF_OPTIONS, asOfOption } from "../as-of-option.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { renderTable } from "../table.js";

function who(fact: ExplainedDifference["a"]): string {
  return fact.counterparty ? `${fact.entity} → ${fact.counterparty}` : fact.entity;
}

export const conflictsCommand: Command = {
  name: "conflicts",
  summary: "figures that disagree with no explanation, with both sources; then the explained differences",
  usage: "[--as-of DATE] [--json] [--db PATH]",
  help: {
    ...AS_OF_HELP,
    ...LEDGER_HELP,
    json: "print { conflicts, explained, datesUncertain } as JSON",
  },
  options: { ...AS_OF_OPTIONS, ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    if (positionals.length > 0) throw new FrontierError("usage", `unexpected argument '${positionals[0]}'`);
    return withLedger(values, io, async (store) => {
      const { conflicts, explained, datesUncertain } = await readConflicts(store, asOfOption(values));
      if (booleanOption(values, "json")) {
        io.stdout(`${JSON.stringify({ conflicts, explained, datesUncertain }, null, 2)}\n`);
        return 0;
      }
      const out: string[] = [];
      out.push(
        `Conflicts (${conflicts.length}): same entity, metric, unit and period; values that cannot both hold`,
      );
      if (conflicts.length === 0) out.push("none\n");
      else
        out.push(
          renderTable(
            ["entity", "metric", "period", "value", "sources", "vs value", "sources", "gap"],
            conflicts.map((c) => [
              who(c.a),
              c.a.metric + (c.a.item ? ` [${c.a.item}]` : ""),
              c.a.periodLabel,
              c.a.display,
              describeSources(c.a),
              c.b.display,
              describeSources(c.b),
              c.gap === null ? "?" : `${Math.round(c.gap * 100)} %`,
            ]),
          ),
        );
      out.push(`Explained differences (${explained.length}): pairs that measure different things`);
      if (explained.length === 0) out.push("none\n");
      else
        out.push(
          renderTable(
            ["reason", "entity", "first", "second", "why"],
            explained.map((e) => [
              e.reason,
              who(e.a),
              `${e.a.metric} ${e.a.display} (${e.a.periodLabel})`,
              `${e.b.metric} ${e.b.display} (${e.b.periodLabel})`,
              e.text,
            ]),
          ),
        );
      if (datesUncertain.length > 0)
        out.push(
          `Dates uncertain (${datesUncertain.length}): would be revisions or conflicts, but rest on a date inferred from a year alone`,
          renderTable(
            ["would be", "entity", "first", "second", "documents with uncertain dates"],
            datesUncertain.map((u) => [
              u.would,
              who(u.a),
              `${u.a.metric} ${u.a.display} (${u.a.periodLabel})`,
              `${u.b.metric} ${u.b.display} (${u.b.periodLabel})`,
              u.documents.map((d) => `${d.title ?? d.documentId} (${d.reported ?? "no date"})`).join("; "),
            ]),
          ),
        );
      io.stdout(out.join("\n"));
      return 0;
    });
  },
};
