import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** A sentence that gives the text a company and debt it raised, before the sentence under test. */
const LEAD_EN = "Norvell Cloud raised $18 billion in bonds this month. ";
const LEAD_FR = "Norvell Cloud a levé 18 milliards de dollars d'obligations ce mois-ci. ";

const debts = (text: string, language: "fr" | "en") =>
  extract((language === "fr" ? LEAD_FR : LEAD_EN) + text, language)
    .filter((c) => c.value.low !== 18e9)
    .map((c) => `${c.metric} ${c.value.low ?? c.value.high}`);

describe("a debt outstanding", () => {
  it("is no debt raised (EN)", () => {
    for (const text of [
      "Norvell Cloud's total debt now stands at about $58 billion.",
      "The company carries $104 billion of debt on its balance sheet.",
      "Norvell Cloud's net debt rose to $70 billion at the end of June.",
      "Its debt load has climbed to $58 billion.",
      "Norvell Cloud has $58 billion in outstanding debt.",
    ])
      assert.deepEqual(debts(text, "en"), [], text);
  });

  it("is no debt raised (FR)", () => {
    for (const text of [
      "Au total, son endettement frôle les 58 milliards de dollars.",
      "Norvell Cloud porte désormais 104 milliards de dollars de dette.",
      "La dette de Norvell Cloud dépasse désormais 100 milliards de dollars.",
    ])
      assert.deepEqual(debts(text, "fr"), [], text);
  });

  it("leaves debt the company raises or plans to raise", () => {
    assert.deepEqual(debts("It plans to raise a further $10 billion of debt next year.", "en"), [
      "debt_issuance 10000000000",
    ]);
    assert.deepEqual(debts("Il prévoit d'emprunter encore 10 milliards de dollars l'an prochain.", "fr"), [
      "debt_issuance 10000000000",
    ]);
  });
});
