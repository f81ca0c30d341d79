import { FrontierError } from "../../core/index.js";
import type { StoredClaim } from "../../ledger/port.js";
import { markSpan, rulesByField } from "../../report/claim-text.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS } from "../command.js";
import { withLedger } from "../ledger-option.js";

export { markSpan, rulesByField };

const FIELDS = [
  "value",
  "unit",
  "metric",
  "entity",
  "counterparty",
  "period",
  "qualifier",
  "attribution",
  "item",
] as const;

function describe(claim: StoredClaim, field: (typeof FIELDS)[number]): string {
  const value = claim[field];
  return value === null ? "null" : typeof value === "object" ? JSON.stringify(value) : String(value);
}

export const explainCommand: Command = {
  name: "explain",
  summary: "show a claim's sentence with its span marked and why each field got its value",
  usage: "<claim-id> [--db PATH] [--json]",
  help: { ...LEDGER_HELP },
  options: { ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    const [id, ...extra] = positionals;
    if (!id || extra.length > 0) throw new FrontierError("usage", "give exactly one claim id");
    return withLedger(values, io, async (store) => {
      const claim = await store.getClaim(id);
      if (!claim)
        throw new FrontierError(
          "not_found",
          `no claim with id ${id}: 'frontier-ledger claims list' shows them`,
        );
      const document = await store.getDocument(claim.documentId);
      const rules = rulesByField(claim.explanation ?? "");
      if (booleanOption(values, "json")) {
        const sentence = document ? markSpan(document.text, claim.span.start, claim.span.end, false) : null;
        io.stdout(`${JSON.stringify({ claim, sentence, rules: Object.fromEntries(rules) }, null, 2)}\n`);
        return 0;
      }
      const lines = [`claim ${claim.id} in document ${claim.documentId} (${claim.status})`, ""];
      lines.push(
        document
          ? markSpan(document.text, claim.span.start, claim.span.end, io.isTTY)
          : `⟦${claim.quote}⟧ (document text unavailable)`,
        "",
      );
      for (const field of FIELDS) {
        const why = rules.get(field) ?? [];
        lines.push(`${field.padEnd(13)} ${describe(claim, field)}`);
        for (const rule of why) lines.push(`${"".padEnd(15)}← ${rule}`);
        for (const list of rules.get(`${field} candidates`) ?? []) {
          lines.push(`${"".padEnd(15)}candidates (score [deciding features]):`);
          for (const option of list.split(" | ")) lines.push(`${"".padEnd(17)}${option}`);
        }
      }
      const shown = new Set<string>([...FIELDS, ...FIELDS.map((f) => `${f} candidates`)]);
      const other = [...rules.entries()].filter(([field]) => !shown.has(field));
      for (const [field, list] of other)
        for (const rule of list)
          lines.push(`${"note".padEnd(13)} ${field === "other" ? "" : `${field}: `}${rule}`);
      if (claim.confidence !== undefined) lines.push(`${"confidence".padEnd(13)} ${claim.confidence}`);
      io.stdout(`${lines.join("\n")}\n`);
      return 0;
    });
  },
};
