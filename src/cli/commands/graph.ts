import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { FrontierError } from "../../core/index.js";
import { type DealGraph, type DealGraphOptions, renderDot, showShare } from "../../graph/index.js";
import { readDealGraph } from "../../report/deal-graph-data.js";
import { renderChart } from "../../report/render.js";
import { buildDealGraphSpec } from "../../report/specs/deal-graph.js";
import { scenarioRevenue } from "../../use-cases/scenarios.js";
import { AS_OF_HELP, AS_OF_OPTIONS, asOfOption } from "../as-of-option.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS, stringOption } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { renderTable } from "../table.js";
import { runOptionsOf } from "./chart-model.js";

const FORMATS = ["dot", "svg", "png", "vl.json"] as const;
type GraphFormat = (typeof FORMATS)[number];

function graphOptions(values: Record<string, unknown>): DealGraphOptions {
  const asOf = asOfOption(values as never) ?? undefined;
  const entity = stringOption(values as never, "entity");
  const loopLength = stringOption(values as never, "max-loop-length");
  const maxLoopLength = loopLength === undefined ? undefined : Number(loopLength);
  if (
    maxLoopLength !== undefined &&
    !(Number.isInteger(maxLoopLength) && maxLoopLength >= 2 && maxLoopLength <= 8)
  )
    throw new FrontierError(
      "usage",
      `--max-loop-length expects a whole number from 2 to 8, not '${loopLength}'`,
    );
  return {
    ...(asOf === undefined ? {} : { asOf }),
    ...(entity === undefined ? {} : { entity }),
    ...(maxLoopLength === undefined ? {} : { maxLoopLength }),
    reviewedOnly: booleanOption(values as never, "reviewed"),
  };
}

function formatOf(value: string | undefined, out: string | undefined): GraphFormat | null {
  const format =
    value ??
    (out === undefined
      ? undefined
      : out.endsWith(".vl.json")
        ? "vl.json"
        : out.endsWith(".dot")
          ? "dot"
          : out.endsWith(".png")
            ? "png"
            : "svg");
  if (format === undefined) return null;
  if (!(FORMATS as readonly string[]).includes(format))
    throw new FrontierError("usage", `--format expects one of ${FORMATS.join(", ")}, not '${format}'`);
  return format as GraphFormat;
}

const dateText = (e: DealGraph["edges"][number]) =>
  [e.dates.effective ?? e.dates.announced ?? "?", e.dates.delivery ? `→ ${e.dates.delivery}` : ""]
    .join(" ")
    .trim();

const termsText = (e: DealGraph["edges"][number]) =>
  [
    e.terms.binding === true ? "binding" : e.terms.binding === false ? "non-binding" : "",
    e.terms.cancellable ? "cancellable" : "",
    e.terms.milestoneTied ? "milestones" : "",
    ...e.terms.tranches,
  ]
    .filter(Boolean)
    .join(", ") || "—";

/** The three tables `graph` prints: edges, loops (with round trips), metrics. */
export function renderGraphTables(graph: DealGraph): string {
  const heading = `Deal graph${graph.asOf ? ` as of ${graph.asOf}` : ""}: ${graph.edges.length} edges among ${graph.parties.length} parties\n`;
  const edges = renderTable(
    ["from", "to", "instrument", "amount", "status", "terms", "dates", "claims"],
    graph.edges.map((e) => [
      e.from,
      e.to,
      e.instrument,
      e.amount.sharedWith.length > 0 ? `part of ${e.amount.display}` : e.amount.display,
      e.supersededBy
        ? `superseded by ${e.supersededBy.edgeId.replace(/^edge:/, "")}`
        : e.status.replace(/_/g, " "),
      termsText(e),
      dateText(e),
      e.claimIds.join(","),
    ]),
  );
  const loops =
    graph.loops.length === 0
      ? "no loops\n"
      : renderTable(
          ["loop", "money round", "round-trip share", "arithmetic", "claims"],
          graph.loops.map((l) => [
            [...l.parties, l.parties[0]].join(" → "),
            l.arithmetic,
            l.roundTrips.map((r) => `${r.investor}: ${showShare(r.share)}`).join("; ") || "—",
            l.roundTrips.map((r) => r.arithmetic).join("; ") || "—",
            l.claimIds.join(","),
          ]),
        );
  const metrics =
    graph.metrics.length === 0
      ? "no metrics\n"
      : renderTable(
          ["metric", "entity", "value", "arithmetic", "claims"],
          graph.metrics.map((m) => [m.metric, m.entity, m.display, m.arithmetic, m.claimIds.join(",")]),
        );
  const truncated = graph.loopsTruncated ? " (list cut at the loop limit)" : "";
  return `${heading}\nEdges\n${edges}\nLoops (${graph.loops.length})${truncated}\n${loops}\nMetrics\n${metrics}`;
}

