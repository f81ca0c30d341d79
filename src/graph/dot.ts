import type { DealGraph } from "./types.js";

/** The deal graph in Graphviz DOT: one node per party, one edge per deal, dashed for letters of intent. */

const quote = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

export function renderDot(graph: DealGraph): string {
  const lines = [
    `digraph deals {`,
    `  graph [rankdir=LR${graph.asOf ? `, label=${quote(`as of ${graph.asOf}`)}` : ""}];`,
    `  node [shape=box, style=rounded];`,
  ];
  for (const party of graph.parties) lines.push(`  ${quote(party)};`);
  for (const e of graph.edges) {
    const style =
      e.status === "letter_of_intent"
        ? "dashed"
        : e.status === "superseded" || e.status === "cancelled"
          ? "dotted"
          : "solid";
    const label = `${e.instrument.replace(/_/g, " ")}\\n${e.amount.display}\\n${e.status.replace(/_/g, " ")}`;
    lines.push(
      `  ${quote(e.from)} -> ${quote(e.to)} [label=${quote(label).replace(/\\\\n/g, "\\n")}, style=${style}, tooltip=${quote(e.claimIds.join(","))}];`,
    );
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}
