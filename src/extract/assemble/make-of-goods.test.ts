import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const roles = (text: string, language: "fr" | "en", value: number) => {
  const c = claimAt(extract(text, language), value);
  return [c.entity, c.metric, c.counterparty];
};

describe("the make of the hardware counted", () => {
  it("yields to the supplier a verb of supplying names, a few words after its subject", () => {
    assert.deepEqual(
      roles(
        "Nscale has signed an agreement to supply Microsoft with 120,000 Nvidia GB300 GPUs.",
        "en",
        120000,
      ),
      ["Microsoft", "gpu_count", "Nscale"],
    );
    assert.deepEqual(
      roles("Oracle will supply OpenAI with up to 90,000 Nvidia GB200 chips in Texas.", "en", 90000),
      ["OpenAI", "gpu_count", "Oracle"],
    );
  });

  it("yields to the company after a lead word ('from', 'avec')", () => {
    assert.deepEqual(
      roles(
        "OpenAI signed a deal to buy cloud services from Amazon Web Services, giving it access to 300,000 Nvidia graphics processors.",
        "en",
        300000,
      ),
      ["OpenAI", "gpu_count", "Amazon"],
    );
    assert.deepEqual(
      roles(
        "Nscale a annoncé mercredi un accord avec Microsoft portant sur environ 150 000 processeurs graphiques GB300 de Nvidia.",
        "fr",
        150000,
      ),
      ["Microsoft", "gpu_count", "Nscale"],
    );
  });

  it("stays the counterparty when no other side of the deal is named", () => {
    assert.deepEqual(roles("xAI plans to deploy 400,000 Nvidia GB300 chips in Memphis.", "en", 400000), [
      "xAI",
      "gpu_count",
      "Nvidia",
    ]);
  });
});
