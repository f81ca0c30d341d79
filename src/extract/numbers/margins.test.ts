import { describe, it } from "node:test";
import { checkQuantities as check } from "../../../test/support/quantities.js";

describe("a margin after a figure", () => {
  it("'plus or minus', '+/-' in the figure's unit make a range around it", () => {
    check("en", "$9.6 billion, plus or minus $300 million", [
      "$9.6 billion, plus or minus $300 million",
      9.3e9,
      9.9e9,
      "range",
      "USD",
    ]);
    check("en", "$4.4B (+/- $0.1B)", ["$4.4B (+/- $0.1B)", 4.3e9, 4.5e9, "range", "USD"]);
  });

  it("a margin in percent of an amount is read with it and leaves the point exact", () => {
    check("en", "$65bn plus or minus 2%", ["$65bn plus or minus 2%", 65e9, 65e9, "exact", "USD"]);
  });
});
