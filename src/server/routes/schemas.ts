import { z } from "zod";
import { LANGUAGES, METRICS } from "../../core/index.js";
import { PAGE_QUERY } from "../paging.js";

/** The zod schemas of the API's query strings and bodies: the single source of what a request may carry. */

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const metric = z.enum(METRICS, { error: "unknown metric (CLAIMS.md §2 lists them)" });
/** The ledger as known on a date (ledger/as-of.ts), on every reading route: a real month and day. */
export const AS_OF_FIELD = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    "expected a date YYYY-MM-DD (or YYYY-MM, YYYY)",
  )
  .optional();
const asOf = AS_OF_FIELD;

export const ChangesQuerySchema = z
  .strictObject({
    since: z.string().regex(DATE, "expected a date YYYY-MM-DD (or YYYY-MM, YYYY)").optional(),
    from: z.string().trim().min(1).max(300).optional(),
    asOf,
    scenarios: flag.optional(),
  })
  .refine((q) => (q.since === undefined) !== (q.from === undefined), {
    message: "give one of since=DATE and from=DOCUMENT",
  });

export const ClaimQuerySchema = z.strictObject({
  entity: z.string().trim().min(1).max(200).optional(),
  metric: metric.optional(),
  since: z.string().regex(DATE, "expected a date YYYY-MM-DD (or YYYY-MM, YYYY)").optional(),
  includeRejected: flag.optional(),
  asOf,
  ...PAGE_QUERY,
});

/** One thing (a claim, a document, a dashboard view) as the ledger knows it now or knew it on a date. */
export const AsOfQuerySchema = z.strictObject({ asOf });

/** A listing's page, of the ledger now or as known on a date. */
export const PageQuerySchema = z.strictObject({ ...PAGE_QUERY, asOf });

export const REVIEW_ACTION_WORDS = [
  "accept",
  "reject",
  "correct",
  "link-revision",
  "unlink-revision",
] as const;

export const ReviewBodySchema = z
  .strictObject({
    action: z.enum(REVIEW_ACTION_WORDS),
    reason: z.string().trim().min(1, "say why: the reason stays with the event").max(2000),
    /** Without sign-in, who reviews; signed in, the reviewer is the token's user. */
    by: z.string().trim().min(1, "name the reviewer").max(200).optional(),
    /** correct only: the corrected fields (CLAIMS.md shape; the ledger validates them). */
    set: z.record(z.string(), z.unknown()).optional(),
    /** link-revision / unlink-revision only: the claim this one revises. */
    target: z.string().min(1).max(200).optional(),
    /** The claim version the reviewer saw; a newer version is a conflict (409). */
    expectVersion: z.int().min(0).optional(),
  })
  .superRefine((body, ctx) => {
    const linking = body.action === "link-revision" || body.action === "unlink-revision";
    if (body.action === "correct" && (!body.set || Object.keys(body.set).length === 0))
      ctx.addIssue({ code: "custom", path: ["set"], message: "correct needs at least one field to set" });
    if (body.action !== "correct" && body.set !== undefined)
      ctx.addIssue({ code: "custom", path: ["set"], message: "set applies to correct only" });
    if (linking && body.target === undefined)
      ctx.addIssue({ code: "custom", path: ["target"], message: `${body.action} needs a target claim id` });
    if (!linking && body.target !== undefined)
      ctx.addIssue({ code: "custom", path: ["target"], message: "target applies to link-revision only" });
  });
export type ReviewBody = z.infer<typeof ReviewBodySchema>;

/** A reviewer's publication date for a document (`documents set-date` over HTTP). */
export const DocumentDateBodySchema = z.strictObject({
  published: z.string().trim().min(1, "give the date YYYY, YYYY-MM or YYYY-MM-DD").max(10),
  reason: z
    .string()
    .trim()
    .min(1, "say how the date was established: the reason stays with the event")
    .max(2000),
  /** Without sign-in, who reviews; signed in, the reviewer is the token's user. */
  by: z.string().trim().min(1, "name the reviewer").max(200).optional(),
});

export const TimelineQuerySchema = z.strictObject({ metric: metric.optional(), asOf });

export const ChecksQuerySchema = z.strictObject({
  rule: z.string().min(1).max(100).optional(),
  asOf,
  ...PAGE_QUERY,
});

export const ChartQuerySchema = z.strictObject({
  entity: z.string().trim().min(1).max(200),
  metric: metric.optional(),
  lang: z.enum(LANGUAGES).optional(),
  asOf,
});

export const ModelRunBodySchema = z.strictObject({
  /** A path under the scenarios folder ("openai-2026-revised.yaml") or the YAML text itself. */
  scenario: z
    .string()
    .min(1)
    .max(512 * 1024),
  samples: z.int().min(1).optional(),
  seed: z.int().min(0).max(0xffffffff).optional(),
  /** Bind the scenario's inputs (and backtest) to the ledger as known on this date. */
  asOf,
});
export type ModelRunBody = z.infer<typeof ModelRunBodySchema>;

/** Names of a table or mapping in messages (file:line): a plain file name, no folders. */
const fileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^/\\]+$/, "a file name without folders");

/** POST /api/import: a CSV table and its mapping (text, or the name of a shipped mapping), as `import` reads them. */
export const ImportBodySchema = z
  .strictObject({
    csv: z.string().min(1, "the CSV is empty"),
    file: fileName.default("table.csv"),
    mapping: z.string().min(1).optional(),
    mappingName: fileName.optional(),
    published: z.string().optional(),
  })
  .refine((b) => (b.mapping === undefined) !== (b.mappingName === undefined), {
    message: "give one of mapping (its YAML or JSON) and mappingName (a shipped mapping)",
  });
