import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value"]);

describe("a metric word inside an aside closed before the figure", () => {
  it("does not measure the figure the clause goes on to give", () => {
    assert.deepEqual(
      read(
        "AI startup Nimbra said its annualized revenue — the figure that multiplies by twelve the latest month's sales — reached $90 million.",
        "en",
      ),
      [["revenue_run_rate", 9e7]],
    );
    assert.deepEqual(
      read(
        "AI startup Nimbra reported an ARR (a figure that takes twelve times the latest month of subscription sales) of $50 million.",
        "en",
      ),
      [["revenue_run_rate", 5e7]],
    );
    assert.deepEqual(
      read(
        "Le revenu annualisé de la start-up Nimbra — qui multiplie par douze les ventes du dernier mois — dépasse désormais 90 millions d'euros.",
        "fr",
      ),
      [["revenue_run_rate", 9e7]],
    );
  });

  it("leaves a word before the aside, or an aside with no metric word, as it was", () => {
    assert.deepEqual(
      read(
        "Le chiffre d'affaires de Nimbra — un record pour la start-up — a atteint 40 millions d'euros en 2024.",
        "fr",
      ),
      [["revenue", 4e7]],
    );
    assert.deepEqual(
      read("AI startup Nimbra said its sales, a record for the company, reached $40 million in 2024.", "en"),
      [["revenue", 4e7]],
    );
  });
});
