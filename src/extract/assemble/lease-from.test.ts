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

describe("roles: an order or a contract received from a company runs buyer → receiver", () => {
  it("'received an order from X', 'got a contract from X' (EN)", () => {
    const order = claimAt(extract("CoreWeave received a $14 billion order from Meta.", "en"), 14e9);
    assert.deepEqual([order.entity, order.counterparty], ["Meta", "CoreWeave"]);
    const contract = claimAt(
      extract("Nebius got a new cloud contract worth $3 billion from Microsoft last week.", "en"),
      3e9,
    );
    assert.deepEqual([contract.entity, contract.counterparty], ["Microsoft", "Nebius"]);
  });

  it("« a obtenu de X un contrat », « a reçu de X un contrat » (FR)", () => {
    const contract = claimAt(
      extract("Nebius a obtenu de Meta un contrat de 3 milliards de dollars.", "fr"),
      3e9,
    );
    assert.deepEqual([contract.entity, contract.counterparty], ["Meta", "Nebius"]);
    const order = claimAt(
      extract("Lambda a reçu de Microsoft un nouveau contrat de 2 milliards de dollars.", "fr"),
      2e9,
    );
    assert.deepEqual([order.entity, order.counterparty], ["Microsoft", "Lambda"]);
  });

  it("capacity received from a supplier is still bought", () => {
    const capacity = claimAt(extract("Anthropic received 1 gigawatt of capacity from Nebius.", "en"), 1);
    assert.deepEqual([capacity.entity, capacity.counterparty], ["Anthropic", "Nebius"]);
  });
});
