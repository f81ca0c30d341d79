import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** A sentence that gives the text a company and a figure of its finance, before the sentence under test. */
const LEAD_EN = "Corvid Holdings reported revenue of $8 billion for the quarter. ";
const LEAD_FR = "Le chiffre d'affaires de Corvid Holdings a atteint 8 milliards d'euros sur le trimestre. ";

const figures = (text: string, language: "fr" | "en") =>
  extract((language === "fr" ? LEAD_FR : LEAD_EN) + text, language)
    .filter((c) => c.metric !== "revenue")
    .map((c) => `${c.metric} ${c.value.low ?? c.value.high} ${c.unit}`);

describe("a gain booked on investments", () => {
  it("is no claim, its noun before the amount or after it, with its conversion (EN)", () => {
    for (const text of [
      "Its holding arm lifted the group's earnings with an investment gain of ¥512.3 billion ($3.4 billion).",
      "Corvid Holdings booked $2.7 billion in gains on its investments last quarter.",
      "The group recorded valuation gains of $900 million on its listed stakes.",
    ])
      assert.deepEqual(figures(text, "en"), [], text);
  });

  it("is no claim, its noun before the amount or after it (FR)", () => {
    for (const text of [
      "Sur neuf mois, sa filiale lui a permis de dégager un gain d'investissement de 1 900 milliards de yens.",
      "Corvid Holdings a enregistré 1,4 milliard d'euros de plus-values sur l'exercice.",
    ])
      assert.deepEqual(figures(text, "fr"), [], text);
  });

  it("near miss: the amount invested and the loss on a stake stay claims", () => {
    assert.deepEqual(figures("Corvid Holdings has invested $6 billion in Lumen Robotics since 2021.", "en"), [
      "investment 6000000000 USD",
    ]);
    assert.deepEqual(figures("Corvid Holdings a investi 3 milliards d'euros dans Lumen Robotics.", "fr"), [
      "investment 3000000000 EUR",
    ]);
  });
});
