import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { NameKind, NameMention } from "../gazetteer.js";
import { companiesBefore } from "./companies-before.js";

/** The names of an invented sentence, in text order. */
const text = "Talvero, with Orin Basch and Korvane, signed a deal worth $2 billion with Brelin.";
const at = (surface: string, kind: NameKind): NameMention => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, canonical: surface, kind, surface };
};
const names = [
  at("Talvero", "company"),
  at("Orin Basch", "person"),
  at("Korvane", "company"),
  at("Brelin", "company"),
];
const figureStart = text.indexOf("$2");

describe("the companies named before a figure", () => {
  it("walks back nearest first, companies only, none after the figure", () => {
    const walked = [...companiesBefore(names, { figureStart, floor: 0 })].map((m) => m.canonical);
    assert.deepEqual(walked, ["Korvane", "Talvero"]);
  });

  it("stops at the floor", () => {
    const floor = text.indexOf("with Orin");
    const walked = [...companiesBefore(names, { figureStart, floor })].map((m) => m.canonical);
    assert.deepEqual(walked, ["Korvane"]);
  });
});
