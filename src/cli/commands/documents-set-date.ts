import { FrontierError } from "../../core/index.js";
import { parseGivenDate } from "../../documents/index.js";
import { redateDocument } from "../../pipeline.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS, stringOption } from "../command.js";
import { withLedger } from "../ledger-option.js";

/** A reviewer's date for a document: logged like a claim review; revisions and conflicts follow it. */
export const documentsSetDateCommand: Command = {
  name: "documents set-date",
  summary: "set a document's publication date (a review event with who, when, why and the previous date)",
  usage: "<document-id> <YYYY[-MM[-DD]]> --reason TEXT [--by NAME] [--db PATH] [--json]",
  help: {
    reason: "how the date was established (required; kept with the event)",
    by: "who reviews (default: the USER environment variable)",
    ...LEDGER_HELP,
    json: "print the recorded event as JSON",
  },
  options: { reason: { type: "string" }, by: { type: "string" }, ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    const [documentId, date, ...extra] = positionals;
    if (!documentId || !date)
      throw new FrontierError("usage", "give the document id and the date ('documents list' shows the ids)");
    if (extra.length > 0) throw new FrontierError("usage", `unexpected argument '${extra[0]}'`);
    const published = parseGivenDate(date);
    if (published === null)
      throw new FrontierError("usage", `'${date}' is not a date YYYY, YYYY-MM or YYYY-MM-DD`);
    const reason = stringOption(values, "reason")?.trim();
    if (!reason) throw new FrontierError("usage", "--reason is required: say how the date was established");
    const actor = stringOption(values, "by") ?? io.env.USER;
    if (!actor)
      throw new FrontierError("usage", "--by is required when the USER environment variable is not set");
    return withLedger(values, io, async (store) => {
      const event = await redateDocument(store, { documentId, published, actor, reason });
      if (booleanOption(values, "json")) io.stdout(`${JSON.stringify(event, null, 2)}\n`);
      else
        io.stdout(
          `document ${documentId}: published ${event.previous.published ?? "unknown"} (${event.previous.publishedHow}) → ${published}, set by ${actor}${event.claims ? `; its ${event.claims.removed} unreviewed claims extracted again with the new date (${event.claims.added} now), ${event.claims.kept} reviewed kept` : ""}\n`,
        );
      return 0;
    });
  },
};
