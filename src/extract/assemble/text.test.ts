import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isCurrencyCode } from "../../core/index.js";
import type { NameMention } from "../gazetteer.js";
import { namesStartingIn, sentenceMayHold, unitClass, wordCount } from "./text.js";

/** What wordCount stands for: the words of a slice, split on any white space. */
const byRegex = (text: string, from: number, to: number) =>
  text.slice(from, Math.max(from, to)).split(/\s+/u).filter(Boolean).length;

describe("word counts without copies", () => {
  it("counts the words of a slice as a split on white space does", () => {
    const texts = [
      "",
      "   ",
      "Le groupe a levé 2 milliards",
      " the  company\u00a0raised\u202f$4 billion ",
      "tab\tnew\nline\u2028sep\u3000ideo\ufeffbom",
      "emoji 😀 and\u200bzero-width",
    ];
    for (const text of texts)
      for (let from = 0; from <= text.length; from++)
        for (let to = from; to <= text.length + 1; to++)
          assert.equal(
            wordCount(text, from, to),
            byRegex(text, from, to),
            `${JSON.stringify(text)} ${from}..${to}`,
          );
  });
});

describe("currency codes", () => {
  it("are three capital letters A to Z and nothing else", () => {
    for (const unit of ["USD", "EUR", "GBP", "AAA", "ZZZ"]) assert.equal(isCurrencyCode(unit), true, unit);
    for (const unit of ["usd", "US", "USDT", "GW", "users", "ÉUR", "U$D", "", "USD "])
      assert.equal(isCurrencyCode(unit), false, unit);
  });
});

describe("a stage's cue looked for in the whole sentence", () => {
  const cue = /(?<!\p{L})(?:trailed\s+by|suivie?\s+par)(?!\p{L})/iu;
  it("holds when the cue's words are anywhere in the sentence, even where a slice would miss them", () => {
    const body = "Quillon posted 4 GW, trailed by Marrow at 3 GW.";
    assert.equal(sentenceMayHold({ body }, cue), true);
    assert.equal(sentenceMayHold({ body: "Orvane arrive en tête, suivie par Telmo avec 2 GW." }, cue), true);
  });
  it("rules the stage out of a sentence without them", () => {
    assert.equal(sentenceMayHold({ body: "Quillon posted 4 GW and Marrow 3 GW." }, cue), false);
    assert.equal(sentenceMayHold({ body: "Orvane arrive en tête avec 2 GW." }, cue), false);
  });
});

describe("the names that start within a span", () => {
  const name = (start: number, end: number, canonical: string): NameMention => ({
    start,
    end,
    canonical,
    surface: canonical,
    kind: "company",
  });
  const names = [
    name(0, 6, "Quillon"),
    name(10, 16, "Marrow"),
    name(10, 22, "Marrow Labs"),
    name(30, 36, "Orvane"),
  ];

  it("holds every name that lies within the span, in text order", () => {
    for (const [from, to] of [
      [0, 40],
      [0, 16],
      [10, 22],
      [7, 30],
      [11, 40],
      [36, 50],
    ] as const) {
      const within = (n: NameMention) => n.start >= from && n.end <= to;
      const found = namesStartingIn(names, from, to);
      assert.deepEqual(found.filter(within), names.filter(within), `[${from}, ${to})`);
      assert.ok(
        found.every((n) => n.start >= from && n.start < to),
        `[${from}, ${to}): only names starting in it`,
      );
    }
  });

  it("is empty for an empty span or one past every name", () => {
    assert.deepEqual(namesStartingIn(names, 12, 12), []);
    assert.deepEqual(namesStartingIn(names, 37, 90), []);
  });
});

describe("unit classes", () => {
  it("reads a currency, a monthly price and any other unit as before, asked again or not", () => {
    for (let round = 0; round < 2; round++) {
      assert.equal(unitClass("USD"), "currency");
      assert.equal(unitClass("EUR_per_month"), "USD_per_month");
      assert.equal(unitClass("GW"), "GW");
      assert.equal(unitClass("XYZ_per_month_extra"), "XYZ_per_month_extra");
    }
  });
});
