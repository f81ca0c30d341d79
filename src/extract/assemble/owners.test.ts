import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { extractClaims } from "../index.js";
import { unknownCompanies } from "./unknown-names.js";

const extract = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims;

const owners = (text: string, language: "fr" | "en" = "en") =>
  extract(text, language).map((c) => [c.entity, c.value.low ?? c.value.high]);

const unknown = (text: string) =>
  unknownCompanies(text, findNames(text, defaultGazetteer()), defaultGazetteer());

describe("companies the gazetteer does not know", () => {
  it("are found by a corporate cue around a capitalised name, in French and English", () => {
    assert.deepEqual(unknown("Le promoteur américain Zorbex prévoit 2 milliards d'euros."), ["Zorbex"]);
    assert.deepEqual(unknown("Quillon, une start-up lyonnaise, a levé 40 millions d'euros."), ["Quillon"]);
    assert.deepEqual(unknown("Brindle, a Texan data-centre developer, borrowed $3 billion."), ["Brindle"]);
    assert.deepEqual(unknown("Harrow Energy agreed to sell power to Amazon."), ["Harrow Energy"]);
  });

  it("leave known names, people, outlets and sentence openers alone", () => {
    assert.deepEqual(unknown("Oracle Cloud Infrastructure grew 55%. Mardi, la société a signé."), []);
    assert.deepEqual(unknown("Surtout, le groupe a relevé sa prévision."), []);
    assert.deepEqual(unknown("The Information, the tech outlet, said so."), []);
  });

  it("own the figures of the sentence they are the subject of, not a known company named earlier", () => {
    const text =
      "Mistral AI leads the pack\n\nMistral AI raised €1.7 billion in September. Separately, the logistics group Zorbex plans to invest €6 billion in four data centres near Paris, and Zorbex expects 500 megawatts of capacity.";
    assert.deepEqual(owners(text), [
      ["Mistral AI", 1.7e9],
      ["Zorbex", 6e9],
      ["Zorbex", 0.5],
    ]);
  });
});
