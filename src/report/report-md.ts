import { formatAmount, formatRange } from "../core/index.js";
import { formatProbability } from "./format.js";
import { renderDealsMarkdown } from "./report-deals.js";
import { type ReportLabels, reportLabels } from "./report-labels.js";
import type { ReportBacktest, ReportData, ReportInput } from "./report-types.js";

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Markdown text: HTML's special characters as entities (so no renderer sees a tag), the other
 * characters that could start markup backslash-escaped, newlines folded.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/([\\`*_{}[\]()#+\-.!|~])/g, "\\$1")
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!);
}

/** The backtest section: each reported actual beside the model's p5–p95, with its source. */
function backtestMarkdown(backtest: ReportBacktest, t: ReportLabels): string[] {
  const m = escapeMarkdown;
  const out = ["", `## ${m(t.backtest)}`, ""];
  if (backtest.rows.length === 0) return [...out, m(t.noBacktest)];
  out.push(
    m(t.backtestIntro(backtest.passed)),
    "",
    `| ${t.output} | ${t.period} | ${t.reported} | ${t.modelRange} | ${t.result} | ${t.evidence} |`,
    "|---|---|---|---|---|---|",
  );
  for (const r of backtest.rows) {
    const notes = [r.reason, r.boundInput ? t.boundInput : null].filter((x): x is string => x !== null);
    const result = [`**${m(t.backtestStatus[r.status])}**`, ...notes.map(m)].join(" · ");
    const source = [r.documentTitle, r.published ?? t.undated, r.qualifier, r.claimId].map(m).join(" · ");
    out.push(
      `| ${m(r.output)} | ${r.period} | ${m(r.reported)} | ${m(r.interval)} | ${result} | ${source} |`,
    );
  }
  return out;
}

/**
 * The report in Markdown: the same sections as the HTML report, each chart an image link to a PNG
 * written beside it (`images` maps a chart id to its file name).
 */
export function renderMarkdownReport(
  data: ReportInput & { charts: Pick<ReportData["charts"][number], "id" | "title" | "caption">[] },
  images: Record<string, string>,
): string {
  const { lang } = data;
  const t = reportLabels(lang);
  const m = escapeMarkdown;
  const out: string[] = [`# ${m(data.title)}`, ""];
  const meta = [
    t.run(new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-US").format(data.run.samples), data.run.seed),
  ];
  if (data.scenario.file) meta.unshift(data.scenario.file);
  if (data.run.generated) meta.push(`${t.generated} ${data.run.generated}`);
  out.push(meta.map(m).join(" · "), "");
  if (data.scenario.description) out.push(m(data.scenario.description), "");
  out.push(`## ${t.answers}`, "");
  if (data.positiveBy)
    out.push(
      `- ${m(t.positiveBy(data.positiveBy.year))}: **${m(formatProbability(data.positiveBy.probability, lang))}**`,
    );
  if (data.fundingNeeded) {
    const f = data.fundingNeeded;
    const v = (x: number) => m(formatAmount(x, f.unit, { language: lang }));
    out.push(
      `- ${m(t.fundingNeeded(f.until))}: **${v(f.p50)}** (${t.median}; ${t.interval} ${m(formatRange(f.p5, f.p95, f.unit, { language: lang }))})`,
    );
  }
  if (data.newFunding) {
    const n = data.newFunding;
    const v = (x: number) => m(formatAmount(x, n.unit, { language: lang }));
    const share = n.vendorShare
      ? `, ${t.vendorShare} ${m(formatAmount(n.vendorShare.p50, "fraction", { language: lang }))}`
      : "";
    out.push(
      `- ${m(t.newFundingFromVendors)}: **${v(n.fromVendors.p50)}**${share} (${t.median}; ${t.interval} ${m(formatRange(n.fromVendors.p5, n.fromVendors.p95, n.unit, { language: lang }))})`,
      `- ${m(t.newFundingFromOthers)}: **${v(n.fromOthers.p50)}** (${t.median}; ${t.interval} ${m(formatRange(n.fromOthers.p5, n.fromOthers.p95, n.unit, { language: lang }))})`,
    );
  }
  for (const event of data.events)
    out.push(`- ${m(event.label)}: **${m(formatProbability(event.probability, lang))}**`);
  out.push("");
  if (data.charts.length > 0) {
    out.push(`## ${t.charts}`, "");
    for (const chart of data.charts) {
      const file = images[chart.id];
      out.push(`### ${m(chart.title)}`, "");
      if (file) out.push(`![${m(chart.title)}](${encodeURI(file)})`, "");
      out.push(`*${m(chart.caption)}*`, "");
    }
  }
  out.push(`## ${t.inputs}`, "", `| ${t.input} | ${t.distribution} | ${t.evidence} |`, "|---|---|---|");
  for (const row of data.inputs) {
    const name = row.label ? `${m(row.label)} (${m(row.name)})` : m(row.name);
    let evidence = m(t.unbound);
    if (row.binding) {
      const b = row.binding;
      const cite = [b.attribution, b.documentTitle, b.published ?? t.undated].filter((x): x is string =>
        Boolean(x),
      );
      const address = b.documentSource ? ` · ${m(b.documentSource)}` : "";
      evidence = `“${m(b.quote)}” — ${cite.map(m).join(" · ")}${address}`;
    }
    out.push(`| ${name} | ${m(row.distribution)} | ${evidence} |`);
  }
  if (data.backtest) out.push(...backtestMarkdown(data.backtest, t));
  if (data.deals) out.push(...renderDealsMarkdown(data.deals, data.lang, m));
  out.push("", `## ${t.checks}`, "");
  if (data.checks.length === 0) out.push(m(t.noChecks));
  else {
    out.push(`| ${t.status} | ${t.subject} | ${t.arithmetic} |`, "|---|---|---|");
    for (const check of data.checks)
      out.push(`| ${t.statusLabel[check.status]} | ${m(check.subject)} | ${m(check.arithmetic)} |`);
  }
  if (data.changes)
    out.push(
      "",
      `## ${t.whatChanged}`,
      "",
      m(data.changes.label),
      "",
      ...data.changes.lines.map((l) => `- ${m(l)}`),
    );
  if (data.notes.length > 0) out.push("", `## ${t.notes}`, "", ...data.notes.map((note) => `- ${m(note)}`));
  out.push("", `## ${t.sources}`, "");
  if (data.sources.length === 0) out.push(escapeMarkdown(t.noSources));
  data.sources.forEach((source, i) => {
    out.push(`${i + 1}. **${m(source.title)}** · ${m(source.published ?? t.undated)} · ${m(source.source)}`);
  });
  out.push("");
  return out.join("\n");
}
