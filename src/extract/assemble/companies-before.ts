/**
 * The companies a sentence names before a figure, nearest first: the walk the owner cues take back
 * from a figure (the agent of an act noun, the possessor of a deal noun, the company named just
 * before). Names are in text order; a name that ends after the figure is passed, and the walk stops
 * at the first name that starts before the floor (the clause's or the reach's start).
 */
import type { NameMention } from "../gazetteer.js";

/** Where the walk starts and stops. */
export interface WalkBack {
  /** Where the figure starts: names that end after it are not before it. */
  figureStart: number;
  /** Where the walk stops: no name that starts before it is read. */
  floor: number;
}

/**
 * The company names (parties or mentions) before the figure and from the floor on, nearest first.
 * `end`: the walk may start there, when every name from it on starts after the figure (the
 * document's names, sorted by start, walked back from the figure rather than from the last).
 */
export function* companiesBefore<T extends NameMention>(
  names: readonly T[],
  { figureStart, floor }: WalkBack,
  end = names.length,
): Generator<T> {
  for (let i = end - 1; i >= 0; i--) {
    const name = names[i]!;
    if (name.end > figureStart) continue;
    if (name.start < floor) break;
    if (name.kind === "company") yield name;
  }
}
