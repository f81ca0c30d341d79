import { Hono } from "hono";
import { z } from "zod";
import { FrontierError, LANGUAGES, METRICS, QUALIFIERS } from "../../core/index.js";
import {
  CLAIM_SORTS,
  type ClaimSearch,
  claimSearcher,
  type DocumentText,
  LOW_CONFIDENCE,
  MAX_PAGE_SIZE,
  readClaimSearch,
  type StoredClaim,
} from "../../ledger/index.js";
import { claimCsvHeader, claimCsvRow, claimJsonLine } from "../../report/claim-export.js";
import { sentenceAround } from "../../report/claim-text.js";
import type { ServerDeps } from "../deps.js";
import { parseInput, readJsonBody } from "../errors.js";
import { ensureConnected, PAGE_QUERY, pageRequest } from "../paging.js";
import { withDisplay } from "./claims.js";
import { AS_OF_FIELD } from "./schemas.js";

const DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const STATUSES = ["unreviewed", "accepted", "rejected", "corrected"] as const;
/** Documents kept in memory for the source column: their text never changes (ids come from content hashes). */
const DOCUMENT_CACHE_SIZE = 256;

const SEARCH_FIELDS = {
  q: z.string().max(500).optional(),
  entity: z.string().trim().min(1).max(200).optional(),
  metric: z.enum(METRICS, { error: "unknown metric (CLAIMS.md §2 lists them)" }).optional(),
  period: z.string().regex(DATE_PREFIX, "expected a year or date prefix YYYY[-MM[-DD]]").optional(),
  qualifier: z.enum(QUALIFIERS, { error: "unknown qualifier (CLAIMS.md lists them)" }).optional(),
  status: z.enum(STATUSES).optional(),
  confidence: z.enum(["low", "high"]).optional(),
  document: z.string().trim().min(1).max(200).optional(),
  language: z.enum(LANGUAGES).optional(),
  sort: z.enum(CLAIM_SORTS as [string, ...string[]]).optional(),
  /** The claims as known on this date: documents published by then, reviews made by then. */
  asOf: AS_OF_FIELD,
};
const SearchQuerySchema = z.strictObject({ ...SEARCH_FIELDS, ...PAGE_QUERY });
const ExportQuerySchema = z.strictObject({ ...SEARCH_FIELDS, format: z.enum(["csv", "jsonl"]) });
const BulkAcceptSchema = z.strictObject({
  ids: z.array(z.string().min(1).max(200)).min(1, "select at least one claim").max(MAX_PAGE_SIZE),
  reason: z.string().trim().min(1, "say why: the reason stays with the event").max(2000),
  by: z.string().trim().min(1, "name the reviewer").max(200),
});

function searchOf(query: z.infer<typeof SearchQuerySchema> | z.infer<typeof ExportQuerySchema>): ClaimSearch {
  const { q, entity, metric, period, qualifier, status, confidence, document, language, sort } = query;
  return {
    ...(q?.trim() ? { text: q } : {}),
    ...(entity ? { entity } : {}),
    ...(metric ? { metric } : {}),
    ...(period ? { period } : {}),
    ...(qualifier ? { qualifier } : {}),
    ...(status ? { status } : {}),
    ...(confidence ? { confidence } : {}),
    ...(document ? { documentId: document } : {}),
    ...(language ? { language } : {}),
    ...(sort ? { sort: sort as NonNullable<ClaimSearch["sort"]> } : {}),
  };
}

/**
 * The claims table's rows: each claim with its document's title and the sentence around its span.
 * Document texts are kept for the next pages, the most recently read last.
 */
