import { FrontierError, formatClaimValue, LOW_CLAIM_CONFIDENCE } from "../../core/index.js";
import { type ClaimFilter, readClaimListing, type StoredClaim } from "../../ledger/index.js";
import { claimsCsv } from "../../report/claim-export.js";
import { AS_OF_HELP, AS_OF_OPTIONS, asOfOption } from "../as-of-option.js";
import { describePeriod } from "../claim-text.js";
import {
  booleanOption,
  type Command,
  LEDGER_HELP,
  LEDGER_OPTIONS,
  type OptionValues,
  stringOption,
} from "../command.js";
import { withLedger } from "../ledger-option.js";
import { nextPageLine, PAGE_HELP, PAGE_OPTIONS, pageFrom } from "../paging.js";
import { renderTable, truncate } from "../table.js";

export const claimsListCommand: Command = {
  name: "claims list",
  summary: "list the claims in the ledger, with their review applied",
  usage:
    "[--entity E] [--metric M] [--since YYYY-MM-DD] [--as-of DATE] [--include-rejected] [--limit N] [--after CURSOR] [--json|--csv]",
  help: {
    entity: "only claims about this entity (case-insensitive)",
    metric: "only claims of this metric (CLAIMS.md §2)",
    since: "only claims of documents published on or after this date",
    "include-rejected": "also list claims a reviewer rejected",
    csv: "print CSV (RFC 4180) instead of a table",
    ...AS_OF_HELP,
    ...PAGE_HELP,
    ...LEDGER_HELP,
  },
  options: {
    entity: { type: "string" },
    metric: { type: "string" },
    since: { type: "string" },
    "include-rejected": { type: "boolean" },
    csv: { type: "boolean" },
    ...AS_OF_OPTIONS,
    ...PAGE_OPTIONS,
    ...LEDGER_OPTIONS,
  },
  run: async ({ io, values, positionals }) => {
    if (positionals.length > 0) throw new FrontierError("usage", `unexpected argument '${positionals[0]}'`);
    if (booleanOption(values, "json") && booleanOption(values, "csv"))
      throw new FrontierError("usage", "choose one of --json and --csv");
    const filter = claimFilterFrom(values);
    const paging = pageFrom(values);
    const asOf = asOfOption(values);
    return withLedger(values, io, async (store) => {
      const page = await readClaimListing(store, asOf, filter, paging);
      const claims = page.items;
      if (booleanOption(values, "json"))
        io.stdout(`${JSON.stringify(paging ? { claims, next: page.next } : claims, null, 2)}\n`);
      else if (booleanOption(values, "csv")) io.stdout(claimsCsv(claims));
      else if (claims.length === 0) io.stdout("no claims match\n");
      else io.stdout(renderClaimsTable(claims) + nextPageLine(page.next));
      if (booleanOption(values, "csv") && page.next !== null) io.stderr(nextPageLine(page.next));
      return 0;
    });
  },
};

export function claimFilterFrom(values: OptionValues): ClaimFilter {
  const since = stringOption(values, "since");
  if (since !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(since))
    throw new FrontierError("usage", `--since expects a date YYYY-MM-DD (or YYYY-MM, YYYY), not '${since}'`);
  const entity = stringOption(values, "entity");
  const metric = stringOption(values, "metric");
  return {
    ...(entity ? { entity } : {}),
    ...(metric ? { metric } : {}),
    ...(since ? { since } : {}),
    ...(booleanOption(values, "include-rejected") ? { includeRejected: true } : {}),
  };
}

function confidenceText(confidence: number | undefined): string {
  if (confidence === undefined) return "—";
  return `${confidence.toFixed(2)}${confidence < LOW_CLAIM_CONFIDENCE ? " low" : ""}`;
}

function renderClaimsTable(claims: readonly StoredClaim[]): string {
  return renderTable(
    [
      "id",
      "document",
      "entity",
      "metric",
      "value",
      "period",
      "reported",
      "qualifier",
      "status",
      "reviewed",
      "v",
      "conf",
      "quote",
    ],
    claims.map((c) => [
      c.id,
      c.documentId,
      c.counterparty ? `${c.entity} → ${c.counterparty}` : c.entity,
      c.metric,
      formatClaimValue(c.value, c.unit),
      describePeriod(c.period),
      c.reported ?? "undated",
      c.qualifier,
      c.status,
      c.reviewedAt ? c.reviewedAt.slice(0, 10) : "—",
      String(c.version),
      confidenceText(c.confidence),
      truncate(c.quote, 60),
    ]),
  );
}
