import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import * as lexicon from "./lexicon.js";
import {
  foldForLiterals,
  LiteralFilter,
  leadingLiterals,
  necessaryLiterals,
  newReading,
  withOneSpace,
} from "./literals.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = here.includes(`${join("dist", "src")}`) ? join(here, "..", "..", "..") : join(here, "..", "..");

/** Every pattern of the lexicon, wherever it sits (rules, tables of pairs, single constants). */
function lexiconPatterns(): RegExp[] {
  const found: RegExp[] = [];
  const visit = (value: unknown): void => {
    if (value instanceof RegExp) found.push(value);
    else if (Array.isArray(value)) for (const v of value) visit(v);
    else if (value && typeof value === "object") for (const v of Object.values(value)) visit(v);
  };
  visit(Object.values(lexicon));
  return found;
}

/** The sentences of the news fixtures, plus variants that stress case and ligatures. */
function sentences(): string[] {
  const dir = join(root, "test", "fixtures", "news");
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")))
    for (const s of readFileSync(join(dir, file), "utf8").split(/(?<=[.!?])\s+|\n+/u)) {
      out.push(s, s.toUpperCase(), s.replaceAll("s", "ſ"));
    }
  return out;
}

describe("necessary words of a pattern", () => {
  it("reads alternations, optional letters and classes into the words every match contains", () => {
    assert.deepEqual(necessaryLiterals(/pertes?|net\s+loss/iu), ["pertes", "perte", "net loss"]);
    assert.deepEqual(necessaryLiterals(/qu['’]il/u), ["qu'il", "qu’il"]);
    assert.deepEqual(necessaryLiterals(/\bR&D\b/u), ["r&d"]);
  });

  it("reads a run of spaces as one plain space, as the text is written where the words are looked for", () => {
    assert.deepEqual(necessaryLiterals(/an\s+plus\s*tôt/u), ["an plustôt", "an plus tôt"]);
    assert.deepEqual(necessaryLiterals(/met[ \u00a0]+la\s{2}main/u), ["met la main"]);
    assert.deepEqual(necessaryLiterals(/a\ty/u), ["a y"]);
    assert.equal(withOneSpace(foldForLiterals("Trois\u00a0mois  plus\ntôt")), "trois mois plus tôt");
    assert.deepEqual(leadingLiterals(/net\s+loss/u), ["net"]);
  });

  it("reads what a lookahead sees after the words before it, not what a negative one refuses", () => {
    assert.deepEqual(necessaryLiterals(/(?:mai|june)(?=\s*:)/iu), ["mai:", "mai :", "june:", "june :"]);
    assert.deepEqual(necessaryLiterals(/\b(?:revenue)(?!\s+growth)/iu), ["revenue"]);
  });

  it("cuts long words to their start, which every match contains too", () => {
    assert.deepEqual(necessaryLiterals(/fourteen\s+months\s+(?:earlier|later)/u), ["fourteen mon"]);
  });

  it("prefers rarer words to articles every sentence holds, even when the articles are as long", () => {
    assert.deepEqual(necessaryLiterals(/(?:the|all)\s+\p{L}+\s+(?:six|two)/u), [" six", " two"]);
    assert.deepEqual(necessaryLiterals(/(?:des|les)\s+\p{L}+\s+(?:dix|six)/u), [" dix", " six"]);
    assert.deepEqual(necessaryLiterals(/(?:the|les)\s+\p{L}+/u), ["the", "les"]);
  });

  it("gives up on what it cannot read, or where no word is necessary", () => {
    assert.equal(necessaryLiterals(/\d+|x/u), null);
    assert.equal(necessaryLiterals(/(?:abc)?\s*/u), null);
    assert.equal(necessaryLiterals(/[a-z]+/u), null);
  });

  it("never says no where a lexicon pattern matches (fixture sentences, upper case, long s)", () => {
    const patterns = lexiconPatterns();
    assert.ok(patterns.length > 40, `${patterns.length} patterns`);
    const filter = new LiteralFilter();
    let matches = 0;
    let refused = 0;
    for (const text of sentences())
      for (const pattern of patterns) {
        const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/gu, ""));
        const maybe = filter.mayContain(pattern, text);
        if (once.test(text)) {
          matches++;
          assert.ok(maybe, `${pattern} matches ${JSON.stringify(text)} but was filtered out`);
        } else if (!maybe) refused++;
      }
    assert.ok(matches > 100, `${matches} matches`);
    assert.ok(refused > matches, `the filter refuses most non-matching texts (${refused})`);
  });

  it("answers alike while the trie is walked and once it is made into tables", () => {
    const patterns = lexiconPatterns();
    const texts = sentences();
    const answersOf = (filter: LiteralFilter): boolean[] =>
      texts.flatMap((text) => {
        const reading = newReading(text);
        return patterns.map((p) => filter.mayContainIn(p, reading));
      });
    const walked = new LiteralFilter();
    const tabled = new LiteralFilter();
    for (const p of patterns) tabled.mayContain(p, "");
    for (let i = 0; i < 300; i++) tabled.mayContainIn(patterns[0]!, { ...newReading(""), asks: 1 });
    assert.ok(texts.length > 300, `${texts.length} texts, some read before the tables and some after`);
    assert.deepEqual(answersOf(tabled), answersOf(walked));
  });
});

describe("leading words of a pattern", () => {
  it("reads the words every match starts with, past boundaries, lookarounds and optional parts", () => {
    assert.deepEqual(leadingLiterals(/pertes?|net\s+loss/iu), ["pertes", "perte", "net"]);
    assert.deepEqual(leadingLiterals(/\bguid(?:e|ed)\b|(?<!\p{L})attend\p{L}*/iu), [
      "guide",
      "guided",
      "attend",
    ]);
    assert.deepEqual(leadingLiterals(/(?:d['’])?actions/u), ["d'actions", "d’actions", "actions"]);
    assert.deepEqual(leadingLiterals(/[Tt]he\s+firm/u), ["the"]);
  });

  it("gives up where a match may start with anything", () => {
    assert.equal(leadingLiterals(/\s*revenue/iu), null);
    assert.equal(leadingLiterals(/(?:de\s+)?revenue/iu), null);
    assert.equal(leadingLiterals(/revenue|\d+/iu), null);
    assert.equal(leadingLiterals(/(?:abc)?/u), null);
  });

  it("names a word at the start of every match of a lexicon pattern (fixture sentences, upper case, long s)", () => {
    let checked = 0;
    for (const pattern of lexiconPatterns()) {
      const words = leadingLiterals(pattern);
      if (!words) continue;
      const every = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/gu, "")}g`);
      for (const text of sentences()) {
        const folded = foldForLiterals(text);
        if (folded.length !== text.length) continue;
        for (const m of text.matchAll(every)) {
          checked++;
          assert.ok(
            words.some((w) => folded.startsWith(w, m.index)),
            `${pattern} matches ${JSON.stringify(m[0])} in ${JSON.stringify(text)}, which starts with none of ${words.join(", ")}`,
          );
        }
      }
    }
    assert.ok(checked > 100, `${checked} matches`);
  });
});