function claimRows(store: ServerDeps["store"]) {
  const documents = new Map<string, Promise<DocumentText | undefined>>();
  const remember = (id: string, text: Promise<DocumentText | undefined>) => {
    if (documents.size >= DOCUMENT_CACHE_SIZE) documents.delete(documents.keys().next().value!);
    documents.set(id, text);
    text.catch(() => documents.delete(id));
  };
  /** The texts of the claims' documents: those not kept yet in one read, not one read per claim. */
  const textsOf = (claims: readonly StoredClaim[]) => {
    const texts = new Map<string, Promise<DocumentText | undefined>>();
    const missing = [...new Set(claims.map((claim) => claim.documentId))].filter((id) => {
      const known = documents.get(id);
      if (known) texts.set(id, known);
      return !known;
    });
    if (missing.length > 0) {
      const read = store.getDocumentTexts(missing).then((found) => new Map(found.map((d) => [d.id, d])));
      for (const id of missing) {
        const text = read.then((found) => found.get(id));
        texts.set(id, text);
        remember(id, text);
      }
    }
    return texts;
  };
  const rows = (claims: readonly StoredClaim[]) => {
    const texts = textsOf(claims);
    return Promise.all(
      claims.map(async (claim) => {
        const document = await texts.get(claim.documentId);
        return {
          ...withDisplay(claim),
          lowConfidence: claim.confidence !== undefined && claim.confidence < LOW_CONFIDENCE,
          documentTitle: document?.title ?? null,
          source: document ? sentenceAround(document.text, claim.span.start, claim.span.end) : null,
        };
      }),
    );
  };
  return rows;
}

/**
 * GET /api/claim-search (a page of the dashboard's claims table: each claim with its sentence, the
 * span apart, and whether its confidence is low; with asOf, as the ledger knew it on that date), GET /api/claim-search/facets (the filters' choices), GET /api/claim-search/export?format=csv|jsonl
 * (every matching claim), POST /api/claim-search/accept (bulk accept; accepted claims are left as
 * they are).
 */
export function claimSearchRoutes({ store }: ServerDeps): Hono {
  const app = new Hono();
  const rows = claimRows(store);

  app.get("/", async (c) => {
    const query = parseInput(SearchQuerySchema, c.req.query(), "query");
    ensureConnected(c);
    const page = await readClaimSearch(store, query.asOf ?? null, searchOf(query), pageRequest(query));
    ensureConnected(c);
    return c.json({ claims: await rows(page.items), next: page.next });
  });

  app.get("/facets", (c) =>
    c.json({
      metrics: METRICS,
      qualifiers: QUALIFIERS,
      statuses: STATUSES,
      languages: LANGUAGES,
      sorts: CLAIM_SORTS,
      lowConfidence: LOW_CONFIDENCE,
    }),
  );

  app.get("/export", async (c) => {
    const query = parseInput(ExportQuerySchema, c.req.query(), "query");
    const search = searchOf(query);
    const lines: string[] = query.format === "csv" ? [claimCsvHeader()] : [];
    const pageOf = claimSearcher(store, query.asOf ?? null);
    let after: string | null = null;
    do {
      ensureConnected(c);
      const page = await pageOf(search, {
        limit: MAX_PAGE_SIZE,
        ...(after ? { after } : {}),
      });
      for (const claim of page.items)
        lines.push(query.format === "csv" ? claimCsvRow(claim) : claimJsonLine(claim));
      after = page.next;
    } while (after);
    const csv = query.format === "csv";
    return c.body(lines.join(""), 200, {
      "Content-Type": csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="claims.${csv ? "csv" : "jsonl"}"`,
    });
  });

  app.post("/accept", async (c) => {
    const body = parseInput(BulkAcceptSchema, await readJsonBody(c), "bulk accept");
    const accepted: string[] = [];
    const unchanged: string[] = [];
    const failed: { id: string; message: string }[] = [];
    for (const id of new Set(body.ids)) {
      const claim = await store.getClaim(id);
      if (!claim) {
        failed.push({ id, message: `no claim with id ${id}` });
      } else if (claim.status === "accepted") {
        unchanged.push(id);
      } else {
        try {
          await store.appendReviewEvent(
            { claimId: id, action: "accept", actor: body.by, reason: body.reason, payload: {} },
            claim.version,
          );
          accepted.push(id);
        } catch (error) {
          if (!(error instanceof FrontierError)) throw error;
          failed.push({ id, message: error.message });
        }
      }
    }
    return c.json({ accepted, unchanged, failed });
  });

  return app;
}
