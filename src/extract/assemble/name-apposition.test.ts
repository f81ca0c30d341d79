import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** [entity, metric, low or high] of every claim, in order. */
const read = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => [c.entity, c.metric, c.value.low ?? c.value.high]);

describe("an apposition describing a company between its name and its verb", () => {
  it("leaves the figure the metric of the statement it parallels (en)", () => {
    assert.deepEqual(
      read(
        "Oracle's capex rose to $12 billion. Amazon, its biggest cloud competitor, spent $31 billion.",
        "en",
      ),
      [
        ["Oracle", "capex", 12e9],
        ["Amazon", "capex", 31e9],
      ],
    );
  });

  it("leaves the figure the metric of the statement it parallels (fr)", () => {
    assert.deepEqual(
      read(
        "Les dépenses d'investissement d'Oracle ont atteint 12 milliards de dollars. Amazon, son grand rival dans le cloud, a dépensé 31 milliards de dollars.",
        "fr",
      ),
      [
        ["Oracle", "capex", 12e9],
        ["Amazon", "capex", 31e9],
      ],
    );
  });
});
