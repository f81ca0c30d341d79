import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value"]);

describe("revenue reached at a point in time", () => {
  it("is a run-rate", () => {
    assert.deepEqual(read("AI startup Nimbra is on track to hit $3 billion in revenue by year-end.", "en"), [
      ["revenue_run_rate", 3e9],
    ]);
    assert.deepEqual(
      read("AI startup Nimbra expects to reach more than $3 billion in sales by the end of 2026.", "en"),
      [["revenue_run_rate", 3e9]],
    );
    assert.deepEqual(read("AI startup Nimbra said revenue crossed $3 billion at the end of March.", "en"), [
      ["revenue_run_rate", 3e9],
    ]);
    assert.deepEqual(
      read(
        "La start-up Nimbra devrait atteindre 500 millions d'euros de chiffre d'affaires d'ici la fin de l'année.",
        "fr",
      ),
      [["revenue_run_rate", 5e8]],
    );
  });

  it("stays a year's or a quarter's revenue", () => {
    assert.deepEqual(read("AI startup Nimbra expects to reach $3 billion in revenue in 2026.", "en"), [
      ["revenue", 3e9],
    ]);
    assert.deepEqual(
      read("La start-up Nimbra devrait atteindre 500 millions d'euros de chiffre d'affaires en 2026.", "fr"),
      [["revenue", 5e8]],
    );
    assert.deepEqual(
      read(
        "Nimbra's quarterly revenue should hit $3 billion by the end of the year, AI startup Nimbra said.",
        "en",
      ),
      [["revenue", 3e9]],
    );
  });
});
