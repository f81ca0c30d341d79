import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findNameStarts, matchesStartingAt } from "./name-starts.js";

const NAME = "(\\p{Lu}[\\p{L}\\p{N}&-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}&-]*){0,3})";
const SUBJECT = new RegExp(`(?<![\\p{L}\\p{N}'’])${NAME}[ \\u00a0]+(?:raised|a[ \\u00a0]+levé)`, "gu");
const LINE_ITEM = new RegExp(
  `(?:^|\\n)[ \\t]*(?:-[ \\t]+)?${NAME}[ \\t]*:[ \\t]*\\d|(?<=,[ ]*)${NAME}[ ]\\(`,
  "gu",
);
const ARTICLE =
  /(?<![\p{L}])(?:[Ll]a|[Ll]e|[Tt]he|[Uu]ne?|[Aa]n?)[ \u00a0]+(?:start-up|company)[ \u00a0]+(\p{Lu}\p{L}*)/gu;

const TEXTS = [
  "Quorvia raised $2 billion. ÉlanCo a levé 300 millions, while the company Brenlow raised more.",
  "Zorbex: 2 Md€\n- Talmic: 3 Md€\nLes fonds, Quillon (1 Md€), ont suivi. La start-up Ödeon raised $1bn.",
  "𝐀cme raised $1 billion; Élan raised, and l'A la start-up Nscale a levé 1 milliard.",
  "",
  "Une start-up Crusoe. The company Prologis raised; an company Xyz.",
];

const asWritten = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);

describe("a pattern tried only where a name may start", () => {
  it("finds what matchAll finds, at the same places", () => {
    for (const text of TEXTS) {
      const starts = findNameStarts(text);
      for (const [pattern, at] of [
        [SUBJECT, starts.capitals],
        [LINE_ITEM, starts.linesAndCapitals],
        [ARTICLE, starts.articles],
      ] as const)
        assert.deepEqual(asWritten(matchesStartingAt(pattern, text, at)), asWritten(text.matchAll(pattern)));
    }
  });

  it("lists capitals (astral ones included), lines and articles in text order", () => {
    const starts = findNameStarts("a 𝐀b\nÉc the");
    assert.deepEqual(starts.capitals, [2, 6]);
    assert.deepEqual(starts.linesAndCapitals, [0, 2, 5, 6]);
    assert.deepEqual(starts.articles, [0, 9]);
  });
});
