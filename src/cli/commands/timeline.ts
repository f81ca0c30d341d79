import { FrontierError, isMetric } from "../../core/index.js";
import { describeSources, type Fact, type Revision, type Series } from "../../reconcile/index.js";
import { readTimeline } from "../../use-cases/ledger-view.js";
import { AS_OF_HELP, AS_OF_OPTIONS, asOfOption } from "../as-of-option.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { renderTable } from "../table.js";

const LABELS: Record<string, string> = {
  commitment_vs_target: "commitment vs spending target",
  letter_of_intent_vs_deal: "letter of intent vs deal",
};

function change(revision: Revision): string {
  const parts = [
    revision.direction === "down" ? "downward" : revision.direction === "up" ? "upward" : revision.direction,
  ];
  if (typeof revision.delta?.relative === "number")
    parts.push(`${Math.round(revision.delta.relative * 100)} %`.replace(/^-/, "−"));
  parts.push(...revision.labels.map((l) => LABELS[l] ?? l));
  parts.push(revision.kind);
  return parts.join(", ");
}

function notes(fact: Fact, revisions: readonly Revision[]): string {
  const lines: string[] = [];
  for (const r of revisions) {
    if (r.from.id === fact.id)
      lines.push(
        `→ revised by ${r.to.display} ${r.to.metric} (${r.to.periodLabel}, ${r.to.firstReported ?? "undated"}; ${change(r)})`,
      );
    if (r.to.id === fact.id)
      lines.push(
        `← revises ${r.from.display} ${r.from.metric} (${r.from.periodLabel}, ${r.from.firstReported ?? "undated"}; ${change(r)})`,
      );
  }
  return lines.join("; ");
}

function renderSeries(series: Series, revisions: readonly Revision[]): string {
  const rows = series.facts.map((f) => [
    f.periodLabel,
    f.display,
    f.qualifiers.join("/"),
    [f.counterparty ? `→ ${f.counterparty}` : "", f.item ? `[${f.item}]` : ""].filter(Boolean).join(" ") ||
      "—",
    describeSources(f),
    notes(f, revisions),
  ]);
  const title = `${series.entity} · ${series.metric}`;
  return `${title}\n${renderTable(["period", "value", "qualifier", "party/item", "sources", "revisions"], rows)}`;
}

export const timelineCommand: Command = {
  name: "timeline",
  summary: "the figures reported about an entity, by period then report date, with sources and revisions",
  usage: "<entity> [metric] [--as-of DATE] [--json] [--db PATH]",
  help: {
    ...AS_OF_HELP,
    ...LEDGER_HELP,
    json: "print the series and their revisions as JSON",
  },
  options: { ...AS_OF_OPTIONS, ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    const [entity, metric, ...extra] = positionals;
    if (!entity) throw new FrontierError("usage", "give an entity, e.g. 'frontier-ledger timeline OpenAI'");
    if (extra.length > 0) throw new FrontierError("usage", `unexpected argument '${extra[0]}'`);
    if (metric !== undefined && !isMetric(metric))
      throw new FrontierError("usage", `unknown metric '${metric}' (CLAIMS.md §2 lists them)`);
    return withLedger(values, io, async (store) => {
      const timeline = await readTimeline(store, { entity, metric, asOf: asOfOption(values) });
      if (booleanOption(values, "json")) io.stdout(`${JSON.stringify(timeline, null, 2)}\n`);
      else io.stdout(timeline.series.map((s) => renderSeries(s, timeline.revisions)).join("\n"));
      return 0;
    });
  },
};
