import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

/** [entity, counterparty, metric, value] of every claim, in order. */
const roles = claimFields(["entity", "counterparty", "metric", "value"]);

describe("the company an acquisition price pays for", () => {
  it("is the object of the verb of buying (EN, FR)", () => {
    assert.deepEqual(roles("Vantor Labs agreed to buy Quellix for $1.2 billion.", "en"), [
      ["Vantor Labs", "Quellix", "acquisition_price", 1.2e9],
    ]);
    assert.deepEqual(
      roles("La société Brivelle a racheté la start-up Quellix pour 300 millions d'euros.", "fr"),
      [["Brivelle", "Quellix", "acquisition_price", 3e8]],
    );
  });

  it("is the subject of a passive, the buyer named after 'by' / « par » (EN, FR)", () => {
    assert.deepEqual(roles("Quellix was acquired by Vantor Labs for $1.2 billion.", "en"), [
      ["Vantor Labs", "Quellix", "acquisition_price", 1.2e9],
    ]);
    assert.deepEqual(
      roles("Quellix, a maker of design software, has been bought by Nvidia for $900 million.", "en"),
      [["Nvidia", "Quellix", "acquisition_price", 9e8]],
    );
    assert.deepEqual(
      roles("Quellix a été rachetée par la société Brivelle pour 300 millions d'euros.", "fr"),
      [["Brivelle", "Quellix", "acquisition_price", 3e8]],
    );
  });

  it("is never the supplier of goods bought", () => {
    assert.deepEqual(
      roles("Vantor Labs bought 10,000 GPUs from Nvidia for $300 million.", "en").map(
        ([, , metric]) => metric,
      ),
      ["gpu_count", "compute_commitment"],
    );
  });
});

describe("an adjective of nationality before the description of the company bought", () => {
  it("describes the company and is no name of it (EN)", () => {
    assert.deepEqual(
      roles("Brightwave Capital is buying Danish data center operator Nordhalle for $4.2 billion.", "en"),
      [["Brightwave Capital", "Nordhalle", "acquisition_price", 4.2e9]],
    );
    assert.deepEqual(
      roles("Kestrel Partners agreed to acquire British chipmaker Ardent Systems for $900 million.", "en"),
      [["Kestrel Partners", "Ardent Systems", "acquisition_price", 9e8]],
    );
    assert.deepEqual(
      roles(
        "Last week Orvane Group completed its purchase of South Korean cooling specialist Haneul Therm for $610 million.",
        "en",
      ),
      [["Orvane Group", "Haneul Therm", "acquisition_price", 6.1e8]],
    );
  });

  it("stays in a name whose next word is capitalised (EN)", () => {
    assert.deepEqual(roles("Brightwave Capital agreed to buy American Pylon for $2 billion.", "en"), [
      ["Brightwave Capital", "American Pylon", "acquisition_price", 2e9],
    ]);
  });
});

describe("a price per share offered for a company", () => {
  it("has the company bought as its other end (FR, EN)", () => {
    assert.deepEqual(
      roles(
        "Selon la presse, Vantor Labs a déposé une offre d'achat en numéraire de Quellix pour 7,40 dollars par action.",
        "fr",
      ),
      [["Vantor Labs", "Quellix", "share_price", 7.4]],
    );
    assert.deepEqual(roles("Vantor Labs offered to acquire Quellix at $7.40 a share in cash.", "en"), [
      ["Vantor Labs", "Quellix", "share_price", 7.4],
    ]);
    assert.deepEqual(roles("Orvane Group has agreed to buy Haneul Therm at $31 per share.", "en"), [
      ["Orvane Group", "Haneul Therm", "share_price", 31],
    ]);
  });
});
