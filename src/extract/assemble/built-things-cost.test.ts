import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"], { published: "2025-11-06" });

describe("what the sites a builder announced cost", () => {
  it("is the builder's capital spending (fr)", () => {
    assert.deepEqual(
      read(
        "Oracle a annoncé la construction de six campus en Espagne. Le coût de ces campus est estimé à 12 milliards d'euros.",
        "fr",
      ),
      [["Oracle", "capex", 12e9]],
    );
    assert.deepEqual(
      read(
        "Oracle a annoncé six nouveaux centres de données. Ces centres de données coûteront 12 milliards d'euros.",
        "fr",
      ),
      [["Oracle", "capex", 12e9]],
    );
  });

  it("is the builder's capital spending (en)", () => {
    assert.deepEqual(
      read(
        "Oracle announced plans to build six campuses in Spain. The campuses will cost about $12 billion.",
        "en",
      ),
      [["Oracle", "capex", 12e9]],
    );
    assert.deepEqual(
      read(
        "Oracle announced six new data centres in Spain. The cost of these facilities is estimated at $12 billion.",
        "en",
      ),
      [["Oracle", "capex", 12e9]],
    );
  });
});
