import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"]);

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
