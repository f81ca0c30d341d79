import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isCounterpartyElsewhere, isDealSide } from "./deal-side.js";
import type { Candidate, Party } from "./types.js";

/** The party for the first occurrence of `surface` in `text`. */
function partyIn(text: string, surface: string): Party {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, surface, canonical: surface, via: "name" } as Party;
}

/** Whether the first `name` of `text` stands after a preposition of the other side. */
const sideOf = (text: string, name: string) => isDealSide(text, partyIn(text, name), 0);

describe("a company after a preposition of the other side of a deal", () => {
  it("stands on the other side (fr)", () => {
    for (const [text, name] of <[string, string][]>[
      ["Nebius a signé un contrat de 17 milliards avec Microsoft.", "Microsoft"],
      ["Mistral a levé 1,7 milliard auprès d'ASML.", "ASML"],
      ["Anthropic loue 1 GW de capacité chez le fournisseur Google.", "Google"],
    ])
      assert.equal(sideOf(text, name), true, text);
  });

  it("stands on the other side (en)", () => {
    for (const [text, name] of <[string, string][]>[
      ["Oracle signed a $30 billion contract with OpenAI.", "OpenAI"],
      ["CoreWeave won a $14 billion order from the social network Meta.", "Meta"],
      ["Lambda will rent 18,000 GPUs to Nvidia.", "Nvidia"],
    ])
      assert.equal(sideOf(text, name), true, text);
  });

  it("is no other side as the subject or after a possessive de/of", () => {
    for (const [text, name] of <[string, string][]>[
      ["Microsoft a signé un contrat de 17 milliards.", "Microsoft"],
      ["Le chiffre d'affaires de Nvidia a atteint 57 milliards.", "Nvidia"],
      ["The revenue of Broadcom reached $16 billion.", "Broadcom"],
      ["Meta will spend $70 billion this year.", "Meta"],
    ])
      assert.equal(sideOf(text, name), false, text);
  });
});

describe("a company the document names only as the other side of its figures", () => {
  const claim = (entity: string, counterparty: string | null) => ({ entity, counterparty }) as Candidate;

  it("counts as a counterparty elsewhere", () => {
    assert.equal(
      isCounterpartyElsewhere([claim("Oracle", "OpenAI"), claim("AMD", "OpenAI")], "OpenAI"),
      true,
    );
  });

  it("does not once it owns a figure, nor when never named", () => {
    assert.equal(
      isCounterpartyElsewhere([claim("Oracle", "OpenAI"), claim("OpenAI", null)], "OpenAI"),
      false,
    );
    assert.equal(isCounterpartyElsewhere([claim("Oracle", "OpenAI")], "Meta"), false);
    assert.equal(isCounterpartyElsewhere([], "Meta"), false);
  });
});
