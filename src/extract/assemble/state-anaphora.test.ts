import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { withStateAnaphora } from "./state-anaphora.js";

const read = claimFields(["entity", "metric", "value"], { published: "2025-06-10" });

const pointed = (text: string) => {
  const gazetteer = defaultGazetteer();
  return withStateAnaphora(text, findNames(text, gazetteer), gazetteer)
    .filter((n) => gazetteer.publicBodies.has(n.canonical))
    .map((n) => [n.surface, n.canonical]);
};

describe("a possessive noun that points back at a state", () => {
  it("stands for the latest state or public body named before it", () => {
    assert.deepEqual(pointed("Japan wants chips. The country's plan adds subsidies."), [
      ["Japan", "Japan"],
      ["The country", "Japan"],
    ]);
    assert.deepEqual(pointed("Saudi Arabia is building. The kingdom's fund pays."), [
      ["Saudi Arabia", "Saudi Arabia"],
      ["The kingdom", "Saudi Arabia"],
    ]);
    assert.deepEqual(
      pointed("The European Commission spoke; the bloc's plan grows, the country's does not."),
      [
        ["European Commission", "European Commission"],
        ["the bloc", "European Commission"],
      ],
    );
  });

  it("points at nothing when no state was named, nor when it is no possessive", () => {
    assert.deepEqual(pointed("Nvidia grows. The country's data centres fill up."), []);
    assert.deepEqual(pointed("Germany invests; the country plans more."), [["Germany", "Germany"]]);
  });

  it("owns the state's figures", () => {
    assert.deepEqual(
      read(
        "Data centres in India\n\nIndia is becoming a hub for AI. According to official data, the country's data center capacity reached 1.2 GW in 2024.",
        "en",
      ),
      [["India", "datacenter_capacity", 1.2]],
    );
    assert.deepEqual(
      read(
        "Japan and chips\n\nJapan wants to catch up. According to the ministry, the country's data centre capacity stood at 2 GW last year.",
        "en",
      ),
      [["Japan", "datacenter_capacity", 2]],
    );
  });
});
