import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unwrapHardBreaks } from "./hard-wrap.js";
import { extractClaims } from "./index.js";

const values = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-03-01", document: "d.txt" }).claims.map((c) => [
    c.value.low,
    c.value.high,
    c.unit,
  ]);

const WRAPPED_FR = [
  "Le plan d'investissement de Cerebras",
  "Le groupe a annoncé mardi un programme d'investissement qui totalise 12",
  "milliards d'euros sur cinq ans, dont une partie",
  "pour de nouveaux centres de données. Il prévoit aussi",
  "une levée de fonds de 2",
  "milliards d'euros auprès de ses actionnaires.",
].join("\n");

const WRAPPED_EN = [
  "Cerebras spending plan",
  "The company said on Tuesday that its capital spending plan totals 12",
  "billion dollars over five years, much of it",
  "going to new data centers. It also plans",
  "a funding round of 2",
  "billion dollars from its shareholders.",
].join("\n");

describe("hard-wrapped text", () => {
  it("reads a line break inside a sentence as a space, keeping every offset", () => {
    const unwrapped = unwrapHardBreaks(WRAPPED_FR);
    assert.equal(unwrapped.length, WRAPPED_FR.length);
    assert.match(unwrapped, /totalise 12 milliards d'euros sur cinq ans, dont une partie pour/u);
    assert.match(unwrapped, /actionnaires\.$/u);
  });

  it("leaves a text whose lines end their sentences as it is", () => {
    const text =
      "xAI lève 6 milliards\nLa start-up a levé 6 milliards de dollars.\nElle vise 1 million de GPU.";
    assert.equal(unwrapHardBreaks(text), text);
    const listed = `${WRAPPED_FR}\nLes projets\n- un campus de 1 GW\n- un second site`;
    assert.match(unwrapHardBreaks(listed), /Les projets\n- un campus de 1 GW\n- un second site$/u);
  });

  it("keeps a figure and its scale written on two lines together, and the quote as written", () => {
    assert.deepEqual(values(WRAPPED_FR, "fr"), [
      [12e9, 12e9, "EUR"],
      [2e9, 2e9, "EUR"],
    ]);
    assert.deepEqual(values(WRAPPED_EN, "en"), [
      [12e9, 12e9, "USD"],
      [2e9, 2e9, "USD"],
    ]);
    const { claims } = extractClaims({
      text: WRAPPED_FR,
      language: "fr",
      published: "2025-03-01",
      document: "d.txt",
    });
    for (const c of claims) assert.equal(c.quote, WRAPPED_FR.slice(c.span.start, c.span.end));
  });
});
