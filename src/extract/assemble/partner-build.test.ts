import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const roles = claimFields(["entity", "counterparty", "metric", "low"]);

describe("a compute supplier building with a customer", () => {
  it("makes the customer the owner, the supplier its counterparty (EN)", () => {
    assert.deepEqual(
      roles("Nscale is working with Microsoft to build a supercomputer of 20,000 GPUs in Wales.", "en"),
      [["Microsoft", "Nscale", "gpu_count", 20000]],
    );
  });

  it("makes the customer the owner, the supplier its counterparty (FR)", () => {
    assert.deepEqual(
      roles(
        "Fluidstack collabore avec Mistral AI pour construire un supercalculateur de 30 000 GPU en Essonne.",
        "fr",
      ),
      [["Mistral AI", "Fluidstack", "gpu_count", 30000]],
    );
  });

  it("leaves the owner when the partner is the supplier or makes the chips", () => {
    assert.deepEqual(
      roles("Microsoft is working with Nscale to build a supercomputer of 20,000 GPUs in Wales.", "en").map(
        ([entity]) => entity,
      ),
      ["Microsoft"],
    );
    assert.deepEqual(
      roles("Nscale is working with Nvidia to deploy 20,000 GPUs in Norway.", "en").map(([entity]) => entity),
      ["Nscale"],
    );
  });
});
