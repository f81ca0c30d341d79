import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"], { published: "2025-09-24" });

describe("the programme partners act under", () => {
  it("owns the capacity and the spending its partners announce under it (en)", () => {
    assert.deepEqual(
      read(
        "Microsoft, Nvidia and SoftBank said they would add four campuses under their Stargate venture, lifting planned capacity to about 3 gigawatts and committed spending to $150 billion.",
        "en",
      ),
      [
        ["Stargate", "datacenter_capacity", 3],
        ["Stargate", "capex", 150e9],
      ],
    );
  });

  it("owns the capacity and the spending its partners announce under it (fr)", () => {
    assert.deepEqual(
      read(
        "Microsoft, Nvidia et SoftBank ajouteront quatre campus dans le cadre de leur projet Stargate, pour une capacité prévue de 3 gigawatts.",
        "fr",
      ),
      [["Stargate", "datacenter_capacity", 3]],
    );
  });

  it("owns the measure written as the programme's (fr)", () => {
    assert.deepEqual(
      read(
        "Microsoft et SoftBank ont présenté deux sites Stargate, portant la capacité prévue du programme à 3 GW.",
        "fr",
      ),
      [["Stargate", "datacenter_capacity", 3]],
    );
  });

  it("goes on owning what its partners, or no one, give in the next sentences (en)", () => {
    assert.deepEqual(
      read(
        "Microsoft, Nvidia and SoftBank will build four campuses under their Stargate venture, taking planned capacity to 3 gigawatts. The partners said they could reach 6 gigawatts by 2027. Two of the campuses will be built with Nvidia and could scale to 1 gigawatt.",
        "en",
      ),
      [
        ["Stargate", "datacenter_capacity", 3],
        ["Stargate", "datacenter_capacity", 6],
        ["Stargate", "datacenter_capacity", 1],
      ],
    );
  });

  it("leaves a deal with another company, and a whole the site belongs to, to their own owners (fr)", () => {
    const claims = read(
      "Microsoft et SoftBank construiront deux campus dans le cadre de leur projet Stargate, d'une capacité de 2 GW. S'y ajoute un contrat cloud de 30 milliards de dollars avec Oracle.",
      "fr",
    );
    assert.ok(claims.some(([entity, metric]) => entity === "Stargate" && metric === "datacenter_capacity"));
    assert.ok(!claims.some(([entity, metric]) => entity === "Stargate" && metric === "capex"));
  });
});
