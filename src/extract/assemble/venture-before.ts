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
import { joinParties } from "./parties.js";
import type { DocumentReading, FigureReading, OwnerFromOutside, SentenceReading } from "./types.js";

/** How many sentences on a venture still owns what a sentence naming no company builds. */
const VENTURE_REACH = 6;

/** What a venture's partners build together: its spending, its site's capacity, its chips. */
const BUILDING_METRICS: ReadonlySet<Metric> = new Set<Metric>([
  "capex",
  "investment",
  "datacenter_capacity",
  "gpu_count",
]);

/** The venture formed within reach before the figure's sentence, its members joined, when the figure is what it builds. */
export function ventureBefore(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
): OwnerFromOutside | null {
  const { metric } = f.candidate;
  if (!metric || !BUILDING_METRICS.has(metric)) return null;
  const venture = allianceBefore(r, s);
  if (!venture || venture.distance > VENTURE_REACH) return null;
  const where = venture.distance === 1 ? "the previous sentence" : `${venture.distance} sentences before`;
  return { name: joinParties(venture.members), surface: `the venture formed in ${where}` };
}
