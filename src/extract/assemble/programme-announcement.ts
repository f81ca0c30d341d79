import { IN_SERVICE_NOW } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import { hasMatch } from "../patterns.js";
import type { Decision } from "./qualifier.js";
import type { Candidate, DocumentReading } from "./types.js";

/** What a programme is to build: its sites' capacity, its chips. Money is what it pledges. */
const PROGRAMME_BUILDS: ReadonlySet<string> = new Set(["datacenter_capacity", "gpu_count"]);

/**
 * A deal amount a programme announces is its commitment, not a reported figure; the capacity or the
 * chips it announces (« un campus de 1 GW », "a 5-gigawatt cluster") are what it plans to build → target,
 * unless they are said to run already.
 */
export function reviseProgrammeAnnouncement(
  r: DocumentReading,
  candidate: Candidate,
  clause: string,
  qualifier: Decision,
): void {
  const metric = candidate.metric;
  if (
    qualifier.qualifier === "reported" &&
    candidate.entity &&
    r.gazetteer.programmes.has(candidate.entity) &&
    metric &&
    metricIs(metric, "deal")
  ) {
    const builds = PROGRAMME_BUILDS.has(metric);
    // "Stargate already runs 1.2 GW in Texas": capacity in service is a fact, reported.
    if (builds && hasMatch(IN_SERVICE_NOW, clause)) return;
    qualifier.qualifier = builds ? "target" : "commitment";
    qualifier.rule = builds
      ? "what a programme announces it will build is its plan → target"
      : "a programme's announced amount → commitment";
  }
}
