import { type DocumentSummary, readDocumentListing } from "../../ledger/index.js";
import { AS_OF_HELP, AS_OF_OPTIONS, asOfOption } from "../as-of-option.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { nextPageLine, PAGE_HELP, PAGE_OPTIONS, pageFrom } from "../paging.js";
import { renderTable, truncate } from "../table.js";

export const documentsListCommand: Command = {
  name: "documents list",
  summary: "list the documents in the ledger",
  usage: "[--as-of DATE] [--limit N] [--after CURSOR] [--db PATH] [--json]",
  help: { ...AS_OF_HELP, ...PAGE_HELP, ...LEDGER_HELP },
  options: { ...AS_OF_OPTIONS, ...PAGE_OPTIONS, ...LEDGER_OPTIONS },
  run: async ({ io, values }) => {
    const paging = pageFrom(values);
    const asOf = asOfOption(values);
    return withLedger(values, io, async (store) => {
      const page = await readDocumentListing(store, asOf, paging);
      const documents = page.items;
      if (booleanOption(values, "json")) {
        io.stdout(`${JSON.stringify(paging ? { documents, next: page.next } : documents, null, 2)}\n`);
        return 0;
      }
      if (documents.length === 0 && !paging) {
        io.stdout("the ledger holds no documents yet: run 'frontier-ledger ingest <files>'\n");
        return 0;
      }
      io.stdout(renderDocumentTable(documents) + nextPageLine(page.next));
      return 0;
    });
  },
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
