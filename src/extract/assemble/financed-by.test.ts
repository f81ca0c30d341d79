import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "value"]);

describe("companies named as the agent of a passive of financing or building", () => {
  it("own a site's cost together (en)", () => {
    assert.deepEqual(owners("The $20 billion campus will be financed by Oracle, SoftBank and Microsoft."), [
      ["Oracle+SoftBank+Microsoft", "capex", 20e9],
    ]);
  });

  it("own a site's power together, in the progressive (en)", () => {
    assert.deepEqual(owners("The 2 GW site is being jointly funded by Meta and Alphabet."), [
      ["Meta+Alphabet", "datacenter_capacity", 2],
    ]);
  });

  it("own it after « sera financé par » and « sera construit par » (fr)", () => {
    assert.deepEqual(
      owners("Le campus de 20 milliards de dollars sera financé par Oracle, SoftBank et Microsoft.", "fr"),
      [["Oracle+SoftBank+Microsoft", "capex", 20e9]],
    );
    assert.deepEqual(owners("Ce centre de données de 1 GW sera construit par Amazon et Meta.", "fr"), [
      ["Amazon+Meta", "datacenter_capacity", 1],
    ]);
  });

  it("give way to a company named before the figure (near miss)", () => {
    assert.deepEqual(
      owners("Microsoft said its $10 billion data centre will be financed by Blackstone and KKR.").map(
        (c) => c[0],
      ),
      ["Microsoft"],
    );
  });

  it("are not read from a round's lead investors (near miss)", () => {
    assert.deepEqual(
      owners("The $20 billion round was led by SoftBank and Nvidia.").some(([e]) => e === "SoftBank+Nvidia"),
      false,
    );
  });
});
