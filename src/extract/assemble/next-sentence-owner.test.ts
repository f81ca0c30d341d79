import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertOwnedUnderTitle, ownersOfValue } from "../../../test/support/probes.js";

/** Invented sentences: the sentence after the figure says who its unnamed party is. */
const ownersOf = (text: string, value: number, language: "fr" | "en" = "en"): string[] =>
  ownersOfValue(`Titre\n\n${text}`, value, language);

describe("an owner the next sentence identifies", () => {
  it("'The investor is X', « Il s'agit de X »", () => {
    assertOwnedUnderTitle(
      "Microsoft reported a busy quarter. A fund will invest $900 million in the Ohio campus. The investor is Brookfield.",
      9e8,
      "Brookfield",
    );
    assertOwnedUnderTitle(
      "Microsoft a connu un trimestre chargé. Un fonds va investir 900 millions d'euros dans le campus de l'Ohio. Il s'agit de Brookfield.",
      9e8,
      "Brookfield",
      "fr",
    );
  });

  it("'X confirmed the amount', « X a confirmé ce montant »", () => {
    assertOwnedUnderTitle(
      "Microsoft reported a busy quarter. A partner will invest $900 million in the Ohio campus. Brookfield confirmed the amount on Monday.",
      9e8,
      "Brookfield",
    );
    assertOwnedUnderTitle(
      "Microsoft a connu un trimestre chargé. Un partenaire va investir 900 millions d'euros dans le campus. Brookfield a confirmé ce montant lundi.",
      9e8,
      "Brookfield",
      "fr",
    );
  });

  it("a company merely named next, in the next paragraph, or a sentence with its own owner: not taken", () => {
    const near = [
      "Microsoft reported a busy quarter. A fund will invest $900 million in the Ohio campus. The figure was reported by Reuters, and Brookfield is among the bidders.",
      "Microsoft reported a busy quarter. A fund will invest $900 million in the Ohio campus.\n\nThe investor is Brookfield.",
      "Microsoft reported a busy quarter. Amazon will invest $900 million in the Ohio campus. The buyer is Brookfield.",
    ];
    for (const text of near) assert.ok(!ownersOf(text, 9e8).includes("Brookfield"), text);
  });
});
