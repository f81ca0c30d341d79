import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const roles = claimFields(["entity", "counterparty", "metric"], { published: "2025-11-10" });

describe("a deal opened by a plural possessive is the one of the two companies named just before", () => {
  it("runs buyer → supplier (en)", () => {
    const text =
      "Neocloud deals\n\nIn October, Lambda was in the news once more, now alongside Microsoft. Their latest contract: as much as $9.1 billion of GPU capacity.";
    assert.deepEqual(roles(text, "en").at(-1), ["Microsoft", "Lambda", "compute_commitment"]);
  });

  it("runs buyer → supplier (fr)", () => {
    const text =
      "Contrats des néoclouds\n\nEn octobre, Lambda a de nouveau fait parler de lui, cette fois aux côtés de Microsoft. Leur dernier contrat : jusqu'à 9,1 milliards de dollars de capacité GPU.";
    assert.deepEqual(roles(text, "fr").at(-1), ["Microsoft", "Lambda", "compute_commitment"]);
  });

  it("leaves a sentence naming a company, or one after three companies", () => {
    const named =
      "Neocloud deals\n\nIn October, Lambda was in the news once more, now alongside Microsoft. Their latest contract gives Oracle a $9.1 billion order for GPU capacity.";
    assert.notDeepEqual(roles(named, "en").at(-1)?.slice(0, 2), ["Microsoft", "Lambda"]);
    const three =
      "Neocloud deals\n\nIn October, Lambda, Nebius and Microsoft were in the news. Their latest contract: as much as $9.1 billion of GPU capacity.";
    assert.notDeepEqual(roles(three, "en").at(-1)?.slice(0, 2), ["Microsoft", "Lambda"]);
  });
});
