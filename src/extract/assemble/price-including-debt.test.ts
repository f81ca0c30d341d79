import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value"]);

describe("a purchase price counted with the debt taken on is a price, not debt raised", () => {
  it("a buying verb with its price and the price including debt (en)", () => {
    assert.deepEqual(
      read(
        "Vistra agreed last month to buy Lightfield for $9.2 billion in cash, or about $14 billion including debt.",
        "en",
      ),
      [
        ["acquisition_price", 9.2e9],
        ["acquisition_price", 14e9],
      ],
    );
    assert.deepEqual(read("Equinix will buy Stackpoint for $3 billion, including debt.", "en"), [
      ["acquisition_price", 3e9],
    ]);
    assert.deepEqual(read("Oracle plans to buy Tessell for about $2 billion.", "en"), [
      ["acquisition_price", 2e9],
    ]);
  });

  it("« acheter » with its price, « dette comprise » or « y compris la dette » (fr)", () => {
    assert.deepEqual(
      read(
        "Vistra a accepté d'acheter Lightfield pour 9,2 milliards de dollars, soit environ 14 milliards dette comprise.",
        "fr",
      ),
      [
        ["acquisition_price", 9.2e9],
        ["acquisition_price", 14e9],
      ],
    );
    assert.deepEqual(read("Equinix achète Stackpoint pour 3 milliards d'euros, y compris la dette.", "fr"), [
      ["acquisition_price", 3e9],
    ]);
  });

  it("debt raised stays debt; buying chips or power is no company bought (fr, en)", () => {
    assert.deepEqual(read("Vistra raised $2 billion of debt to buy Lightfield.", "en"), [
      ["debt_issuance", 2e9],
    ]);
    assert.deepEqual(read("Vistra a levé 2 milliards de dollars de dette pour acheter Lightfield.", "fr"), [
      ["debt_issuance", 2e9],
    ]);
    assert.notDeepEqual(read("Lambda will buy Nvidia chips for $1.5 billion.", "en"), [
      ["acquisition_price", 1.5e9],
    ]);
    assert.notDeepEqual(read("Lambda va acheter Nvidia puces pour 1,5 milliard de dollars.", "fr"), [
      ["acquisition_price", 1.5e9],
    ]);
  });
});
