import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const parties = claimFields(["entity", "metric", "counterparty", "value"]);

describe("chips a supplier deploys or runs for another company", () => {
  it("are the company served's, the supplier its counterparty: 'deploy … GPUs for X' (EN)", () => {
    assert.deepEqual(parties("Nscale will deploy 200,000 GPUs for Microsoft.", "en"), [
      ["Microsoft", "gpu_count", "Nscale", 200000],
    ]);
    assert.deepEqual(parties("Nebius will operate 100,000 Nvidia GPUs for Meta in Finland.", "en"), [
      ["Meta", "gpu_count", "Nebius", 100000],
    ]);
  });

  it("are the company served's, the supplier its counterparty: « déploiera … puces pour X » (FR)", () => {
    assert.deepEqual(parties("CoreWeave déploiera 100 000 puces pour Meta.", "fr"), [
      ["Meta", "gpu_count", "CoreWeave", 100000],
    ]);
    assert.deepEqual(parties("Nscale va installer 50 000 GPU Nvidia pour OpenAI en Norvège.", "fr"), [
      ["OpenAI", "gpu_count", "Nscale", 50000],
    ]);
  });

  it("stay the deployer's own when no company is served", () => {
    assert.deepEqual(parties("Microsoft will deploy 100,000 GPUs for its own models.", "en"), [
      ["Microsoft", "gpu_count", null, 100000],
    ]);
  });
});
