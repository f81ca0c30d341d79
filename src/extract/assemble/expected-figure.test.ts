import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value", "qualifier"]);

describe("the market's figure for what was just reported measures the same thing", () => {
  it("'analysts had estimated' after a revenue forecast (en)", () => {
    const text =
      "Marvell expects revenue of about $2.2 billion in the current quarter, the company said. Analysts had estimated $2.1 billion on average.";
    assert.deepEqual(read(text, "en"), [
      ["Marvell", "revenue", 2.2e9, "target"],
      ["Marvell", "revenue", 2.1e9, "estimated"],
    ]);
  });

  it("'the consensus was' after a reported capex figure (en)", () => {
    const text =
      "Meta spent $19.4 billion on capital expenditures in the third quarter. The consensus was $18.9 billion.";
    assert.deepEqual(
      read(text, "en").map(([entity, metric, value, qualifier]) => [entity, metric, value, qualifier]),
      [
        ["Meta", "capex", 19.4e9, "reported"],
        ["Meta", "capex", 18.9e9, "estimated"],
      ],
    );
  });

  it("« le consensus tablait sur » après un chiffre d'affaires (fr)", () => {
    const text =
      "ASML a réalisé un chiffre d'affaires de 7,5 milliards d'euros au troisième trimestre. Le consensus tablait sur 7,2 milliards d'euros.";
    assert.deepEqual(read(text, "fr"), [
      ["ASML", "revenue", 7.5e9, "reported"],
      ["ASML", "revenue", 7.2e9, "estimated"],
    ]);
  });

  it("« les analystes attendaient » après des investissements (fr)", () => {
    const text =
      "Alphabet a investi 24 milliards de dollars au troisième trimestre. Les analystes attendaient 22 milliards.";
    assert.deepEqual(read(text, "fr"), [
      ["Alphabet", "capex", 24e9, "reported"],
      ["Alphabet", "capex", 22e9, "estimated"],
    ]);
  });

  it("analysts polled by a named service had forecast: their figures are estimates (en)", () => {
    const text =
      "Marvell reported revenue of $2.01 billion. Analysts polled by FactSet had forecast revenue of $1.98 billion.";
    assert.deepEqual(read(text, "en"), [
      ["Marvell", "revenue", 2.01e9, "reported"],
      ["Marvell", "revenue", 1.98e9, "estimated"],
    ]);
  });

  it("an estimate of its own takes no metric from the figure before (en)", () => {
    const text =
      "Meta spent $19.4 billion on capital expenditures in the third quarter. An estimated 3,000 workers were hired.";
    assert.deepEqual(
      read(text, "en").map(([, metric, value]) => [metric, value]),
      [["capex", 19.4e9]],
    );
  });

  it("an expectation of another size measures something else: no metric from the total before (fr)", () => {
    const text =
      "ASML a porté son carnet de commandes à 38 milliards d'euros. Le consensus s'attendait à 3,5 milliards d'euros de commandes sur le trimestre.";
    assert.ok(!read(text, "fr").some(([, , value]) => value === 3.5e9));
  });

  it("an expectation of another size measures something else (en)", () => {
    const text =
      "Oracle's contract backlog reached $455 billion at the end of the quarter. Analysts had expected $60 billion in new bookings.";
    assert.ok(!read(text, "en").some(([, , value]) => value === 60e9));
  });

  it("an expectation of orders takes no metric: only results analysts forecast lend theirs (fr)", () => {
    const text =
      "ASML a enregistré 4,2 milliards d'euros de commandes sur le trimestre, portant son carnet à 38 milliards d'euros. Le consensus s'attendait à 3,5 milliards d'euros.";
    assert.ok(!read(text, "fr").some(([, , value]) => value === 3.5e9));
  });
});
