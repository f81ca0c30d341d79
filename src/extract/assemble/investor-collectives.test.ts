import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const claims = claimFields(["entity", "metric", "value"], { published: "2025-06-02" });

describe("an unnamed collective of investors", () => {
  it("owns what it promises, as an investment, even about data centres (fr)", () => {
    const text =
      "Les investisseurs étrangers ont promis 21 milliards d'euros lors du forum de Lyon, une somme tirée par les centres de données.";
    assert.deepEqual(claims(text, "fr"), [["investisseurs étrangers", "investment", 21e9]]);
  });

  it("owns what it pledges, as an investment, when no word names the metric (en)", () => {
    const text =
      "The minister said private investors had pledged €48 billion for computing projects in the region.";
    assert.deepEqual(claims(text, "en"), [["private investors", "investment", 48e9]]);
  });
});
