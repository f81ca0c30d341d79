import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const qualifiers = (text: string, language: "fr" | "en") =>
  extract(text, language, "2026-02-06").map((c) => c.qualifier);

describe("qualifier cues read in their own sense", () => {
  it("a figure that exceeded or topped guidance is an actual (en)", () => {
    assert.deepEqual(
      qualifiers("Crusoe's annualized revenue run-rate exceeded guidance at $900 million in December.", "en"),
      ["reported"],
    );
    assert.deepEqual(qualifiers("Lambda topped its guidance, with ARR at $700 million at year-end.", "en"), [
      "reported",
    ]);
  });

  it("« a dépassé ses prévisions » gives an actual (fr)", () => {
    const text =
      "Nebius a dépassé ses prévisions, avec un revenu annualisé de 1,1 milliard de dollars en décembre.";
    assert.deepEqual(qualifiers(text, "fr"), ["reported"]);
  });

  it('"raising the bar" is no fund-raising in talks (en)', () => {
    const text = "Lambda is raising the bar again: its ARR reached $800 million in October.";
    assert.deepEqual(qualifiers(text, "en"), ["reported"]);
  });

  it("« selon les médias » is hearsay (fr)", () => {
    const text = "La valorisation de Mistral AI a atteint 14 milliards d'euros, selon les médias français.";
    assert.deepEqual(qualifiers(text, "fr"), ["rumoured"]);
  });

  it("guidance itself stays a target (en)", () => {
    const text = "Crusoe expects ARR of $2 billion by the end of 2026, according to its guidance.";
    assert.deepEqual(qualifiers(text, "en"), ["target"]);
  });
});
