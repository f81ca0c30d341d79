import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("money a builder puts into a campus of its own", () => {
  it("is capital expenditure, as money put into data centres is", () => {
    assert.deepEqual(
      ownerMetricValue("Meta investira 27 milliards de dollars dans le campus Hyperion, en Louisiane.", "fr"),
      [["Meta", "capex", 27e9]],
    );
    assert.deepEqual(ownerMetricValue("Amazon will invest $20 billion in its Pennsylvania campuses.", "en"), [
      ["Amazon", "capex", 20e9],
    ]);
  });
});
