import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("a pledge or commitment that goes to a neocloud", () => {
  it("is a compute commitment to it, not an investment (en)", () => {
    const text =
      "Amazon is signing up GPU capacity from outside suppliers. Amazon's biggest pledge, about $12 billion, will go to Lambda.";
    const c = claimAt(extract(text, "en"), 12e9);
    assert.deepEqual([c.entity, c.metric, c.counterparty], ["Amazon", "compute_commitment", "Lambda"]);
  });

  it("is a compute commitment to it, not an investment (fr)", () => {
    const text =
      "Amazon réserve des capacités auprès de fournisseurs extérieurs. Son plus gros engagement, environ 12 milliards de dollars, ira à Lambda.";
    const c = claimAt(extract(text, "fr"), 12e9);
    assert.deepEqual([c.entity, c.metric, c.counterparty], ["Amazon", "compute_commitment", "Lambda"]);
  });
});
