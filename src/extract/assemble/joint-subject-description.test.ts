import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("a joint subject whose second member is introduced by a description", () => {
  it("acts with the first ('A et le fonds émirien B')", () => {
    assert.deepEqual(
      ownerMetricValue(
        "EDF et le fonds émirien MGX investiront ensemble 8,5 milliards d'euros dans des centres de données en France.",
        "fr",
      ).map(([entity]) => entity),
      ["EDF+MGX"],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Engie and the Emirati fund MGX will jointly invest €8.5 billion in data centres in France.",
        "en",
      ).map(([entity]) => entity),
      ["Engie+MGX"],
    );
  });
});
