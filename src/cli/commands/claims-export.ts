import type { Claim } from "../../core/index.js";
import { FrontierError } from "../../core/index.js";
import type { StoredClaim } from "../../ledger/index.js";
import { type Command, LEDGER_HELP, LEDGER_OPTIONS, stringOption } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { claimFilterFrom } from "./claims-list.js";

export const claimsExportCommand: Command = {
  name: "claims export",
  summary: "export the ledger's claims (review applied) in the CLAIMS.md shape, one JSON object per line",
  usage: "--format jsonl [--entity E] [--metric M] [--since YYYY-MM-DD] [--include-rejected] [--db PATH]",
  help: {
    format: "jsonl (the only format): one claim per line, CLAIMS.md §1 plus the ledger id",
    entity: "only claims about this entity (case-insensitive)",
    metric: "only claims of this metric",
    since: "only claims of documents published on or after this date",
    "include-rejected": "also export claims a reviewer rejected",
    ...LEDGER_HELP,
    json: "accepted for symmetry: the output is JSON Lines already",
  },
  options: {
    format: { type: "string" },
    entity: { type: "string" },
    metric: { type: "string" },
    since: { type: "string" },
    "include-rejected": { type: "boolean" },
    ...LEDGER_OPTIONS,
  },
  run: async ({ io, values, positionals }) => {
    if (positionals.length > 0) throw new FrontierError("usage", `unexpected argument '${positionals[0]}'`);
    const format = stringOption(values, "format") ?? "jsonl";
    if (format !== "jsonl")
      throw new FrontierError("usage", `unknown --format '${format}': only jsonl is supported`);
    const filter = claimFilterFrom(values);
    return withLedger(values, io, async (store) => {
      for (const claim of await store.listClaims(filter))
        io.stdout(`${JSON.stringify(exportShape(claim))}\n`);
      return 0;
    });
  },
};

/** CLAIMS.md §1, keys in its order, plus the ledger's `id`. */
export function exportShape(claim: StoredClaim): Claim & { id: string } {
  return {
    id: claim.id,
    entity: claim.entity,
    counterparty: claim.counterparty,
    metric: claim.metric,
    value: claim.value,
    unit: claim.unit,
    period: claim.period,
    qualifier: claim.qualifier,
    attribution: claim.attribution,
    item: claim.item,
    span: claim.span,
    quote: claim.quote,
    document: claim.documentId,
    ...(claim.confidence === undefined ? {} : { confidence: claim.confidence }),
    ...(claim.explanation === undefined ? {} : { explanation: claim.explanation }),
  };
}
