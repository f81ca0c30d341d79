import { FrontierError, printable } from "../../core/index.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS } from "../command.js";
import { withLedger } from "../ledger-option.js";

export const documentsShowCommand: Command = {
  name: "documents show",
  summary: "show one document: its metadata, analysed text and removed furniture",
  usage: "<id> [--db PATH] [--json]",
  help: { ...LEDGER_HELP },
  options: { ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    const [id, ...extra] = positionals;
    if (!id || extra.length > 0) throw new FrontierError("usage", "give exactly one document id");
    return withLedger(values, io, async (store) => {
      const document = await store.getDocument(id);
      if (!document)
        throw new FrontierError(
          "not_found",
          `no document with id ${id}: 'frontier-ledger documents list' shows them`,
        );
      if (booleanOption(values, "json")) {
        io.stdout(`${JSON.stringify(document, null, 2)}\n`);
        return 0;
      }
      const lines = [
        `id:         ${document.id}`,
        `title:      ${printable(document.title)}`,
        `source:     ${printable(document.source)}`,
        `format:     ${document.format}`,
        `language:   ${document.language} (confidence ${document.languageConfidence.toFixed(2)})`,
        `published:  ${document.published ?? "unknown"} (${document.publishedHow}${document.publishedConfidence ? `, ${document.publishedConfidence} confidence` : ""})`,
        ...(document.publishedEvidence ? [`date from:  ${document.publishedEvidence}`] : []),
        ...(document.outlet ? [`outlet:     ${document.outlet}`] : []),
        `hash:       ${document.contentHash}`,
        `ingested:   ${document.ingestedAt}`,
        `claims:     ${document.claimCount}`,
        "",
        "--- analysed text ---",
        document.text,
        "",
        `--- removed furniture (${document.furniture.length} block${document.furniture.length === 1 ? "" : "s"}) ---`,
        ...document.furniture.map((block) => `[${block.kind}] ${block.text.replace(/\s+/g, " ").trim()}`),
      ];
      io.stdout(`${lines.join("\n")}\n`);
      return 0;
    });
  },
};
