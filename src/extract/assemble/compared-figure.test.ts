import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerAt = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).entity;

describe("a figure compared with the clause's own: the company it is for owns it", () => {
  it("'against OpenAI's $235 billion', 'well below Microsoft's $80 billion' (en)", () => {
    const text =
      "Anthropic is budgeting $78 billion for compute through 2028, against OpenAI's $235 billion.";
    assert.equal(ownerAt(text, "en", 78e9), "Anthropic");
    assert.equal(ownerAt(text, "en", 235e9), "OpenAI");
    const capex =
      "Meta's capital expenditure reached $70 billion, well below Microsoft's roughly $80 billion.";
    assert.equal(ownerAt(capex, "en", 70e9), "Meta");
    assert.equal(ownerAt(capex, "en", 80e9), "Microsoft");
  });

  it("'against $235 billion for OpenAI', « contre 235 milliards pour OpenAI » (en, fr)", () => {
    const en = "Anthropic plans to spend $78 billion on compute by 2028, against $235 billion for OpenAI.";
    assert.equal(ownerAt(en, "en", 235e9), "OpenAI");
    const fr =
      "Anthropic prévoit de dépenser 78 milliards de dollars en calcul d'ici 2028, contre 235 milliards pour OpenAI.";
    assert.equal(ownerAt(fr, "fr", 78e9), "Anthropic");
    assert.equal(ownerAt(fr, "fr", 235e9), "OpenAI");
    const chez =
      "Alphabet a porté ses investissements à 91 milliards de dollars, comparé à 72 milliards de dollars chez Meta.";
    assert.equal(ownerAt(chez, "fr", 72e9), "Meta");
  });

  it("a possessive right before the figure names a raise of its own (en)", () => {
    const text =
      "Tesla sells cars. The Saudi fund is in talks to anchor $5 billion of SpaceX's record $75 billion public offering.";
    assert.equal(ownerAt(text, "en", 75e9), "SpaceX");
  });
});
