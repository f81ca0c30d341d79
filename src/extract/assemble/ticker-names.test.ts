import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("a stock-exchange symbol written for a company", () => {
  it("stands for the company it is the symbol of (en)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "ORCL after the bell\n\nORCL said its remaining performance obligations reached $455 billion. Shares of CRWV rose after CRWV posted revenue of $1.36 billion for the quarter.",
      ),
      [
        ["Oracle", "compute_commitment", 455e9],
        ["CoreWeave", "revenue", 1.36e9],
      ],
    );
  });

  it("stands for the company it is the symbol of (fr)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "NVDA en hausse\n\nNVDA a publié un chiffre d'affaires trimestriel de 57 milliards de dollars. De son côté, NBIS a émis 1 milliard de dollars d'obligations convertibles.",
        "fr",
      ),
      [
        ["Nvidia", "revenue", 57e9],
        ["Nebius", "debt_issuance", 1e9],
      ],
    );
  });

  it("is no name in lower case or inside a longer word", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Microsoft\n\nMicrosoft said the orcl team and the CRWVX fund are separate; it expects capex of $80 billion.",
      ),
      [["Microsoft", "capex", 80e9]],
    );
  });
});
