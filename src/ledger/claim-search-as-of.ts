import { isAsOf } from "../core/index.js";
import { readSnapshot } from "./as-of.js";
import { LOW_CONFIDENCE, searchWords, textWords } from "./claim-search.js";
import { type Page, type PageRequest, pageByKey } from "./page.js";
import type { ClaimSearch, ClaimSort, DocumentSummary, LedgerStore, StoredClaim } from "./port.js";

/**
 * The dashboard's claims search over the ledger as known on a date: the same filters, sorts and
 * cursors as the store's SQL search (ledger/claim-search.ts), applied to a snapshot's claims as
 * they were reviewed then. Words match as the SQL does: each must begin a word of the sentence,
 * the entity or the counterparty.
 */

/** One page of the claims matching `search`, now (the store's SQL) or as known on `asOf`. */
export function readClaimSearch(
  store: LedgerStore,
  asOf: string | null,
  search: ClaimSearch,
  page: PageRequest,
): Promise<Page<StoredClaim>> {
  return claimSearcher(store, asOf)(search, page);
}

/** Pages of searches over one reading of the ledger as known on `asOf` (an export walks them all). */
export function claimSearcher(
  store: LedgerStore,
  asOf: string | null,
): (search: ClaimSearch, page: PageRequest) => Promise<Page<StoredClaim>> {
  if (asOf === null) return (search, page) => store.searchClaims(search, page);
  let snapshot: ReturnType<typeof readSnapshot> | null = null;
  return async (search, page) => {
    snapshot ??= readSnapshot(store, asOf, { includeRejected: true });
    const { claims, documents } = await snapshot;
    return searchSnapshotClaims(claims, documents, search, page);
  };
}

/** Pure: the page of `claims` matching `search`, in its sort order. */
export function searchSnapshotClaims(
  claims: readonly StoredClaim[],
  documents: readonly DocumentSummary[],
  search: ClaimSearch,
  page: PageRequest,
): Page<StoredClaim> {
  const languages = new Map(documents.map((d) => [d.id, d.language]));
  const matching = claims.filter(
    (claim) => matches(claim, search) && matchesLanguage(languages.get(claim.documentId), search.language),
  );
  const sort = search.sort ?? "reported";
  return pageByKey(matching, page, "ss", (claim) => [SORT_KEY[sort](claim), claim.id], {
    descending: sort === "reported-desc",
  });
}

const SORT_KEY: Record<ClaimSort, (claim: StoredClaim) => string> = {
  reported: (claim) => claim.reported ?? "~",
  "reported-desc": (claim) => claim.reported ?? "~",
  confidence: (claim) => (claim.confidence ?? 1).toFixed(6),
  entity: (claim) => claim.entity.toLowerCase(),
};

function matches(claim: StoredClaim, search: ClaimSearch): boolean {
  const period = claim.period;
  const periodDates = period === null ? [] : isAsOf(period) ? [period.asOf] : [period.start, period.end];
  const low = claim.confidence !== undefined && claim.confidence < LOW_CONFIDENCE;
  return (
    matchesWords(claim, search.text) &&
    (search.entity === undefined || claim.entity.toLowerCase() === search.entity.toLowerCase()) &&
    (search.metric === undefined || claim.metric === search.metric) &&
    (search.period === undefined || periodDates.some((date) => date?.startsWith(search.period!))) &&
    (search.qualifier === undefined || claim.qualifier === search.qualifier) &&
    (search.status === undefined ? claim.status !== "rejected" : claim.status === search.status) &&
    (search.confidence === undefined || (search.confidence === "low") === low) &&
    (search.documentId === undefined || claim.documentId === search.documentId)
  );
}

function matchesLanguage(language: string | undefined, wanted: string | undefined): boolean {
  return wanted === undefined || language === wanted;
}

function matchesWords(claim: StoredClaim, text: string | undefined): boolean {
  const wanted = searchWords(text);
  if (wanted.length === 0) return true;
  const words = textWords(`${claim.quote} ${claim.entity} ${claim.counterparty ?? ""}`);
  return wanted.every((word) => words.some((w) => w.startsWith(word)));
}
