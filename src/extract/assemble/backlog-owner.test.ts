import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const roles = claimFields(["entity", "counterparty", "metric", "value"], { published: "2025-11-10" });

describe("a backlog is its seller's total", () => {
  it("a model developer named as the share of a seller's backlog does not own the total (en)", () => {
    assert.deepEqual(
      roles(
        "Microsoft results\n\nAnthropic accounts for about 30% of the $400 billion commercial RPO that Microsoft reported.",
        "en",
      ).filter((c) => c[3] === 4e11),
      [["Microsoft", null, "compute_commitment", 4e11]],
    );
    assert.deepEqual(
      roles(
        "Oracle's quarter\n\nOpenAI makes up most of the $455 billion backlog at Oracle, the company said.",
        "en",
      ).filter((c) => c[3] === 4.55e11),
      [["Oracle", null, "compute_commitment", 4.55e11]],
    );
  });

  it("a model developer named as the share of a seller's backlog does not own the total (fr)", () => {
    assert.deepEqual(
      roles(
        "Les résultats d'Oracle\n\nOpenAI pèse près de la moitié du carnet de commandes de 455 milliards de dollars d'Oracle.",
        "fr",
      ).filter((c) => c[3] === 4.55e11),
      [["Oracle", null, "compute_commitment", 4.55e11]],
    );
  });

  it("a supplier's backlog stays its own after a deal with a buyer was set out", () => {
    assert.deepEqual(
      roles(
        "Nebius and Microsoft\n\nMicrosoft signed a $17 billion contract with Nebius. Nebius said the contract lifted its backlog to $20 billion.",
        "en",
      ).at(-1),
      ["Nebius", null, "compute_commitment", 2e10],
    );
    assert.deepEqual(
      roles(
        "Nebius et Microsoft\n\nMicrosoft a signé un contrat de 17 milliards de dollars avec Nebius. Grâce à ce contrat, Nebius affiche un carnet de commandes de 20 milliards de dollars.",
        "fr",
      ).at(-1),
      ["Nebius", null, "compute_commitment", 2e10],
    );
  });

  it("the part of the backlog restated after a share of it stays the buyer's", () => {
    assert.deepEqual(
      roles(
        "Microsoft results\n\nAnthropic accounts for about 30% of the $400 billion commercial RPO (about $120 billion).",
        "en",
      ).find((c) => c[3] === 1.2e11)?.[0],
      "Anthropic",
    );
  });
});
