import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "counterparty", "metric", "low"]);

describe("one fact read from both ends of a deal", () => {
  it("a later mention owned by the first one's counterparty is the same fact", () => {
    assert.deepEqual(
      read(
        "Anthropic prévoit de déployer au moins 2 gigawatts de systèmes Broadcom l'an prochain. Le patron de Broadcom, Hock Tan, a indiqué aux analystes que 2 gigawatts seraient une première étape.",
        "fr",
      ),
      [["Anthropic", "Broadcom", "datacenter_capacity", 2]],
    );
    assert.deepEqual(
      read(
        "OpenAI a commandé 3 gigawatts de puces à AMD. Pour AMD, ces 3 gigawatts représentent une première étape.",
        "fr",
      ),
      [["OpenAI", "AMD", "datacenter_capacity", 3]],
    );
    assert.deepEqual(
      read(
        "Anthropic plans to deploy at least 2 gigawatts of Broadcom systems next year. Broadcom's chief executive, Hock Tan, told analysts that 2 gigawatts was a first step.",
        "en",
      ),
      [["Anthropic", "Broadcom", "datacenter_capacity", 2]],
    );
  });
});
