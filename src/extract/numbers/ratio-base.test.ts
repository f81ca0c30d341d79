import { describe, it } from "node:test";
import { checkQuantities as check } from "../../../test/support/quantities.js";

describe("findQuantities — the $1 a ratio is counted against is no amount", () => {
  it("drops the base after 'for every', 'per', « pour chaque »", () => {
    check("en", "for every $1 of sales, Velorine spends $2.10", ["$2.10", 2.1, 2.1, "exact", "USD"]);
    check("en", "it loses $0.40 per $1 of revenue", ["$0.40", 0.4, 0.4, "exact", "USD"]);
    check("fr", "pour chaque 1 € encaissé, Quarkon en dépense 1,80", ["1,80", 1.8, 1.8, "exact", null]);
  });

  it("keeps a dollar amount of its own, and a scaled base", () => {
    check("en", "Velorine paid $1 for the brand", ["$1", 1, 1, "exact", "USD"]);
    check("en", "for every $1 billion of sales", ["$1 billion", 1e9, 1e9, "exact", "USD"]);
    check("en", "each share sold for $1.50", ["$1.50", 1.5, 1.5, "exact", "USD"]);
  });
});
