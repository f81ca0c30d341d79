import { Hono } from "hono";
import { FrontierError } from "../../core/index.js";
import { readDocumentListing } from "../../ledger/index.js";
import type { ServerDeps } from "../deps.js";
import { parseInput } from "../errors.js";
import { ensureConnected, pageJson, pageRequest } from "../paging.js";
import { withDisplay } from "./claims.js";
import { PageQuerySchema } from "./schemas.js";

/** GET /api/documents, GET /api/documents/:id (analysed text, furniture, and the document's claims). */
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
    const document = await store.getDocument(id);
    if (!document) throw new FrontierError("not_found", `no document with id ${id}`);
    const claims = await store.listClaims({ documentId: id, includeRejected: true });
    return c.json({ document, claims: claims.map(withDisplay) });
  });
  return app;
}
