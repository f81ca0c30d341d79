import { FrontierError } from "../../core/index.js";
import type { StoredClaim } from "../../ledger/port.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS } from "../command.js";
import { withLedger } from "../ledger-option.js";

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

/** The rules of a claim's explanation, grouped by the field they decided ("metric: …" → metric). */
export function rulesByField(explanation: string): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const part of explanation.split(/;\s+/)) {
    const match = /^([a-z ]+?):\s*(.*)$/u.exec(part);
    const field = match && match[1] !== undefined ? match[1] : "other";
    const rule = match && match[2] !== undefined ? match[2] : part;
    grouped.set(field, [...(grouped.get(field) ?? []), rule]);
  }
  return grouped;
}

/** The sentence around a span with the span marked (⟦…⟧, or reverse video on a terminal). */
export function markSpan(text: string, start: number, end: number, ansi: boolean): string {
  const before = text.lastIndexOf("\n", start - 1) + 1;
  const stops = [...text.slice(before, start).matchAll(/[.!?]\s+/gu)];
  const last = stops.at(-1);
  const from = last && last.index !== undefined ? before + last.index + last[0].length : before;
  const nextLine = text.indexOf("\n", end);
  const lineEnd = nextLine < 0 ? text.length : nextLine;
  const stop = text.slice(end, lineEnd).search(/[.!?](?:\s|$)/u);
  const to = stop < 0 ? lineEnd : end + stop + 1;
  const [open, close] = ansi ? ["\u001b[7m", "\u001b[0m"] : ["⟦", "⟧"];
  return `${text.slice(from, start)}${open}${text.slice(start, end)}${close}${text.slice(end, to)}`;
}

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
      }
      const other = [...rules.entries()].filter(([field]) => !(FIELDS as readonly string[]).includes(field));
      for (const [field, list] of other)
        for (const rule of list)
          lines.push(`${"note".padEnd(13)} ${field === "other" ? "" : `${field}: `}${rule}`);
      if (claim.confidence !== undefined) lines.push(`${"confidence".padEnd(13)} ${claim.confidence}`);
      io.stdout(`${lines.join("\n")}\n`);
      return 0;
    });
  },
};
