import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("roles: a lease taken from a company runs lessee → lessor; a contract won from one runs buyer → winner", () => {
  it("« a signé un bail … auprès de X »: the subject rents from X (FR)", () => {
    const claims = extract("Anthropic a signé un bail de 500 MW auprès de CoreWeave.", "fr");
    const lease = claimAt(claims, 0.5);
    assert.equal(lease.entity, "Anthropic");
    assert.equal(lease.counterparty, "CoreWeave");
  });

  it("'secured a lease … from X': the subject rents from X (EN)", () => {
    const claims = extract("Microsoft secured a 300 MW lease from CoreWeave in Texas.", "en");
    const lease = claimAt(claims, 0.3);
    assert.equal(lease.entity, "Microsoft");
    assert.equal(lease.counterparty, "CoreWeave");
  });

  it("« a décroché un contrat … auprès de X »: X buys from the subject (FR)", () => {
    const claims = extract(
      "CoreWeave a décroché un contrat de 14 milliards de dollars auprès de Meta.",
      "fr",
    );
    const deal = claimAt(claims, 14e9);
    assert.equal(deal.entity, "Meta");
    assert.equal(deal.counterparty, "CoreWeave");
  });
});

describe("roles: a supplier renting out to a company named right after", () => {
  it("« X loue à Y des GPU »: Y rents from the supplier X (FR)", () => {
    const claims = extract(
      "CoreWeave loue à Poolside 40 000 GPU dans le cadre d'un contrat pluriannuel.",
      "fr",
    );
    const gpus = claimAt(claims, 40000);
    assert.equal(gpus.entity, "Poolside");
    assert.equal(gpus.counterparty, "CoreWeave");
  });

  it("'X rents out to Y': Y rents from the supplier X (EN)", () => {
    const claims = extract("Nebius rents out to Microsoft 100,000 GPUs at its New Jersey site.", "en");
    const gpus = claimAt(claims, 100000);
    assert.equal(gpus.entity, "Microsoft");
    assert.equal(gpus.counterparty, "Nebius");
  });
});
