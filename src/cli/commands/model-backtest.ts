import { FrontierError } from "../../core/index.js";
import { renderBacktestText } from "../../model/backtest-text.js";
import { formatIssue } from "../../model/messages.js";
import { runScenario } from "../../model/runner.js";
import { ledgerBacktest } from "../../use-cases/scenarios.js";
import { asOfOption } from "../as-of-option.js";
import type { Command } from "../command.js";
import { runOptionsOf } from "./chart-model.js";
import { MODEL_HELP, MODEL_OPTIONS, prepareWithStore, withModelLedger } from "./model-shared.js";

/**
 * `model backtest`: runs the scenario bound to the ledger (as `model run` does), then sets each
 * reported actual of the outputs its `backtest:` section maps beside the model's p5–p95. Exit 0
 * when every actual is inside or excepted by the scenario, 1 otherwise.
 */
export const modelBacktestCommand: Command = {
  name: "model backtest",
  summary:
    "reported actuals from the ledger beside the scenario's p5–p95, inside or outside, with their sources",
  usage: "<scenario.yaml> [--samples N] [--seed S] [--workers W] [--db PATH] [--as-of DATE] [--json]",
  help: MODEL_HELP,
  options: { ...MODEL_OPTIONS },
  async run({ io, values, positionals }) {
    if (positionals.length !== 1) throw new FrontierError("usage", "expected one scenario file");
    if (values["no-ledger"])
      throw new FrontierError("usage", "backtest compares with a ledger: drop --no-ledger");
    const options = runOptionsOf(values);
    return withModelLedger(values, io, async (store, ledger) => {
      if (!store) throw new FrontierError("not_found", `backtest needs a ledger: ${ledger}`);
      const prepared = await prepareWithStore(positionals, store, values, io);
      if (!prepared) return 1;
      const { bundle } = prepared[0]!;
      if (Object.keys(bundle!.scenario.backtest).length === 0)
        throw new FrontierError(
          "invalid_input",
          `${positionals[0]} has no backtest: section (e.g. backtest: {revenue: {entity: OpenAI, metric: revenue}})`,
        );
      const outcome = await runScenario(bundle!, options);
      if (!outcome.result) {
        for (const issue of outcome.issues) io.stderr(`${formatIssue(issue)}\n`);
        return 1;
      }
      const { result, titles } = await ledgerBacktest(
        store,
        bundle!.scenario,
        outcome.result,
        asOfOption(values),
      );
      io.stdout(
        values.json
          ? `${JSON.stringify({ ...result, ledger, rows: result.rows.map((r) => ({ ...r, documentTitle: titles.get(r.document) ?? null })) }, null, 2)}\n`
          : renderBacktestText(result, ledger, titles),
      );
      return result.passed ? 0 : 1;
    });
  },
};
