import assert from "node:assert/strict";
import { test } from "node:test";
import { extractClaims } from "../index.js";
import { insideUnknownName, isTitleCased } from "./name-words.js";

/** Whether `word`, at its first place in `sentence`, lies inside an unknown capitalised name. */
function inName(sentence: string, word: string): boolean {
  const start = sentence.indexOf(word);
  return insideUnknownName(sentence, 0, start, start + word.length);
}

function metrics(text: string, language: "fr" | "en"): string[] {
  const input = { text, language, published: "2025-06-15", document: "t.txt" };
  return extractClaims(input).claims.map((c) => c.metric);
}

test("a metric word capitalised between two capitalised words is part of a name", () => {
  assert.equal(inName("Talks were backed by the Public Investment Fund of the kingdom.", "Investment"), true);
  assert.equal(
    inName("Le projet a le soutien du Fonds d'Investissement Public saoudien.", "Investissement"),
    true,
  );
  assert.equal(
    inName("Its lender, the Northern Capital Expenditure Office, agreed.", "Capital Expenditure"),
    true,
  );
  assert.equal(inName("L'argent vient de la Caisse des Revenus Publics du pays.", "Revenus"), true);
});

test("an acronym, a sentence's first words or a word in lower case are not part of a name", () => {
  assert.equal(inName("Le CA de Quarkon a atteint 450 millions d'euros.", "CA"), false);
  assert.equal(inName("Investment Fund managers said little.", "Investment"), false);
  assert.equal(inName("Public Investment Fund managers said little.", "Investment"), false);
  assert.equal(inName("Norvane backed the investment in Kalvion Labs.", "investment"), false);
});

test("a headline or a table row, mostly capitalised, is told apart", () => {
  assert.equal(isTitleCased("Microsoft Raises Capital Spending Forecast To $90 Billion"), true);
  assert.equal(isTitleCased("Total Revenue | $14 bn"), true);
  assert.equal(isTitleCased("Meta raised its capital spending forecast to $70 billion."), false);
});

test("a figure beside an unknown body's name takes the metric of the words before it", () => {
  assert.deepEqual(
    metrics(
      "Anthropic est valorisée 60 milliards de dollars, et des discussions évoquent même 90 milliards, avec le soutien du Fonds d'Investissement Public.",
      "fr",
    ),
    ["valuation", "valuation"],
  );
  assert.deepEqual(
    metrics(
      "Mistral AI's valuation reached €12 billion, and talks now put it at €14 billion, with help from the Gulf Investment Authority.",
      "en",
    ),
    ["valuation", "valuation"],
  );
});

test("a headline keeps its capitalised metric words", () => {
  assert.deepEqual(metrics("Microsoft Raises Capital Spending Forecast To $90 Billion", "en"), ["capex"]);
});
