import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const rounds = claimFields(["entity", "value"], {
  published: "2026-03-02",
  where: (c) => c.metric === "funding_round",
});

describe("a funding round's owner, not its backer", () => {
  it("is the company the backer backs in the sentence (en)", () => {
    const text =
      "Mistral AI raises again\n\nMistral AI raised $2 billion on Monday.\n\nGeneral Catalyst first backed Mistral AI in 2023, leading its $110 million seed round.";
    assert.deepEqual(rounds(text, "en").at(-1), ["Mistral AI", 110e6]);
  });

  it("is the company the backer backs in the sentence (fr)", () => {
    const text =
      "Mistral AI lève à nouveau\n\nMistral AI a levé 2 milliards d'euros lundi.\n\nGeneral Catalyst a d'abord soutenu Mistral AI en 2023, en menant sa levée de fonds de 105 millions d'euros.";
    assert.deepEqual(rounds(text, "fr").at(-1), ["Mistral AI", 105e6]);
  });

  it("is the company the investor the text is about has just invested in (fr)", () => {
    const text =
      "Microsoft investirait 2 milliards dans Mistral AI\n\nMicrosoft envisagerait d'investir 2 milliards de dollars dans Mistral AI. Ce montant s'ajouterait à une autre levée de fonds de 500 millions de dollars.";
    assert.deepEqual(rounds(text, "fr"), [["Mistral AI", 500e6]]);
  });

  it("is the company the investor the text is about has just invested in (en)", () => {
    const text =
      "Microsoft to invest $2 billion in Mistral AI\n\nMicrosoft plans to invest $2 billion in Mistral AI. The money comes on top of a separate $500 million funding round.";
    assert.deepEqual(rounds(text, "en"), [["Mistral AI", 500e6]]);
  });

  it("stays the company raising when it raises from its backer (en)", () => {
    const text =
      "Mistral AI raises money\n\nMistral AI raised $600 million in a funding round led by General Catalyst.";
    assert.deepEqual(rounds(text, "en"), [["Mistral AI", 600e6]]);
  });

  it("leaves a backer its own raise when no round is said to be the backed company's (en)", () => {
    const text =
      "Venture firms raise money\n\nVenture firms raised record sums this year.\n\nGeneral Catalyst backed Mistral AI and raised a new $8 billion fund round.";
    assert.deepEqual(rounds(text, "en"), [["General Catalyst", 8e9]]);
  });

  it("leaves a backer its own raise when no round is said to be the backed company's (fr)", () => {
    const text =
      "Les fonds lèvent\n\nLes fonds de capital-risque ont levé des sommes records.\n\nGeneral Catalyst a soutenu Mistral AI et a levé un nouveau fonds de 8 milliards de dollars lors d'un tour de table.";
    assert.deepEqual(rounds(text, "fr"), [["General Catalyst", 8e9]]);
  });
});

describe("a round named as in a company right after its figure", () => {
  it("is that company's, whoever leads or joins it (fr)", () => {
    assert.deepEqual(
      rounds("Bpifrance mène un tour de table de 40 millions d'euros dans la start-up Kyutai.", "fr"),
      [["Kyutai", 40e6]],
    );
    assert.deepEqual(rounds("Nvidia participe à la levée de 900 millions d'euros de Mistral AI.", "fr"), [
      ["Mistral AI", 900e6],
    ]);
    assert.deepEqual(
      rounds(
        "Le fonds Partech a conduit la levée de fonds de 25 millions d'euros de la start-up Quillonis.",
        "fr",
      ),
      [["Quillonis", 25e6]],
    );
  });

  it("is that company's, whoever leads or joins it (en)", () => {
    assert.deepEqual(rounds("Index Ventures led a $60 million round in Poolside.", "en"), [
      ["Poolside", 60e6],
    ]);
  });
});
