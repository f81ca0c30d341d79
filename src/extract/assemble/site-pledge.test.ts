import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const qualifierOf = (text: string, language: "fr" | "en", value: number) => {
  const claim = claimAt(extract(text, language), value);
  return [claim.metric, claim.qualifier];
};

describe("money announced for a site or a project, with no date", () => {
  it("is a pledge, not the year's spending (fr)", () => {
    assert.deepEqual(
      qualifierOf(
        "La start-up Zorvane : un investissement de 2 milliards d'euros pour un campus à Valence.",
        "fr",
        2e9,
      ),
      ["capex", "commitment"],
    );
    assert.deepEqual(
      qualifierOf(
        "La start-up Zorvane va construire à Valence un centre de données de 2 milliards d'euros.",
        "fr",
        2e9,
      ),
      ["capex", "commitment"],
    );
  });

  it("is a pledge, not the year's spending (en)", () => {
    assert.deepEqual(
      qualifierOf("The start-up Zorvane will build a €2 billion data centre in Valence.", "en", 2e9),
      ["capex", "commitment"],
    );
  });

  it("stays a target when planned or wished (fr, en)", () => {
    assert.deepEqual(
      qualifierOf(
        "La start-up Zorvane envisage d'investir 2 milliards d'euros dans un campus à Valence.",
        "fr",
        2e9,
      ),
      ["capex", "target"],
    );
    assert.deepEqual(
      qualifierOf("La start-up Zorvane prévoit 2 milliards d'euros pour un campus à Valence.", "fr", 2e9),
      ["capex", "target"],
    );
    assert.deepEqual(
      qualifierOf("The start-up Zorvane plans to spend €2 billion on a data centre in Valence.", "en", 2e9),
      ["capex", "target"],
    );
  });

  it("stays the year's forecast when the year is given (fr)", () => {
    assert.deepEqual(
      qualifierOf(
        "La start-up Zorvane construira en 2026 un centre de données de 2 milliards d'euros.",
        "fr",
        2e9,
      ),
      ["capex", "target"],
    );
  });
});
