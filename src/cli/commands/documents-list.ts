import type { DocumentSummary } from "../../ledger/index.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { nextPageLine, PAGE_HELP, PAGE_OPTIONS, pageFrom } from "../paging.js";
import { renderTable, truncate } from "../table.js";

export const documentsListCommand: Command = {
  name: "documents list",
  summary: "list the documents in the ledger",
  usage: "[--limit N] [--after CURSOR] [--db PATH] [--json]",
  help: { ...PAGE_HELP, ...LEDGER_HELP },
  options: { ...PAGE_OPTIONS, ...LEDGER_OPTIONS },
  run: async ({ io, values }) => {
    const paging = pageFrom(values);
    return withLedger(values, io, async (store) => {
      const page = paging
        ? await store.pageDocuments(paging)
        : { items: await store.listDocuments(), next: null };
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
      d.published ? `${d.published} (${d.publishedHow})` : "unknown",
      String(d.claimCount),
    ]),
  );
}
