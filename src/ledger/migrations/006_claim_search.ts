import { claimSearchVector } from "../claim-search.js";
import type { Migration } from "./index.js";

/**
 * The dashboard's claims search reads a text-search index over each claim's sentence, entity and
 * counterparty (corrections included), so that a word is found among 100,000 claims without
 * reading them all.
 */
export const migration006: Migration = {
  version: "006_claim_search",
  statements: [`CREATE INDEX claims_search_idx ON claims USING gin ((${claimSearchVector("")}))`],
};
