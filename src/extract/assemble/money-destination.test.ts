import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"]);

describe("what money is put into names its metric", () => {
  it("cash handed over is how a payment is made, not cash the company holds", () => {
    assert.deepEqual(read("Brookfield contributed about $5 billion in cash to the partnership.", "en"), [
      ["Brookfield", "investment", 5e9],
    ]);
    assert.deepEqual(
      read("Brookfield a apporté environ 5 milliards de dollars en liquidités au partenariat.", "fr"),
      [["Brookfield", "investment", 5e9]],
    );
    assert.deepEqual(read("CoreWeave had $1.9 billion in cash at the end of the quarter.", "en"), [
      ["CoreWeave", "cash_position", 1.9e9],
    ]);
    assert.deepEqual(
      read("CoreWeave disposait de 1,9 milliard de dollars de liquidités à la fin du trimestre.", "fr"),
      [["CoreWeave", "cash_position", 1.9e9]],
    );
  });

  it("an amount budgeted for compute is a plan, not a commitment to a supplier", () => {
    assert.deepEqual(
      read("Mistral AI is budgeting about $3 billion on computing power through 2027.", "en"),
      [["Mistral AI", "compute_spending_target", 3e9]],
    );
    assert.deepEqual(read("xAI has budgeted $12 billion for chips this year.", "en"), [
      ["xAI", "compute_spending_target", 12e9],
    ]);
    assert.deepEqual(read("xAI budgète 12 milliards de dollars en capacités de calcul cette année.", "fr"), [
      ["xAI", "compute_spending_target", 12e9],
    ]);
    assert.deepEqual(read("Mistral AI a budgété 3 milliards d'euros pour des puces d'ici à 2027.", "fr"), [
      ["Mistral AI", "compute_spending_target", 3e9],
    ]);
  });

  it("money committed to data centres of one's own is capital spending", () => {
    assert.deepEqual(read("Amazon has committed $100 billion to new data centres in Virginia.", "en"), [
      ["Amazon", "capex", 100e9],
    ]);
    assert.deepEqual(read("Alphabet pledged about $40 billion to data centers in Texas.", "en"), [
      ["Alphabet", "capex", 40e9],
    ]);
    assert.deepEqual(
      read("Amazon a engagé 100 milliards de dollars dans de nouveaux centres de données en Virginie.", "fr"),
      [["Amazon", "capex", 100e9]],
    );
    // The scale written onto the figure, a word for the sites' kind between the article and the noun.
    assert.deepEqual(read("Microsoft has pledged $80bn to AI data centres this year.", "en"), [
      ["Microsoft", "capex", 80e9],
    ]);
    assert.deepEqual(read("Oracle committed $12B to hyperscale data centers in Ohio.", "en"), [
      ["Oracle", "capex", 12e9],
    ]);
    assert.deepEqual(read("Meta will commit another 40bn dollars to its own AI campuses.", "en"), [
      ["Meta", "capex", 40e9],
    ]);
    assert.deepEqual(
      read("Microsoft a promis 80 milliards de dollars aux centres de données d'IA cette année.", "fr"),
      [["Microsoft", "capex", 80e9]],
    );
    assert.deepEqual(read("Amazon consacrera 12 milliards d'euros au campus IA de Lyon.", "fr"), [
      ["Amazon", "capex", 12e9],
    ]);
    // Committed to a supplier, it buys compute.
    assert.deepEqual(read("OpenAI has committed $300 billion to Oracle over five years.", "en"), [
      ["OpenAI", "compute_commitment", 300e9],
    ]);
  });
});
