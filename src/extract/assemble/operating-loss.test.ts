import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** A sentence that gives the text a company and a figure of its finance, before the sentence under test. */
const LEAD_EN = "Kestrel Memory reported revenue of $5 billion for the quarter. ";
const LEAD_FR = "Kestrel Memory a réalisé un chiffre d'affaires de 5 milliards d'euros sur le trimestre. ";

const losses = (text: string, language: "fr" | "en") =>
  extract((language === "fr" ? LEAD_FR : LEAD_EN) + text, language)
    .filter((c) => c.metric !== "revenue")
    .map((c) => `${c.metric} ${c.value.low ?? c.value.high} ${c.unit}`);

describe("an operating loss", () => {
  it("is no net loss, its noun before the amount or after it (EN)", () => {
    for (const text of [
      "Kestrel Memory reported an operating loss of $900 million for the third quarter.",
      "Kestrel Memory booked $1.1 billion in operating losses last year.",
      "The chipmaker's operating loss came in at 2.1 trillion won in the first half.",
      "Kestrel Memory's operating losses totalled $640 million in 2024.",
    ])
      assert.deepEqual(losses(text, "en"), [], text);
  });

  it("is no net loss, its noun before the amount or after it (FR)", () => {
    for (const text of [
      "Kestrel Memory a enregistré une perte d'exploitation de 1,3 milliard d'euros au troisième trimestre.",
      "Kestrel Memory a accusé 1,1 milliard d'euros de pertes d'exploitation l'an dernier.",
      "Sur le semestre, la perte opérationnelle du fabricant atteint 2 100 milliards de wons.",
    ])
      assert.deepEqual(losses(text, "fr"), [], text);
  });

  it("leaves the net loss given beside it", () => {
    assert.deepEqual(
      losses(
        "Kestrel Memory posted an operating loss of 1.6 trillion won and a net loss of 1.2 trillion won in the quarter.",
        "en",
      ),
      ["net_loss 1200000000000 KRW"],
    );
    assert.deepEqual(
      losses(
        "Sur l'exercice, Kestrel Memory creuse ses pertes d'exploitation à 0,84 milliard d'euros, et ses pertes nettes à 1,91 milliard.",
        "fr",
      ),
      ["net_loss 1910000000 EUR"],
    );
    assert.deepEqual(losses("It also reported a net loss of $2 billion.", "en"), ["net_loss 2000000000 USD"]);
  });
});

describe("the loss an operating profit is set against", () => {
  it("is an operating loss too, no net loss (EN)", () => {
    for (const text of [
      "Kestrel Memory posted an operating profit of 3.1 trillion won ($2.2 billion) in the quarter, rebounding from a loss of 1.7 trillion won a year ago.",
      "Its operating income reached $410 million, compared with a loss of $95 million in 2023.",
    ])
      assert.deepEqual(losses(text, "en"), [], text);
  });

  it("is an operating loss too, no net loss (FR)", () => {
    assert.deepEqual(
      losses(
        "Kestrel Memory a dégagé un bénéfice d'exploitation de 1 900 milliards de wons sur le trimestre, contre une perte de 2 600 milliards de wons au même trimestre de l'exercice précédent.",
        "fr",
      ),
      [],
    );
  });

  it("near miss: a net profit set against a loss leaves that loss a net loss", () => {
    assert.deepEqual(
      losses(
        "Kestrel Memory posted a net profit of $700 million, compared with a loss of $300 million a year earlier.",
        "en",
      ),
      ["net_loss 300000000 USD"],
    );
  });
});
