import type { Candidate } from "./types.js";

/** A company as written in the text: its name and where it stands. */
interface WrittenOwner {
  canonical: string;
  start: number;
  end: number;
}

/** The figure is `owner`'s, written where it stands; `owner` is then no longer its counterparty. */
export function ownedBy(candidate: Candidate, owner: WrittenOwner): void {
  candidate.entity = owner.canonical;
  candidate.entityAt = { start: owner.start, end: owner.end };
  if (candidate.counterparty === owner.canonical) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
}
