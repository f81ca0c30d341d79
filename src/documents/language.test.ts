import assert from "node:assert/strict";
import { test } from "node:test";
import { detectLanguage } from "./language.js";

test("French prose is French with high confidence", () => {
  const text =
    "Selon le quotidien, la société a réalisé un chiffre d'affaires de 4 milliards de dollars au premier semestre, mais ses pertes se sont creusées. Elle prévoit de lever des fonds auprès de ses partenaires.";
  const found = detectLanguage(text);
  assert.equal(found.language, "fr");
  assert.ok(found.confidence > 0.9, String(found.confidence));
});

test("English prose is English with high confidence", () => {
  const text =
    "According to the newspaper, the company made $4 billion of revenue in the first half, but its losses widened. It plans to raise funds from its partners and said the deal was not yet final.";
  const found = detectLanguage(text);
  assert.equal(found.language, "en");
  assert.ok(found.confidence > 0.9, String(found.confidence));
});

test("short texts still decide, with lower confidence", () => {
  const fr = detectLanguage("L'usine a coûté très cher.");
  const en = detectLanguage("The plant was expensive.");
  assert.equal(fr.language, "fr");
  assert.equal(en.language, "en");
  assert.ok(fr.confidence < 0.9 && fr.confidence > 0.5);
  assert.ok(en.confidence < 0.9 && en.confidence > 0.5);
});

test("no evidence gives the lowest confidence, and confidence stays within [0.5, 1]", () => {
  assert.deepEqual(detectLanguage("OpenAI 2025 — 13,1 Md$"), { language: "en", confidence: 0.5 });
  assert.equal(detectLanguage("").confidence, 0.5);
  for (const text of ["de de de de de de de de de de de de", "the the the the the the the the"]) {
    const { confidence } = detectLanguage(text.repeat(50));
    assert.ok(confidence >= 0.5 && confidence <= 1);
  }
});

test("English text quoting French names stays English", () => {
  const text =
    "The French regulator, the Autorité de la concurrence, said on Tuesday that it was reviewing the investment and that it would publish its findings in the spring.";
  assert.equal(detectLanguage(text).language, "en");
});
