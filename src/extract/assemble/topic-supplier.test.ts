import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("counterparty: a buyer's contract in an article about a compute supplier", () => {
  it("a contract naming no other company is with the article's supplier (EN)", () => {
    const claims = extract(
      "# Nebius widens its customer base\n\nNebius said demand for its clusters kept growing.\n\nMeta signed a $3 billion, five-year contract last month.",
      "en",
      "2025-11-20",
    );
    const contract = claimAt(claims, 3e9);
    assert.equal(contract.entity, "Meta");
    assert.equal(contract.metric, "compute_commitment");
    assert.equal(contract.counterparty, "Nebius");
  });

  it("un contrat sans autre société nommée est passé avec le fournisseur dont parle l'article (FR)", () => {
    const claims = extract(
      "# CoreWeave gagne de nouveaux clients\n\nCoreWeave a annoncé une hausse de ses commandes.\n\nMistral AI a signé un contrat de 2 milliards de dollars sur quatre ans.",
      "fr",
      "2025-11-20",
    );
    const contract = claimAt(claims, 2e9);
    assert.equal(contract.entity, "Mistral AI");
    assert.equal(contract.counterparty, "CoreWeave");
  });

  it("a contract naming another company keeps it, and a supplier's own figures take none (EN)", () => {
    const claims = extract(
      "# CoreWeave widens its customer base\n\nCoreWeave said demand kept growing.\n\nMeta signed a $3 billion contract with Oracle. CoreWeave has $55 billion of contracts in its backlog.",
      "en",
      "2025-11-20",
    );
    assert.equal(claimAt(claims, 3e9).counterparty, "Oracle");
    assert.notEqual(claimAt(claims, 55e9).counterparty, "CoreWeave");
  });
});
