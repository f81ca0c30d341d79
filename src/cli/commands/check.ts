import { FrontierError } from "../../core/index.js";
import { CHECK_RULES } from "../../reconcile/index.js";
import { checkRulesNamed, readChecks, unknownRuleMessage } from "../../use-cases/ledger-view.js";
import { AS_OF_HELP, AS_OF_OPTIONS, asOfOption } from "../as-of-option.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS, stringOption } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { renderTable } from "../table.js";

export const checkCommand: Command = {
  name: "check",
  summary:
    "arithmetic consistency checks across the ledger's figures: pass / warn / fail per rule with the arithmetic. Exit 0 even when checks warn or fail (findings, not errors); 2 on a usage error",
  usage: "[--rule ID] [--as-of DATE] [--json] [--db PATH]",
  help: {
    rule: `only this rule: ${CHECK_RULES.map((r) => r.id).join(", ")}`,
    ...AS_OF_HELP,
    ...LEDGER_HELP,
    json: "print the check results as JSON",
  },
  options: { rule: { type: "string" }, ...AS_OF_OPTIONS, ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    if (positionals.length > 0) throw new FrontierError("usage", `unexpected argument '${positionals[0]}'`);
    const ruleId = stringOption(values, "rule");
    const rules = checkRulesNamed(ruleId);
    if (rules.length === 0) throw new FrontierError("usage", unknownRuleMessage(ruleId));
    return withLedger(values, io, async (store) => {
      const results = await readChecks(store, rules, asOfOption(values));
      if (booleanOption(values, "json")) {
        io.stdout(`${JSON.stringify(results, null, 2)}\n`);
        return 0;
      }
      const count = (status: string) => results.filter((r) => r.status === status).length;
      const table =
        results.length === 0
          ? "no figures to check against each other\n"
          : renderTable(
              ["status", "rule", "claims", "subject", "arithmetic"],
              results.map((r) => [
                r.status.toUpperCase(),
                r.rule,
                r.claimIds.join(","),
                r.subject,
                r.arithmetic,
              ]),
            );
      io.stdout(`${table}${count("pass")} pass, ${count("warn")} warn, ${count("fail")} fail\n`);
      return 0;
    });
  },
};
