import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims, findQuantities, splitSentences } from "./index.js";
import { boundSentences, MAX_SENTENCE_CHARACTERS } from "./windows.js";

const input = (text: string, language: "fr" | "en" = "fr") => ({
  text,
  language,
  published: "2025-10-01",
  document: "long.txt",
});

describe("a sentence's cost is capped", () => {
  it("a sentence with no full stop is read in parts, says so, and keeps the figures at both ends", () => {
    const filler = "le marché des centres de données reste tendu selon plusieurs acteurs du secteur, ";
    const text = `OpenAI a levé 40 milliards de dollars, ${filler.repeat(80)}tandis qu'Anthropic a levé 13 milliards de dollars`;
    const { claims, issues } = extractClaims(input(text));
    const long = issues.find((i) => i.code === "long_sentence");
    assert.ok(long, "a note on the document");
    assert.equal(long.severity, "info");
    assert.match(long.message, new RegExp(`of ${text.length} characters was read in \\d+ parts`));
    const rounds = claims.filter((c) => c.metric === "funding_round").map((c) => [c.entity, c.value.low]);
    assert.deepEqual(rounds, [
      ["OpenAI", 40e9],
      ["Anthropic", 13e9],
    ]);
    for (const claim of claims) assert.ok(claim.quote.length <= MAX_SENTENCE_CHARACTERS);
  });

  it("a part never ends inside a figure, and the parts cover the sentence", () => {
    const text = "Nvidia a investi entre 40 et 60 milliards de dollars puis ".repeat(200);
    const figures = findQuantities(text, "fr").map((q) => q.span);
    const { sentences, cut } = boundSentences(splitSentences(text, "fr"), text, figures);
    assert.equal(cut.length, 1);
    assert.ok(sentences.length > 1);
    for (const part of sentences) {
      assert.ok(part.end - part.start <= MAX_SENTENCE_CHARACTERS);
      assert.equal(part.text, text.slice(part.start, part.end));
      for (const f of figures)
        assert.ok(f.end <= part.start || f.start >= part.end || (f.start >= part.start && f.end <= part.end));
    }
    for (let i = 1; i < sentences.length; i++)
      assert.equal(
        text.slice(sentences[i - 1]!.end, sentences[i]!.start).trim(),
        "",
        "nothing between two parts is lost",
      );
  });

  it("sentences of ordinary length are read whole: no note", () => {
    const { issues } = extractClaims(input("OpenAI a levé 40 milliards de dollars en mars 2025."));
    assert.ok(!issues.some((i) => i.code === "long_sentence"));
  });
});

describe("a document's work is budgeted in steps, not in time", () => {
  const costly =
    "OpenAI, Microsoft et Nvidia ont investi 40 milliards de dollars, tandis qu'Oracle a levé 13 milliards, ".repeat(
      60,
    );

  it("a document over its allowance is refused whole with one error, the same on every run", () => {
    const allowance = { base: 0, perCharacter: 0.5 };
    const first = extractClaims(input(costly), { workAllowance: allowance });
    const second = extractClaims(input(costly), { workAllowance: allowance });
    assert.deepEqual(first.claims, []);
    assert.equal(first.issues.length, 1);
    const [refusal] = first.issues;
    assert.equal(refusal!.code, "work_budget");
    assert.equal(refusal!.severity, "error");
    assert.match(
      refusal!.message,
      /^extraction stopped after \d+ steps, over this document's allowance of \d+/,
    );
    assert.deepEqual(second.issues, first.issues);
  });

  it("the default allowance leaves real reports and costly shapes alike well inside it", () => {
    const { claims, issues } = extractClaims(input(costly));
    assert.ok(claims.length > 0);
    assert.ok(!issues.some((i) => i.code === "work_budget"));
  });
});
