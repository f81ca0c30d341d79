import type { Language } from "../core/index.js";
import { type DealGraph, showShare } from "../graph/index.js";
import type { ReportChart } from "./report-types.js";
import { buildDealGraphSpec } from "./specs/deal-graph.js";

/** The report's deal-graph section: the loops with their money and round trips, the metrics, and the drawing. */

export interface ReportLoopRow {
  loop: string;
  money: string;
  roundTrip: string;
  claimIds: string[];
}

export interface ReportDealMetricRow {
  metric: string;
  entity: string;
  value: string;
  arithmetic: string;
  claimIds: string[];
}

export interface ReportDeals {
  edges: number;
  parties: number;
  loops: ReportLoopRow[];
  metrics: ReportDealMetricRow[];
  chart: ReportChart | null;
}

const LABELS = {
  en: {
    title: "Deal graph",
    summary: (edges: number, parties: number, loops: number) =>
      `${edges} deals among ${parties} parties; ${loops} loop${loops === 1 ? "" : "s"}.`,
    loop: "Loop",
    money: "Money round the loop",
    roundTrip: "Round trip",
    claims: "Claims",
    metric: "Metric",
    entity: "Company",
    value: "Value",
    arithmetic: "Arithmetic",
    noLoops: "No loops in the ledger's deals.",
    chartTitle: "Who pays whom",
    chartCaption:
      "Each line runs from payer to payee (arrowhead), its width by amount within its unit; dashed: letter of intent; faded: superseded or cancelled.",
  },
  fr: {
    title: "Graphe des accords",
    summary: (edges: number, parties: number, loops: number) =>
      `${edges} accords entre ${parties} parties ; ${loops} boucle${loops > 1 ? "s" : ""}.`,
    loop: "Boucle",
    money: "Argent qui fait le tour",
    roundTrip: "Aller-retour",
    claims: "Affirmations",
    metric: "Indicateur",
    entity: "Société",
    value: "Valeur",
    arithmetic: "Calcul",
    noLoops: "Aucune boucle parmi les accords du registre.",
    chartTitle: "Qui paie qui",
    chartCaption:
      "Chaque ligne va du payeur au bénéficiaire (flèche), son épaisseur selon le montant dans son unité ; tirets : lettre d'intention ; pâle : remplacé ou annulé.",
  },
} as const;

export function dealLabels(lang: Language) {
  return LABELS[lang];
}

export function dealsReportPart(graph: DealGraph, lang: Language): ReportDeals {
  const t = dealLabels(lang);
  return {
    edges: graph.edges.length,
    parties: graph.parties.length,
    loops: graph.loops.map((l) => ({
      loop: [...l.parties, l.parties[0]].join(" → "),
      money: l.arithmetic,
      roundTrip: l.roundTrips.map((r) => `${r.investor}: ${showShare(r.share)} — ${r.arithmetic}`).join("; "),
      claimIds: l.claimIds,
    })),
    metrics: graph.metrics.map((m) => ({
      metric: m.metric,
      entity: m.entity,
      value: m.display,
      arithmetic: m.arithmetic,
      claimIds: m.claimIds,
    })),
    chart:
      graph.edges.length === 0
        ? null
        : {
            id: "deal-graph",
            title: t.chartTitle,
            caption: t.chartCaption,
            spec: buildDealGraphSpec(graph, { lang }),
          },
  };
}

/** The section as HTML; `e` escapes text. */
export function renderDealsHtml(deals: ReportDeals, lang: Language, e: (text: string) => string): string[] {
  const t = dealLabels(lang);
  const parts = [
    `<h2 id="deal-graph">${e(t.title)}</h2>`,
    `<p>${e(t.summary(deals.edges, deals.parties, deals.loops.length))}</p>`,
  ];
  if (deals.loops.length === 0) parts.push(`<p class="meta">${e(t.noLoops)}</p>`);
  else {
    parts.push(
      `<table id="loops"><thead><tr><th>${e(t.loop)}</th><th>${e(t.money)}</th><th>${e(t.roundTrip)}</th><th>${e(t.claims)}</th></tr></thead><tbody>`,
      ...deals.loops.map(
        (l) =>
          `<tr><td>${e(l.loop)}</td><td>${e(l.money)}</td><td>${e(l.roundTrip)}</td><td><code>${e(l.claimIds.join(", "))}</code></td></tr>`,
      ),
      "</tbody></table>",
    );
  }
  if (deals.metrics.length > 0)
    parts.push(
      `<table id="deal-metrics"><thead><tr><th>${e(t.metric)}</th><th>${e(t.entity)}</th><th>${e(t.value)}</th><th>${e(t.arithmetic)}</th><th>${e(t.claims)}</th></tr></thead><tbody>`,
      ...deals.metrics.map(
        (m) =>
          `<tr><td>${e(m.metric)}</td><td>${e(m.entity)}</td><td>${e(m.value)}</td><td>${e(m.arithmetic)}</td><td><code>${e(m.claimIds.join(", "))}</code></td></tr>`,
      ),
      "</tbody></table>",
    );
  return parts;
}

/** The section as Markdown; `m` escapes text. */
export function renderDealsMarkdown(
  deals: ReportDeals,
  lang: Language,
  m: (text: string) => string,
): string[] {
  const t = dealLabels(lang);
  const out = ["", `## ${t.title}`, "", m(t.summary(deals.edges, deals.parties, deals.loops.length)), ""];
  if (deals.loops.length === 0) out.push(m(t.noLoops));
  else {
    out.push(`| ${t.loop} | ${t.money} | ${t.roundTrip} | ${t.claims} |`, "|---|---|---|---|");
    for (const l of deals.loops)
      out.push(`| ${m(l.loop)} | ${m(l.money)} | ${m(l.roundTrip)} | ${m(l.claimIds.join(", "))} |`);
  }
  if (deals.metrics.length > 0) {
    out.push(
      "",
      `| ${t.metric} | ${t.entity} | ${t.value} | ${t.arithmetic} | ${t.claims} |`,
      "|---|---|---|---|---|",
    );
    for (const r of deals.metrics)
      out.push(
        `| ${m(r.metric)} | ${m(r.entity)} | ${m(r.value)} | ${m(r.arithmetic)} | ${m(r.claimIds.join(", "))} |`,
      );
  }
  return out;
}
