import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimReader } from "../../../test/support/claims.js";
import type { Claim } from "../../core/index.js";

const extract = claimReader("2025-10-06");

const capacity = (claims: Claim[]) => {
  const claim = claims.find((c) => c.metric === "datacenter_capacity");
  assert.ok(claim, `no capacity in ${JSON.stringify(claims.map((c) => c.metric))}`);
  return claim;
};

describe("counterparty: the one supplier a supply deal's sentence names", () => {
  it("a supplier that will supply the buyer with capacity (EN)", () => {
    const claims = extract(
      "Broadcom said on Tuesday it would supply Anthropic with custom accelerators totalling 3 gigawatts of computing power.",
      "en",
    );
    assert.equal(capacity(claims).entity, "Anthropic");
    assert.equal(capacity(claims).counterparty, "Broadcom");
  });

  it("an agreement signed between a supplier and the buyer (FR)", () => {
    const claims = extract(
      "L'accord signé entre Broadcom et Anthropic porte sur le déploiement de puces représentant 3 gigawatts sur plusieurs années.",
      "fr",
    );
    assert.equal(capacity(claims).entity, "Anthropic");
    assert.equal(capacity(claims).counterparty, "Broadcom");
  });
});
