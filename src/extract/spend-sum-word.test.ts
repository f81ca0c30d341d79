import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../test/support/claims.js";

const owners = claimFields(["entity", "value"]);
const metrics = claimFields(["metric", "value"]);

/**
 * "will spend a combined $X", « consacreront au total X »: a sum word between a bare spending verb and
 * its amount keeps the verb's reading (the metric comes from the verb, the owner is the group).
 */
describe("a sum word between a spending verb and its amount", () => {
  it("keeps the spending reading after 'a combined' (en)", () => {
    assert.deepEqual(owners("Microsoft and Meta will spend a combined $150 billion this year."), [
      ["Microsoft+Meta", 150e9],
    ]);
  });

  it("keeps it after 'a total of' and 'collectively' (en)", () => {
    assert.deepEqual(owners("Alphabet and Amazon expect to spend a total of $90 billion on the project."), [
      ["Alphabet+Amazon", 90e9],
    ]);
    assert.deepEqual(owners("Oracle and SoftBank plan to devote collectively $40 billion to the venture."), [
      ["Oracle+SoftBank", 40e9],
    ]);
  });

  it("keeps it after « au total » and « un total cumulé de » (fr)", () => {
    assert.deepEqual(owners("Amazon et Meta consacreront au total 6 milliards d'euros au projet.", "fr"), [
      ["Amazon+Meta", 6e9],
    ]);
    assert.deepEqual(
      owners(
        "Amazon, Meta et Alphabet vont dépenser un total cumulé de 150 milliards de dollars cette année.",
        "fr",
      ),
      [["Amazon+Meta+Alphabet", 150e9]],
    );
  });

  it("leaves a metric noun of its own in charge (near miss)", () => {
    assert.deepEqual(
      metrics("Microsoft and Meta will report a combined $150 billion in revenue this year.").map(
        (c) => c[0],
      ),
      ["revenue"],
    );
  });
});
