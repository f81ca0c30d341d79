import { Hono } from "hono";
import { FrontierError } from "../../core/index.js";
import { parseGivenDate } from "../../documents/index.js";
import { readDocumentAsOf, readDocumentListing } from "../../ledger/index.js";
import { redateDocument } from "../../pipeline.js";
import { reviewerFor } from "../auth.js";
import type { ServerDeps } from "../deps.js";
import { parseInput, readJsonBody } from "../errors.js";
import { ensureConnected, pageJson, pageRequest } from "../paging.js";
import { withDisplay } from "./claims.js";
import { AsOfQuerySchema, DocumentDateBodySchema, PageQuerySchema } from "./schemas.js";

/**
 * GET /api/documents?asOf=, GET /api/documents/:id?asOf= (analysed text, furniture, and the
 * document's claims and date reviews, as known on the date when given),
 * POST /api/documents/:id/date (a reviewer's publication date, logged like a claim review).
 */
export function documentRoutes({ store }: ServerDeps): Hono {
  const app = new Hono();
  app.get("/", async (c) => {
    const query = parseInput(PageQuerySchema, c.req.query(), "query");
    ensureConnected(c);
    const page = await readDocumentListing(store, query.asOf ?? null, pageRequest(query));
    ensureConnected(c);
    return pageJson(c, page, ({ items, next }) => ({ documents: items, next }));
  });
  app.get("/:id", async (c) => {
    const id = c.req.param("id");
    const { asOf } = parseInput(AsOfQuerySchema, c.req.query(), "query");
    const found = await readDocumentAsOf(store, id, asOf ?? null);
    if (!found)
      throw new FrontierError(
        "not_found",
        `no document with id ${id}${asOf ? ` in the ledger as of ${asOf}` : ""}`,
      );
    return c.json({
      document: found.document,
      claims: found.claims.map(withDisplay),
      dateEvents: found.dateEvents,
    });
  });
  app.post("/:id/date", async (c) => {
    const documentId = c.req.param("id");
    const body = parseInput(DocumentDateBodySchema, await readJsonBody(c), "date");
    const actor = reviewerFor(c, body.by);
    const published = parseGivenDate(body.published);
    if (published === null)
      throw new FrontierError(
        "invalid_input",
        `invalid date: published: '${body.published}' is not a date YYYY, YYYY-MM or YYYY-MM-DD`,
      );
    const event = await redateDocument(store, { documentId, published, actor, reason: body.reason });
    return c.json({ event });
  });
  return app;
}
