/**
 * A venture the text formed in a sentence before ("A, B et C vont créer une coentreprise", "a
 * consortium comprising A, B and C will build a campus") owns the building figures of a later
 * sentence that names no company of its own: « 6 milliards iront au premier
 * bâtiment », "The site is to draw 300 MW by 2029". Its members are offered together (A+B+C), with the
 * feature `ventureBefore`; the scorer weighs them against the topic and the companies the discourse
 * carried.
 */
import type { Metric } from "../../core/index.js";
import { allianceBefore } from "./discourse.js";
import type { EntityFeature, EntityOption } from "./entity.js";
import { joinParties } from "./parties.js";
import type { Option } from "./scorer.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** How many sentences on a venture still owns what a sentence naming no company builds. */
const VENTURE_REACH = 6;

/** What a venture's partners build together: its spending, its site's capacity, its chips. */
const BUILDING_METRICS: ReadonlySet<Metric> = new Set<Metric>([
  "capex",
  "investment",
  "datacenter_capacity",
  "gpu_count",
]);

/** The venture formed before the figure's sentence, offered as its owner when the sentence names no company. */
export function withVentureBefore(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: Option<EntityOption, EntityFeature>[],
): void {
  const { metric } = f.candidate;
  if (options.length === 0 || options.some((o) => o.value.party) || !metric || !BUILDING_METRICS.has(metric))
    return;
  const venture = allianceBefore(r, s);
  if (!venture || venture.distance > VENTURE_REACH) return;
  const name = joinParties(venture.members);
  const offered = options.find((o) => o.label === name);
  if (offered) {
    offered.features = { ...offered.features, ventureBefore: 1 };
    return;
  }
  const where = venture.distance === 1 ? "the previous sentence" : `${venture.distance} sentences before`;
  options.push({
    value: { party: null, group: [], name, cue: null, how: `discourse: the venture formed in ${where}` },
    label: name,
    features: { ventureBefore: 1 },
  });
}
