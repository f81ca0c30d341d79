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
