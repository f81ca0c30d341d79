import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { generator } from "../../bench/random.js";
import * as lexicon from "./lexicon.js";
import { LiteralFilter, leadingLiterals, necessaryLiterals, newReading, withOneSpace } from "./literals.js";
import { firstMatch, hasMatch, matchesFrom, matchesIn, mayMatch, nextMatch } from "./patterns.js";

/**
 * The prefilter's contract: a pattern is ruled out of a text only when it matches nowhere in it, and
 * a search begun where the prefilter says a match may first start finds what a search from the start
 * finds. Checked for every pattern of the lexicon on generated French and English texts that mix
 * invented sentences with the patterns' own words.
 */

/** Every regular expression the lexicon exports, alone, in a list, a tuple or a rule object. */
function lexiconPatterns(): RegExp[] {
  const found = new Set<RegExp>();
  const visit = (value: unknown, depth: number): void => {
    if (value instanceof RegExp) found.add(value);
    else if (depth < 3 && Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else if (depth < 3 && value && typeof value === "object")
      for (const item of Object.values(value)) visit(item, depth + 1);
  };
  for (const value of Object.values(lexicon)) visit(value, 0);
  return [...found];
}

const SENTENCES = [
  "OpenAI a levé 40 milliards de dollars auprès de SoftBank, selon Reuters.",
  "Nvidia will invest up to $100 billion in OpenAI as the first gigawatt is deployed.",
  "Le groupe prévoit de dépenser environ 80 milliards d'euros d'ici 2027, a indiqué son directeur.",
  "Its revenue rose 22% to $4.3 billion in the third quarter, beating analysts' estimates.",
  "La start-up aurait signé un contrat de 300 milliards avec Oracle, tandis qu'Anthropic a réservé 1 GW.",
  "The company said it expects capital expenditures of $70 billion this fiscal year, which ends in June.",
  "Microsoft et Meta investiront respectivement 5 et 10 milliards, contre 3 milliards un an plus tôt.",
  "Analysts had expected a net loss of $1.2 billion; the firm reported $900 million instead.",
];

/** Texts of invented words and the patterns' own words, cut at random places, with their windows. */
function generatedTexts(patterns: RegExp[], count: number): string[] {
  const random = generator(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = SENTENCES.flatMap((s) => s.split(" "));
  for (const pattern of patterns)
    for (const literal of [...(necessaryLiterals(pattern) ?? []), ...(leadingLiterals(pattern) ?? [])])
      words.push(literal);
  const separators = [" ", " ", " ", ", ", "\u00a0", "  ", "\n", "; ", "'", " d'"];
  // "İ" lowercases to two characters: the lowercased text no longer lines up with the text.
  const texts: string[] = [...SENTENCES, ...SENTENCES.map((s) => `İ ${s.toUpperCase()}`)];
  for (let i = 0; i < count; i++) {
    let text = "";
    for (let n = 3 + Math.floor(random() * 20); n > 0; n--) {
      const word = pick(words);
      text += (random() < 0.2 ? word.toUpperCase() : word) + pick(separators);
    }
    texts.push(text);
    const start = Math.floor(random() * text.length);
    texts.push(text.slice(start, start + Math.floor(random() * 60)));
  }
  return texts;
}

const sameMatch = (a: RegExpExecArray | null, b: RegExpExecArray | null) =>
  a === null || b === null ? a === b : a.index === b.index && [...a].join("\u0000") === [...b].join("\u0000");

describe("the pattern prefilter", () => {
  const patterns = lexiconPatterns();
  const texts = generatedTexts(patterns, 400);

  it("finds the lexicon's patterns", () => {
    assert.ok(patterns.length > 50, `${patterns.length} patterns`);
  });

  it("rules a pattern out of a text only when the pattern matches nowhere in it", () => {
    let ruledOut = 0;
    for (const text of texts)
      for (const pattern of patterns) {
        const alone = new RegExp(pattern.source, pattern.flags.replace(/[gy]/gu, ""));
        const first = alone.exec(text);
        const from = matchesFrom(pattern, text);
        if (from < 0) {
          ruledOut++;
          assert.equal(first, null, `${pattern} ruled out of ${JSON.stringify(text)} yet matches`);
        } else if (first) assert.ok(first.index >= from, `${pattern} in ${JSON.stringify(text)}`);
        assert.equal(mayMatch(pattern, text), from >= 0);
      }
    assert.ok(ruledOut > 0);
  });

  it("rules a pattern out of a window of a sentence read before only when it matches nowhere in the window", () => {
    for (const sentence of texts.slice(0, 60)) {
      for (const pattern of patterns) mayMatch(pattern, sentence);
      for (let start = 0; start < sentence.length; start += 7) {
        const window = sentence.slice(start, start + 40);
        for (const pattern of patterns)
          if (!mayMatch(pattern, window))
            assert.equal(
              new RegExp(pattern.source, pattern.flags.replace(/[gy]/gu, "")).test(window),
              false,
              `${pattern} ruled out of ${JSON.stringify(window)}`,
            );
      }
    }
  });

  it("answers firstMatch, hasMatch and matchesIn as exec, test and matchAll do", () => {
    for (const text of texts)
      for (const pattern of patterns) {
        const copy = new RegExp(pattern.source, pattern.flags);
        if (pattern.global) {
          const lastIndex = pattern.lastIndex;
          pattern.lastIndex = 0;
          const found = [...matchesIn(pattern, text)].map((m) => `${m.index}:${m[0]}`);
          pattern.lastIndex = lastIndex;
          assert.deepEqual(
            found,
            [...text.matchAll(copy)].map((m) => `${m.index}:${m[0]}`),
            `${pattern}`,
          );
        } else if (!pattern.sticky) {
          assert.ok(sameMatch(firstMatch(pattern, text), copy.exec(text)), `${pattern} on ${text}`);
          assert.equal(hasMatch(pattern, text), copy.test(text));
        }
      }
  });

  it("finds with nextMatch, match after match, what exec finds from the same lastIndex", () => {
    for (const pattern of patterns) {
      const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
      const searched = new RegExp(pattern.source, flags);
      const skipping = new RegExp(pattern.source, flags);
      for (const text of texts) {
        const from = text.length % 7;
        searched.lastIndex = from;
        skipping.lastIndex = from;
        for (;;) {
          const expected = searched.exec(text);
          const found = nextMatch(skipping, text);
          assert.ok(sameMatch(found, expected), `${pattern} on ${JSON.stringify(text)}`);
          assert.equal(skipping.lastIndex, searched.lastIndex);
          if (!expected) break;
          if (expected[0] === "") {
            searched.lastIndex++;
            skipping.lastIndex++;
          }
        }
      }
    }
  });
});

describe("the literal filter's trie", () => {
  it("finds a pattern's words in a text, overlapping and nested words too, as a search for each word does (runs of spaces as one)", () => {
    const random = generator(5);
    // Few letters, so that words overlap and end inside one another ("abe", "be", "e").
    const letters = "abeé s";
    const word = (length: number) => {
      let w = "";
      for (let i = 0; i < length; i++) w += letters[Math.floor(random() * letters.length)];
      return w;
    };
    const filter = new LiteralFilter();
    const patterns: { pattern: RegExp; words: string[] }[] = [];
    for (let i = 0; i < 80; i++) {
      const words: string[] = [];
      for (let n = 1 + Math.floor(random() * 4); n > 0; n--)
        words.push(word(1 + Math.floor(random() * 4)).trim() || "a");
      patterns.push({ pattern: new RegExp(words.map((w) => w.replaceAll(" ", "\\ ")).join("|")), words });
    }
    // Enough texts for the trie to be read through its tables, made after a number of reads.
    for (let t = 0; t < 600; t++) {
      const text = word(Math.floor(random() * 60));
      const reading = newReading(text);
      for (const { pattern, words } of patterns)
        assert.equal(
          filter.mayContainIn(pattern, reading),
          words.some((w) => withOneSpace(text).includes(w.replace(/ +/gu, " "))),
          `${pattern} in ${JSON.stringify(text)}`,
        );
    }
  });
});
