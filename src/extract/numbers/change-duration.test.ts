import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkQuantities as check } from "../../../test/support/quantities.js";
import { findQuantities } from "./find-quantities.js";

describe("findQuantities — 'from A to B in N months' is a change, not a range", () => {
  it("reads the old value and the new one apart", () => {
    check(
      "en",
      "Sales at Velorine: From $3 Billion to $40 Billion in 30 Months",
      ["$3 Billion", 3e9, 3e9, "exact", "USD"],
      ["$40 Billion", 4e10, 4e10, "exact", "USD"],
      ["30", 30, 30, "exact", null],
    );
    const [old] = findQuantities("from $3 billion to $40 billion within two years", "en");
    assert.ok(old?.changedFrom);
    check(
      "fr",
      "Quarkon : de 2 à 9 milliards d'euros en sept ans",
      ["2", 2e9, 2e9, "exact", "EUR"],
      ["9 milliards d'euros", 9e9, 9e9, "exact", "EUR"],
      ["sept", 7, 7, "exact", null],
    );
  });

  it("keeps a range bounded by a horizon, a year or 'between'", () => {
    check(
      "en",
      "spending from $3 billion to $4 billion over the next five years",
      ["from $3 billion to $4 billion", 3e9, 4e9, "range", "USD"],
      ["five", 5, 5, "exact", null],
    );
    check("en", "revenue from $3 billion to $4 billion in 2027", [
      "from $3 billion to $4 billion",
      3e9,
      4e9,
      "range",
      "USD",
    ]);
    check(
      "fr",
      "entre 2 et 3 milliards d'euros en deux ans",
      ["entre 2 et 3 milliards d'euros", 2e9, 3e9, "range", "EUR"],
      ["deux", 2, 2, "exact", null],
    );
  });
});