export const graphCommand: Command = {
  name: "graph",
  summary:
    "the deal graph: who pays whom (edges with status, terms, dates, claims), the loops and the round-trip shares, per-company metrics with their arithmetic; or a drawing of it",
  usage:
    "[--as-of DATE] [--entity E] [--scenario FILE [--samples N] [--seed S]] [--json] [--format dot|svg|png|vl.json --out FILE] [--db PATH]",
  help: {
    ...AS_OF_HELP,
    entity: "only the edges, loops and metrics that touch this company",
    reviewed: "only accepted or corrected claims",
    scenario:
      "run this scenario on the ledger: commitment coverage divides by the revenue it projects (p5–p95 per year) where it covers the years",
    samples: "with --scenario: Monte Carlo samples (default: the scenario's)",
    seed: "with --scenario: random seed (default: the scenario's)",
    workers: "with --scenario: worker threads",
    "max-loop-length": "longest loop searched, in parties (default 3)",
    format:
      "draw instead of printing tables: dot, svg, png or vl.json; taken from --out's extension when absent",
    out: "file to write the drawing to; dot, svg and vl.json go to standard output without it",
    ...LEDGER_HELP,
    json: "print the graph (edges, components, loops, metrics) as JSON",
  },
  options: {
    ...AS_OF_OPTIONS,
    entity: { type: "string" },
    reviewed: { type: "boolean" },
    scenario: { type: "string" },
    samples: { type: "string" },
    seed: { type: "string" },
    workers: { type: "string" },
    "max-loop-length": { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    ...LEDGER_OPTIONS,
  },
  run: async ({ io, values, positionals }) => {
    if (positionals.length > 0) throw new FrontierError("usage", `unexpected argument '${positionals[0]}'`);
    const options = graphOptions(values);
    const out = stringOption(values, "out");
    const format = formatOf(stringOption(values, "format"), out);
    if (format === "png" && out === undefined)
      throw new FrontierError("usage", "--format png needs --out FILE");
    const scenario = stringOption(values, "scenario");
    const graph = await withLedger(values, io, async (store) => {
      if (scenario === undefined) return readDealGraph(store, options);
      const projectedRevenue = await scenarioRevenue(
        { file: resolve(io.cwd, scenario), shown: scenario },
        store,
        { ...runOptionsOf(values), asOf: options.asOf ?? null, entity: options.entity },
        (text) => io.stderr(`${text}\n`),
      );
      return readDealGraph(store, { ...options, projectedRevenue });
    });
    if (format === null) {
      io.stdout(
        booleanOption(values, "json") ? `${JSON.stringify(graph, null, 2)}\n` : renderGraphTables(graph),
      );
      return 0;
    }
    const title = `Deal graph${graph.asOf ? ` as of ${graph.asOf}` : ""}`;
    const rendered =
      format === "dot"
        ? renderDot(graph)
        : await renderChart(buildDealGraphSpec(graph, { lang: "en", title }), format);
    if (out === undefined) {
      io.stdout(typeof rendered === "string" ? rendered : "");
      return 0;
    }
    const path = resolve(io.cwd, out);
    await writeFile(path, rendered);
    io.stderr(`wrote ${path}\n`);
    return 0;
  },
};
