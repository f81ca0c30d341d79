import { type DocumentSummary, readSnapshot } from "../../ledger/index.js";
import { AS_OF_HELP, AS_OF_OPTIONS, asOfOption } from "../as-of-option.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { renderTable, truncate } from "../table.js";

export const documentsListCommand: Command = {
  name: "documents list",
  summary: "list the documents in the ledger",
  usage: "[--as-of DATE] [--db PATH] [--json]",
  help: { ...AS_OF_HELP, ...LEDGER_HELP },
  options: { ...AS_OF_OPTIONS, ...LEDGER_OPTIONS },
  run: async ({ io, values }) =>
    withLedger(values, io, async (store) => {
      const asOf = asOfOption(values);
      const documents =
        asOf === null ? await store.listDocuments() : (await readSnapshot(store, asOf)).documents;
      if (booleanOption(values, "json")) {
        io.stdout(`${JSON.stringify(documents, null, 2)}\n`);
        return 0;
      }
      if (documents.length === 0) {
        io.stdout("the ledger holds no documents yet: run 'frontier-ledger ingest <files>'\n");
        return 0;
      }
      io.stdout(renderDocumentTable(documents));
      return 0;
    }),
};

export function renderDocumentTable(documents: readonly DocumentSummary[]): string {
  return renderTable(
    ["id", "title", "source", "language", "published", "claims"],
    documents.map((d) => [
      d.id,
      truncate(d.title, 48),
      truncate(d.source, 40),
      `${d.language} (${d.languageConfidence.toFixed(2)})`,
      d.published
        ? `${d.published} (${d.publishedHow}${d.publishedConfidence && d.publishedConfidence !== "high" ? `, ${d.publishedConfidence} confidence` : ""})`
        : "unknown",
      String(d.claimCount),
    ]),
  );
}
