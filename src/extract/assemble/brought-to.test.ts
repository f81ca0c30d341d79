import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"], { published: "2025-09-24" });

describe("the level a verb brings something to", () => {
  it("belongs to what is carried, not to the clause's subject (en)", () => {
    assert.deepEqual(
      read(
        "Oracle, OpenAI and SoftBank are adding three sites, bringing the Stargate project to nearly 8 gigawatts and $450 billion in investment.",
        "en",
      ),
      [
        ["Stargate", "datacenter_capacity", 8],
        ["Stargate", "capex", 450e9],
      ],
    );
  });

  it("belongs to what is carried, not to the clause's subject (fr)", () => {
    assert.deepEqual(
      read(
        "Oracle, OpenAI et SoftBank ajoutent trois sites, portant le projet Stargate à près de 8 gigawatts.",
        "fr",
      ),
      [["Stargate", "datacenter_capacity", 8]],
    );
  });

  it("belongs to the whole whose measure is brought to it, the verb in the infinitive (fr)", () => {
    assert.deepEqual(
      read(
        "Avec Dell et Cisco, Microsoft compte porter la capacité totale de Crusoe à 3 gigawatts.",
        "fr",
      ).map(([entity, , value]) => [entity, value]),
      [["Crusoe", 3]],
    );
  });

  it("belongs to the whole whose measure is brought to it, the verb in the infinitive (en)", () => {
    assert.deepEqual(
      read(
        "With Dell and Cisco, Microsoft plans to bring the total capacity of Crusoe to 3 gigawatts.",
        "en",
      ).map(([entity, , value]) => [entity, value]),
      [["Crusoe", 3]],
    );
  });
});
