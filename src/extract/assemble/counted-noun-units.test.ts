import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value", "unit"], { published: "2026-02-06" });

describe("the noun right after a bare scaled figure names what it counts, not money", () => {
  it("processors named in full, singular or plural, capitalised or not, are GPUs", () => {
    assert.deepEqual(
      read(
        "Google a signé un accord qui permettra à Anthropic d'utiliser jusqu'à 2 millions de ses Tensor Processing Unit (TPU).",
        "fr",
      ),
      [["Anthropic", "gpu_count", 2e6, "GPUs"]],
    );
    assert.deepEqual(
      read(
        "Le contrat de 5 milliards de dollars donne à Mistral AI l'accès à 500 000 unités de traitement tensoriel.",
        "fr",
      ),
      [
        ["Mistral AI", "compute_commitment", 5e9, "USD"],
        ["Mistral AI", "gpu_count", 5e5, "GPUs"],
      ],
    );
    assert.deepEqual(
      read(
        "Google signed a deal that lets Anthropic use up to 2 million of its Tensor Processing Units.",
        "en",
      ),
      [["Anthropic", "gpu_count", 2e6, "GPUs"]],
    );
  });

  it("paid seats are business users, even in a document whose amounts are in dollars", () => {
    assert.deepEqual(read("Microsoft posted revenue of $81 billion. Copilot: 15M paid seats.", "en"), [
      ["Microsoft", "revenue", 81e9, "USD"],
      ["Microsoft", "business_seats", 15e6, "users"],
    ]);
    assert.deepEqual(
      read(
        "Microsoft said revenue reached $81 billion and that Microsoft 365 Copilot now has 15 million paid seats.",
        "en",
      ),
      [
        ["Microsoft", "revenue", 81e9, "USD"],
        ["Microsoft", "business_seats", 15e6, "users"],
      ],
    );
    assert.deepEqual(
      read(
        "Microsoft a réalisé un chiffre d'affaires de 81 milliards de dollars et Copilot compte 15 millions de sièges payants.",
        "fr",
      ),
      [
        ["Microsoft", "revenue", 81e9, "USD"],
        ["Microsoft", "business_seats", 15e6, "users"],
      ],
    );
  });

  it("a grade written before the chips' name leaves them chips; a grade of something else is no count (near-miss)", () => {
    assert.deepEqual(
      read("Cerebras's new campus will house about 40,000 cutting-edge AI chips by 2027.", "en"),
      [["Cerebras", "gpu_count", 4e4, "GPUs"]],
    );
    assert.deepEqual(
      read("Cerebras's new campus will host 40,000 state-of-the-art Orion accelerators.", "en"),
      [["Cerebras", "gpu_count", 4e4, "GPUs"]],
    );
    assert.deepEqual(read("Cerebras's new campus will host 40,000 state-of-the-art servers.", "en"), []);
  });
});
