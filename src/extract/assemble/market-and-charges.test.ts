import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields, skippedReasons } from "../../../test/support/claims.js";

/** [entity, metric, low value] of every claim, in order. */
const read = claimFields(["entity", "metric", "value"], { published: "2025-11-04" });
const skipped = skippedReasons("2025-11-04");

describe("figures beside a company's that are not its claims", () => {
  it("sets aside the size and growth of a market written around the figure", () => {
    assert.deepEqual(
      read(
        "Azure revenue grew 35%, taking a larger share of the $90 billion global cloud market, up 22 percent year-over-year.",
        "en",
      ),
      [["Microsoft", "revenue_growth", 0.35]],
    );
    assert.deepEqual(
      read(
        "Les ventes d'Azure ont progressé de 35 %, dans un marché mondial du cloud de 90 milliards de dollars.",
        "fr",
      ),
      [["Microsoft", "revenue_growth", 0.35]],
    );
    assert.deepEqual(
      read(
        "Le chiffre d'affaires d'Azure a bondi de 35 %, quand le marché du cloud, en hausse de 22 %, ralentit.",
        "fr",
      ),
      [["Microsoft", "revenue_growth", 0.35]],
    );
  });

  it("keeps a market value written before 'market cap'", () => {
    assert.deepEqual(read("Nvidia reached a $4 trillion market capitalization on Monday.", "en"), [
      ["Nvidia", "market_cap", 4e12],
    ]);
  });

  it("keeps a company's market value written after the noun", () => {
    assert.deepEqual(
      read("Helion said it raised $2 billion on a market value of $30 billion.", "en").map(([, m, v]) => [
        m,
        v,
      ]),
      [
        ["funding_round", 2e9],
        ["valuation", 3e10],
      ],
    );
  });

  it("sets aside a one-off charge for job cuts or restructuring", () => {
    assert.deepEqual(
      skipped("Amazon will cut 9,000 jobs, at a cost of $1.2 billion in estimated severance costs.", "en"),
      [
        '"$1.2 billion": a one-off charge for job cuts or restructuring, which no metric records, not a claim; figure skipped',
      ],
    );
    assert.deepEqual(
      read("Intel a provisionné 900 millions de dollars d'indemnités de licenciement.", "fr"),
      [],
    );
  });

  it("sets aside earnings per share named by their abbreviation", () => {
    assert.deepEqual(
      read(
        "Oracle a publié 15 milliards de dollars de revenus, sous les 15,2 milliards attendus et un BPA de 1,62 $.",
        "fr",
      ).map(([, , value]) => value),
      [15e9, 15.2e9],
    );
    assert.deepEqual(read("Oracle said diluted EPS increased 40% to $1.85.", "en"), []);
  });

  it("sets aside a charge whose purpose follows the amount ('charges of $X for layoffs')", () => {
    assert.deepEqual(
      read(
        "Vantor Labs booked charges of $300 million for layoffs and reported revenue of $3 billion.",
        "en",
      ),
      [["Vantor Labs", "revenue", 3e9]],
    );
    assert.deepEqual(
      read(
        "La société Brivelle a enregistré des coûts de 120 millions d'euros liés aux suppressions d'emplois et un chiffre d'affaires de 2 milliards d'euros.",
        "fr",
      ),
      [["Brivelle", "revenue", 2e9]],
    );
    assert.deepEqual(read("Vantor Labs reported costs of $300 million for its new campus.", "en").length, 1);
  });
});
