import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const read = (text: string, language: "fr" | "en", value: number) => {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.metric, claim.counterparty];
};

describe("buying chips, servers or equipment is a compute purchase, not a company bought", () => {
  it("« l'acquisition de serveurs et de GPU » is a commitment to the seller (fr)", () => {
    const text =
      "Crusoe a signé un accord avec Super Micro pour l'acquisition de serveurs et de GPU pour environ 3,2 milliards de dollars.";
    assert.deepEqual(read(text, "fr", 3.2e9), ["Crusoe", "compute_commitment", "Super Micro"]);
  });

  it("the acquisition of accelerators from a maker is a commitment to it (en)", () => {
    const text = "Fluidstack completed the acquisition of accelerators from HPE for $900 million.";
    assert.deepEqual(read(text, "en", 9e8), ["Fluidstack", "compute_commitment", "HPE"]);
  });

  it("a purchase of GPUs under an agreement with a server maker runs buyer → maker (en)", () => {
    const text =
      "Crusoe signed an agreement with Super Micro for the purchase of GPUs and networking equipment for about $3.2 billion.";
    assert.deepEqual(read(text, "en", 3.2e9), ["Crusoe", "compute_commitment", "Super Micro"]);
  });

  it("buying a company keeps its price (fr, en)", () => {
    const fr = "Crusoe a annoncé l'acquisition de la startup TeraWulf pour 3,2 milliards de dollars.";
    assert.deepEqual(read(fr, "fr", 3.2e9), ["Crusoe", "acquisition_price", "TeraWulf"]);
    const en = "Crusoe announced the acquisition of TeraWulf for $3.2 billion.";
    assert.deepEqual(read(en, "en", 3.2e9), ["Crusoe", "acquisition_price", "TeraWulf"]);
  });
});
