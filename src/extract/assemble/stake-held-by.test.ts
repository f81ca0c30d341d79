import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const stakes = (text: string, language: "fr" | "en") =>
  extract(`Titre\n\n${text}`, language)
    .filter((c) => c.metric === "equity_stake")
    .map((c) => `${c.entity} ${c.value.low}`)
    .sort();

describe("a share said in the passive ('détenue à 20 % par X', 'owned 40% by X')", () => {
  it("is the holder's, each share its own (fr)", () => {
    assert.deepEqual(
      stakes(
        "La coentreprise sera détenue à 30 % par Equinix et à 70 % par le fonds souverain GIC, a précisé le groupe.",
        "fr",
      ),
      ["Equinix 0.3", "GIC 0.7"],
    );
    assert.deepEqual(stakes("Créée en mars, la société commune est détenue à 45 % par Nscale.", "fr"), [
      "Nscale 0.45",
    ]);
  });

  it("is the holder's, each share its own (en)", () => {
    assert.deepEqual(
      stakes(
        "The new venture will be owned 60% by Brookfield and 40% by Microsoft, the companies said.",
        "en",
      ),
      ["Brookfield 0.6", "Microsoft 0.4"],
    );
  });

  it("leaves a share held by the sentence's subject to it (en)", () => {
    assert.deepEqual(stakes("SoftBank holds 11% of OpenAI, bought by its Vision Fund.", "en"), [
      "SoftBank 0.11",
    ]);
  });

  it("is the holder's when the share comes first, with its participle (en, fr)", () => {
    assert.deepEqual(stakes("The joint venture is 51% owned by Norvane Corp and 49% by Vantor Labs.", "en"), [
      "Norvane Corp 0.51",
      "Vantor Labs 0.49",
    ]);
    assert.deepEqual(stakes("Vantor Labs, 30% of which is held by Norvane Capital, plans a listing.", "en"), [
      "Norvane Capital 0.3",
    ]);
    assert.deepEqual(stakes("La société Brivelle est contrôlée à 55 % par Norvane Corp depuis 2023.", "fr"), [
      "Norvane Corp 0.55",
    ]);
    assert.deepEqual(
      stakes("La coentreprise, détenue à 60 % par la société Brivelle, construira le site.", "fr"),
      ["Brivelle 0.6"],
    );
  });

  it("names no other holder as what is held (en)", () => {
    const claims = extract(
      "Titre\n\nThe joint venture is 51% owned by Norvane Corp and 49% by Vantor Labs.",
      "en",
    );
    assert.deepEqual(
      claims.map((c) => c.counterparty),
      [null, null],
    );
  });
});
