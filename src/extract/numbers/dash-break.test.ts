import { describe, it } from "node:test";
import { checkQuantities as check } from "../../../test/support/quantities.js";

describe("findQuantities — a dash from a larger amount to a smaller one is no range", () => {
  it("reads the total and each part when a dash opens a breakdown", () => {
    check(
      "en",
      "Velorine raised $8 billion — $3 billion in loans and $5 billion in equity — last spring",
      ["$8 billion", 8e9, 8e9, "exact", "USD"],
      ["$3 billion", 3e9, 3e9, "exact", "USD"],
      ["$5 billion", 5e9, 5e9, "exact", "USD"],
    );
    check(
      "fr",
      "Quarkon a levé 900 millions d'euros – 600 millions en dette et 300 millions en fonds propres",
      ["900 millions d'euros", 9e8, 9e8, "exact", "EUR"],
      ["600 millions", 6e8, 6e8, "exact", null],
      ["300 millions", 3e8, 3e8, "exact", null],
    );
  });

  it("keeps ranges written low to high with a dash", () => {
    check("en", "a round of $4 billion–$5 billion", ["$4 billion–$5 billion", 4e9, 5e9, "range", "USD"]);
    check("en", "guidance of $900 million-$1.1 billion", [
      "$900 million-$1.1 billion",
      9e8,
      1.1e9,
      "range",
      "USD",
    ]);
    check("fr", "entre 5–6 milliards de dollars", ["5–6 milliards de dollars", 5e9, 6e9, "range", "USD"]);
  });
});
