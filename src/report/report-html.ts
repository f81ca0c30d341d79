import { formatAmount, formatRange } from "../core/index.js";
import { formatProbability } from "./format.js";
import { renderDealsHtml } from "./report-deals.js";
import { type ReportLabels, reportLabels } from "./report-labels.js";
import type { ReportBacktest, ReportBinding, ReportData } from "./report-types.js";

/**
 * The report as one self-contained HTML page: inline CSS and SVG charts, no script, nothing
 * fetched (a Content-Security-Policy forbids it too). Every string that comes from documents or
 * scenarios goes through escapeHtml.
 */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Where the figure sits in a quote: the first number with its scale word, unit or currency ("1,4
 * trillion de dollars", "$600 billion", "33 %"), else the first bare number that is not a year
 * ("en 2025" is the period, not the figure), or null.
 */
export function figureRange(quote: string): { start: number; end: number } | null {
  const pattern =
    /(?:[$€£]\s?)?\d+(?:[\s\u00a0\u202f.,]\d+)*(?:\s*(?:mille\s+milliards?|milliards?|millions?|billions?|trillions?|Mds?|mds?|bn|tn|[BMT]\b|GW|MW|%|pour\s+cent))?(?:\s*(?:de\s+|d')?(?:dollars|euros|\$|€))?/giu;
  let bare: { start: number; end: number } | null = null;
  for (const match of quote.matchAll(pattern)) {
    const text = match[0].trimEnd();
    const range = { start: match.index, end: match.index + text.length };
    if (!/^\d+$/.test(text)) return range;
    if (bare === null && !/^(19|20)\d\d$/.test(text)) bare = range;
  }
  return bare;
}

/** The quote with its figure in <mark>, escaped. */
export function highlightQuote(binding: Pick<ReportBinding, "quote" | "figure">): string {
  const range = binding.figure ?? figureRange(binding.quote);
  if (!range || range.start < 0 || range.end > binding.quote.length || range.start >= range.end) {
    return escapeHtml(binding.quote);
  }
  const { quote } = binding;
  return `${escapeHtml(quote.slice(0, range.start))}<mark>${escapeHtml(quote.slice(range.start, range.end))}</mark>${escapeHtml(quote.slice(range.end))}`;
}

const CSS = `
body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa;line-height:1.45}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:0 0 4px}
h2{font-size:1.25em;margin:32px 0 12px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#555;font-size:.9em}
.answers{display:flex;gap:16px;flex-wrap:wrap}
.answer{background:#fff;border:1px solid #ddd;border-radius:8px;padding:14px 18px;flex:1 1 280px}
.answer .value{font-size:1.9em;font-weight:bold;color:#08519c}
.answer .detail{color:#555;font-size:.9em}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px}
figure{background:#fff;border:1px solid #ddd;border-radius:8px;margin:0;padding:12px;overflow-x:auto}
figure h3{font-size:1em;margin:0 0 8px}
figure svg{max-width:100%;height:auto;display:block}
figcaption{color:#555;font-size:.85em;margin-top:6px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9em}
th,td{border:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f0f0f0}
blockquote{margin:0 0 4px;font-style:italic}
mark{background:#ffe08a;font-style:normal;font-weight:bold}
.status{font-weight:bold;white-space:nowrap}
.status-pass{color:#1b7837}.status-warn{color:#b35806}.status-fail{color:#b2182b}
code{font-size:.95em}
`;

/** The backtest section: each reported actual beside the model's p5–p95, with its source. */
function backtestHtml(backtest: ReportBacktest, t: ReportLabels): string[] {
  const e = escapeHtml;
  const parts = [`<h2 id="backtest">${e(t.backtest)}</h2>`];
  if (backtest.rows.length === 0) return [...parts, `<p class="meta">${e(t.noBacktest)}</p>`];
  parts.push(
    `<p>${e(t.backtestIntro(backtest.passed))}</p>`,
    `<table><thead><tr><th>${e(t.output)}</th><th>${e(t.period)}</th><th>${e(t.reported)}</th><th>${e(t.modelRange)}</th><th>${e(t.result)}</th><th>${e(t.evidence)}</th></tr></thead><tbody>`,
  );
  for (const row of backtest.rows) {
    const status = row.status === "outside" ? "fail" : row.status === "inside" ? "pass" : "warn";
    const notes = [row.reason, row.boundInput ? t.boundInput : null].filter((x): x is string => x !== null);
    parts.push(
      `<tr><td><code>${e(row.output)}</code></td><td>${row.period}</td><td>${e(row.reported)}</td><td>${e(row.interval)}</td>`,
      `<td class="status status-${status}">${e(t.backtestStatus[row.status])}${notes.map((n) => `<div class="meta">${e(n)}</div>`).join("")}</td>`,
      `<td>${e(row.documentTitle)} · ${e(row.published ?? t.undated)} · ${e(row.qualifier)} · <code>${e(row.claimId)}</code></td></tr>`,
    );
  }
  parts.push("</tbody></table>");
  return parts;
}

export function renderHtmlReport(data: ReportData): string {
  const { lang } = data;
  const t = reportLabels(lang);
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(
    "<!doctype html>",
    `<html lang="${t.htmlLang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(data.title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body><main>",
    `<h1>${e(data.title)}</h1>`,
  );
  const meta = [
    t.run(new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-US").format(data.run.samples), data.run.seed),
  ];
  if (data.scenario.file) meta.unshift(data.scenario.file);
  if (data.run.generated) meta.push(`${t.generated} ${data.run.generated}`);
  parts.push(`<p class="meta">${meta.map(e).join(" · ")}</p>`);
  if (data.scenario.description) parts.push(`<p>${e(data.scenario.description)}</p>`);

  parts.push(...answersHtml(data, t));

  if (data.charts.length > 0) {
    parts.push(`<h2>${e(t.charts)}</h2>`, '<div class="charts">');
    for (const chart of data.charts) {
      parts.push(
        `<figure id="chart-${e(chart.id)}"><h3>${e(chart.title)}</h3>`,
        // Vega's SVG: generated markup whose text content Vega escapes itself.
        chart.svg,
        `<figcaption>${e(chart.caption)}</figcaption></figure>`,
      );
    }
    parts.push("</div>");
  }

  parts.push(...inputsHtml(data, t));

  if (data.changes)
    parts.push(
      `<h2>${e(t.whatChanged)}</h2><p class="meta">${e(data.changes.label)}</p><ul>`,
      ...data.changes.lines.map((line) => `<li>${e(line)}</li>`),
      "</ul>",
    );
  if (data.backtest) parts.push(...backtestHtml(data.backtest, t));
  if (data.deals) parts.push(...renderDealsHtml(data.deals, lang, e));

  parts.push(...checksHtml(data, t));

  if (data.notes.length > 0) {
    parts.push(`<h2>${e(t.notes)}</h2><ul>`, ...data.notes.map((note) => `<li>${e(note)}</li>`), "</ul>");
  }

  parts.push(`<h2>${e(t.sources)}</h2>`);
  if (data.sources.length === 0) parts.push(`<p class="meta">${e(t.noSources)}</p>`);
  parts.push('<ol class="sources">');
  for (const source of data.sources) {
    parts.push(
      `<li id="source-${e(source.id)}"><strong>${e(source.title)}</strong> · ${e(source.published ?? t.undated)} · <code>${e(source.source)}</code></li>`,
    );
  }
  parts.push("</ol>", "</main></body></html>", "");
  return parts.join("\n");
}

/** The answers: the chance of turning cash-positive, the funding needed and new funding by source, each event. */
function answersHtml(data: ReportData, t: ReportLabels): string[] {
  const { lang } = data;
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(`<h2>${e(t.answers)}</h2>`, '<div class="answers">');
  if (data.positiveBy) {
    parts.push(
      `<div class="answer" id="answer-positive"><div>${e(t.positiveBy(data.positiveBy.year))}</div>`,
      `<div class="value">${e(formatProbability(data.positiveBy.probability, lang))}</div></div>`,
    );
  }
  if (data.fundingNeeded) {
    const f = data.fundingNeeded;
    const v = (x: number) => formatAmount(x, f.unit, { language: lang });
    parts.push(
      `<div class="answer" id="answer-funding"><div>${e(t.fundingNeeded(f.until))}</div>`,
      `<div class="value">${e(v(f.p50))}</div>`,
      `<div class="detail">${e(t.median)} · ${e(t.interval)} ${e(formatRange(f.p5, f.p95, f.unit, { language: lang }))}</div></div>`,
    );
  }
  if (data.newFunding) {
    const n = data.newFunding;
    const v = (x: number) => formatAmount(x, n.unit, { language: lang });
    const share = n.vendorShare
      ? `, ${t.vendorShare} ${formatAmount(n.vendorShare.p50, "fraction", { language: lang })}`
      : "";
    for (const [id, label, q, extra] of [
      ["answer-funding-vendors", t.newFundingFromVendors, n.fromVendors, share],
      ["answer-funding-others", t.newFundingFromOthers, n.fromOthers, ""],
    ] as const)
      parts.push(
        `<div class="answer" id="${id}"><div>${e(label)}</div>`,
        `<div class="value">${e(v(q.p50))}${e(extra)}</div>`,
        `<div class="detail">${e(t.median)} · ${e(t.interval)} ${e(formatRange(q.p5, q.p95, n.unit, { language: lang }))}</div></div>`,
      );
  }
  for (const event of data.events) {
    parts.push(
      `<div class="answer"><div>${e(event.label)}</div><div class="value">${e(formatProbability(event.probability, lang))}</div></div>`,
    );
  }
  parts.push("</div>");
  return parts;
}

/** Each input with its distribution and, when bound, the sentence it rests on. */
function inputsHtml(data: ReportData, t: ReportLabels): string[] {
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(`<h2>${e(t.inputs)}</h2>`, "<table><thead><tr>");
  parts.push(
    `<th>${e(t.input)}</th><th>${e(t.distribution)}</th><th>${e(t.evidence)}</th></tr></thead><tbody>`,
  );
  for (const row of data.inputs) {
    const name = row.label ? `${e(row.label)}<br><code>${e(row.name)}</code>` : `<code>${e(row.name)}</code>`;
    let evidence = `<span class="meta">${e(t.unbound)}</span>`;
    if (row.binding) {
      const b = row.binding;
      const cite = [b.attribution, b.documentTitle, b.published ?? t.undated].filter((x): x is string =>
        Boolean(x),
      );
      // The address as text, like the sources list: the report carries no links (it may hold hostile text).
      const address = b.documentSource ? ` · <span class="address">${e(b.documentSource)}</span>` : "";
      evidence = `<blockquote>${highlightQuote(b)}</blockquote><div class="meta">${cite.map(e).join(" · ")}${address} · <code>${e(b.claimId)}</code></div>`;
    }
    parts.push(`<tr><td>${name}</td><td><code>${e(row.distribution)}</code></td><td>${evidence}</td></tr>`);
  }
  parts.push("</tbody></table>");
  return parts;
}

/** The reconciliation's checks, with their arithmetic. */
function checksHtml(data: ReportData, t: ReportLabels): string[] {
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(`<h2>${e(t.checks)}</h2>`);
  if (data.checks.length === 0) {
    parts.push(`<p class="meta">${e(t.noChecks)}</p>`);
  } else {
    parts.push(
      `<table><thead><tr><th>${e(t.status)}</th><th>${e(t.subject)}</th><th>${e(t.arithmetic)}</th></tr></thead><tbody>`,
    );
    for (const check of data.checks) {
      parts.push(
        `<tr><td class="status status-${check.status}">${e(t.statusLabel[check.status])}</td><td>${e(check.subject)}</td><td>${e(check.arithmetic)}</td></tr>`,
      );
    }
    parts.push("</tbody></table>");
  }
  return parts;
}
