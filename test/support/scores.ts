import type { ModeScore } from "../../src/extract/index.js";

export const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** One mode of a score as the extraction tests print it. */
export const scoreLine = (name: string, s: ModeScore<unknown>): string =>
  `${name.padEnd(8)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.matched}/${s.predicted} predicted, ${s.reference} reference)`;
