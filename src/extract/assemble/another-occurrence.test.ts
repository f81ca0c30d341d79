import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimReader } from "../../../test/support/claims.js";

const read = claimReader("2025-09-15");
const values = (text: string, language: "fr" | "en") =>
  read(text, language).map((c) => [c.metric, c.value.low ?? c.value.high]);

describe("a like amount marked as another occurrence is a second fact (CLAIMS.md §9)", () => {
  it("keeps an earlier or another round of the same size", () => {
    assert.deepEqual(
      values(
        "Orvane raised $4 billion this month. A previous round in March had also raised $4 billion.",
        "en",
      ),
      [
        ["funding_round", 4e9],
        ["funding_round", 4e9],
      ],
    );
    assert.deepEqual(
      values(
        "Quillon AI said it has deployed 50,000 GPUs in its cluster. The cluster will receive another 50,000 GPUs next year, Quillon AI said.",
        "en",
      ).length,
      2,
    );
    assert.deepEqual(
      values(
        "Brevale a levé 2 milliards de dollars en juin. Lors d'un tour précédent, la start-up avait déjà levé 2 milliards de dollars.",
        "fr",
      ).length,
      2,
    );
    assert.deepEqual(
      values(
        "Tessaro a levé 500 millions d'euros. Son concurrent Ombrel a levé lui aussi 500 millions d'euros.",
        "fr",
      ).length,
      2,
    );
  });

  it("keeps an amount marked additional after or before the figure", () => {
    assert.deepEqual(
      values(
        "Lambda finalise une levée de 3 milliards de dollars. En mai, Lambda avait obtenu 1 milliard, puis 3 milliards supplémentaires à l'automne.",
        "fr",
      ).length,
      3,
    );
    assert.deepEqual(
      values(
        "Lambda is raising $3 billion. It raised $1 billion in May and an additional $3 billion in the autumn.",
        "en",
      ).length,
      3,
    );
  });

  it("does not read 'more than' as another occurrence", () => {
    assert.deepEqual(
      values("Lambda raised $3 billion in May. The $3 billion more than doubles its cash.", "en").length,
      1,
    );
  });

  it("still merges a plain restatement of one fact", () => {
    assert.deepEqual(
      values("Orvane raised $4 billion this month. The $4 billion round values Orvane at $40 billion.", "en"),
      [
        ["funding_round", 4e9],
        ["valuation", 4e10],
      ],
    );
    assert.deepEqual(
      values(
        "Brevale a levé 2 milliards de dollars. Ces 2 milliards de dollars financeront ses centres de données.",
        "fr",
      ).length,
      1,
    );
  });
});
