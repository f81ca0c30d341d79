import { Hono } from "hono";
import { FrontierError, formatClaimValue } from "../../core/index.js";
import { type ReviewAction, readClaimAsOf, readClaimListing, type StoredClaim } from "../../ledger/index.js";
import { describePeriod, markSpan, rulesByField } from "../../report/claim-text.js";
import { reviewerFor } from "../auth.js";
import type { ServerDeps } from "../deps.js";
import { parseInput, readJsonBody } from "../errors.js";
import { ensureConnected, pageJson, pageRequest } from "../paging.js";
import { AsOfQuerySchema, ClaimQuerySchema, type ReviewBody, ReviewBodySchema } from "./schemas.js";

const ACTIONS: Record<ReviewBody["action"], ReviewAction> = {
  accept: "accept",
  reject: "reject",
  correct: "correct",
  "link-revision": "link_revision",
  "unlink-revision": "unlink_revision",
};

/** A stored claim with its value and period as people read them ("~13.1 bn $", "2025-01-01..2025-12-31"). */
export function withDisplay(claim: StoredClaim): StoredClaim & { valueText: string; periodText: string } {
  return {
    ...claim,
    valueText: formatClaimValue(claim.value, claim.unit),
    periodText: describePeriod(claim.period),
  };
}

/** GET /api/claims?asOf=, GET /api/claims/:id?asOf=, POST /api/claims/:id/review. */
export function claimRoutes({ store }: ServerDeps): Hono {
  const app = new Hono();

  app.get("/", async (c) => {
    const query = parseInput(ClaimQuerySchema, c.req.query(), "query");
    ensureConnected(c);
    const filter = {
      ...(query.entity ? { entity: query.entity } : {}),
      ...(query.metric ? { metric: query.metric } : {}),
      ...(query.since ? { since: query.since } : {}),
      ...(query.includeRejected ? { includeRejected: true } : {}),
    };
    const page = await readClaimListing(store, query.asOf ?? null, filter, pageRequest(query));
    ensureConnected(c);
    return pageJson(c, page, ({ items, next }) => ({ claims: items.map(withDisplay), next }));
  });

  app.get("/:id", async (c) => {
    const id = c.req.param("id");
    const { asOf } = parseInput(AsOfQuerySchema, c.req.query(), "query");
    const found = await readClaimAsOf(store, id, asOf ?? null);
    if (!found)
      throw new FrontierError(
        "not_found",
        `no claim with id ${id}${asOf ? ` in the ledger as of ${asOf}` : ""}`,
      );
    const { claim, events } = found;
    const document = await store.getDocument(claim.documentId);
    return c.json({
      claim: withDisplay(claim),
      sentence: document ? markSpan(document.text, claim.span.start, claim.span.end, false) : null,
      rules: Object.fromEntries(rulesByField(claim.explanation ?? "")),
      events,
    });
  });

  app.post("/:id/review", async (c) => {
    const id = c.req.param("id");
    const body = parseInput(ReviewBodySchema, await readJsonBody(c), "review");
    const actor = reviewerFor(c, body.by);
    const claim = await store.getClaim(id);
    if (!claim) throw new FrontierError("not_found", `no claim with id ${id}`);
    const payload =
      body.action === "correct" ? (body.set ?? {}) : body.target !== undefined ? { target: body.target } : {};
    const event = await store.appendReviewEvent(
      { claimId: id, action: ACTIONS[body.action], actor, reason: body.reason, payload },
      body.expectVersion ?? claim.version,
    );
    const updated = await store.getClaim(id);
    return c.json({ event, claim: updated ? withDisplay(updated) : null });
  });

  return app;
}
