import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../test/support/claims.js";

const read = claimFields(["metric", "qualifier"]);

/**
 * "better than expected", « meilleurs que prévu », "as expected": a comparison of an actual figure with
 * what was expected, no plan of the company's (CLAIMS.md §7); the plan words stay plans elsewhere.
 */
describe("a figure compared with what was expected is no target", () => {
  it("reads 'than expected' and 'as expected' as actual figures (en)", () => {
    assert.deepEqual(
      read("Cohere posted better-than-expected quarterly results, driven by a 41% rise in revenue.", "en"),
      [["revenue_growth", "reported"]],
    );
    assert.deepEqual(read("Cohere's revenue rose 41% in the quarter, faster than expected.", "en"), [
      ["revenue_growth", "reported"],
    ]);
  });

  it("reads « que prévu » and « comme prévu » as actual figures (fr)", () => {
    assert.deepEqual(
      read(
        "Cohere a publié des résultats trimestriels meilleurs que prévu, portés par une hausse de 41 % de son chiffre d'affaires.",
        "fr",
      ),
      [["revenue_growth", "reported"]],
    );
    assert.deepEqual(read("Le chiffre d'affaires de Cohere a augmenté de 41 %, comme prévu.", "fr"), [
      ["revenue_growth", "reported"],
    ]);
  });

  it("keeps an expectation or a plan a target (near misses)", () => {
    assert.deepEqual(read("Cohere's revenue is expected to rise 41% next year.", "en"), [
      ["revenue_growth", "target"],
    ]);
    assert.deepEqual(read("Cohere expects revenue to rise 41% next year.", "en"), [
      ["revenue_growth", "target"],
    ]);
    assert.deepEqual(
      read("Cohere a prévu une hausse de 41 % de son chiffre d'affaires l'an prochain.", "fr"),
      [["revenue_growth", "target"]],
    );
    assert.deepEqual(read("La hausse prévue de 41 % du chiffre d'affaires de Cohere.", "fr"), [
      ["revenue_growth", "target"],
    ]);
  });
});
