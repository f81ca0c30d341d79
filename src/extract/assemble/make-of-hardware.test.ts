import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "counterparty", "metric", "value"], { published: "2025-10-10" });

describe("a chipmaker named only as the make of the hardware", () => {
  it("is no party to the deal: the GPUs a neocloud delivers are its buyer's, the campus the neocloud's", () => {
    const got = owners(
      [
        "Nscale, a neocloud, has won a contract with Microsoft potentially valued at up to $9 billion.",
        "Under the deal, Nscale will deliver about 80,000 Nvidia GB300 GPUs to a 150-megawatt campus in Ohio and another 9,000 GPUs to a site in Spain.",
      ].join(" "),
    );
    assert.deepEqual(got, [
      ["Microsoft", "Nscale", "compute_commitment", 9000000000],
      ["Microsoft", "Nscale", "gpu_count", 80000],
      ["Nscale", null, "datacenter_capacity", 0.15],
      ["Microsoft", "Nscale", "gpu_count", 9000],
    ]);
  });
});

describe("the first gigawatt of a deal", () => {
  it("is a tranche the buyer deploys, not the chipmaker's own capacity", () => {
    const got = owners(
      [
        "Together AI and AMD sign a 4 GW GPU deal",
        "",
        "Together AI signed a multi-year agreement with AMD to deploy 4 GW of Instinct GPUs.",
        "The first gigawatt will come online with AMD Instinct chips in late 2027.",
      ].join("\n"),
    );
    assert.deepEqual(
      got.find((row) => row[3] === 1),
      ["Together AI", "AMD", "datacenter_capacity", 1],
    );
  });
});
