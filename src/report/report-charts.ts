import { formatProbability } from "./format.js";
import { reportLabels } from "./report-labels.js";
import type { ReportChart, ReportInput } from "./report-types.js";
import { buildCommitmentsSpec } from "./specs/commitments.js";
import { buildComparisonFanSpec, buildFanSpec } from "./specs/fan.js";
import { buildEventHistogramSpec } from "./specs/histogram.js";
import { buildClaimTimelineSpec } from "./specs/timeline.js";
import { buildTornadoSpec } from "./specs/tornado.js";

/** The charts of a report, in reading order, as specs (pure). */
export function buildReportCharts(input: ReportInput): ReportChart[] {
  const { lang } = input;
  const t = reportLabels(lang);
  const charts: ReportChart[] = [];
  for (const fan of input.fans) {
    charts.push({
      id: `fan-${slug(fan.output)}`,
      title: t.fanTitle(fan.label ?? fan.output),
      caption: t.fanCaption,
      spec: buildFanSpec(fan, { lang }),
    });
  }
  if (input.comparison) {
    const c = input.comparison;
    charts.push({
      id: `compare-${slug(c.output)}`,
      title: t.compareTitle(c.label ?? c.output, c.a.name, c.b.name),
      caption: t.fanCaption,
      spec: buildComparisonFanSpec(c, { lang }),
    });
  }
  if (input.histogram) {
    const h = input.histogram;
    charts.push({
      id: `histogram-${slug(h.output)}`,
      title: t.histogramTitle(h.label ?? h.output, h.period),
      caption: t.histogramCaption(formatProbability(h.probabilityBelow, lang)),
      spec: buildEventHistogramSpec(h, { lang }),
    });
  }
  if (input.tornado) {
    charts.push({
      id: "tornado",
      title: t.tornadoTitle(input.tornado.target),
      caption: t.tornadoCaption,
      spec: buildTornadoSpec(input.tornado, { lang }),
    });
  }
  for (const timeline of input.timelines) {
    charts.push({
      id: `timeline-${slug(timeline.entity)}-${slug(timeline.metric)}`,
      title: t.timelineTitle(timeline.entity, timeline.metric.replaceAll("_", " ")),
      caption: t.timelineCaption,
      spec: buildClaimTimelineSpec(timeline, { lang }),
    });
  }
  if (input.commitments && input.commitments.rows.length > 0) {
    charts.push({
      id: `commitments-${slug(input.commitments.entity)}`,
      title: t.commitmentsTitle(input.commitments.entity),
      caption: t.commitmentsCaption,
      spec: buildCommitmentsSpec(input.commitments, { lang }),
    });
  }
  if (input.deals?.chart) charts.push(input.deals.chart);
  const seen = new Map<string, number>();
  return charts.map((chart) => {
    const n = (seen.get(chart.id) ?? 0) + 1;
    seen.set(chart.id, n);
    return n === 1 ? chart : { ...chart, id: `${chart.id}-${n}` };
  });
}

/** A file-name-safe id: lower-case ASCII letters, digits and dashes. */
export function slug(text: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s || "chart";
}
