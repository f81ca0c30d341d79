import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const extract = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2026-02-06", document: "d.txt" });

/** The figures set aside as no claim, with why, and the values of the claims kept. */
function read(text: string, language: "fr" | "en"): { kept: (number | null)[]; aside: string[] } {
  const { claims, issues } = extract(text, language);
  return {
    kept: claims.map((c) => c.value.low ?? c.value.high),
    aside: issues.filter((i) => i.code === "not_a_claim").map((i) => i.message),
  };
}

describe("figures read right that record nothing", () => {
  it("a day's move of a share price is no stake", () => {
    for (const [text, language] of [
      ["Oracle investira dans Cohere ; l'action Oracle a cédé 3,1 % mardi.", "fr"],
      ["Oracle will invest in Cohere; Oracle shares fell 3.1% on Tuesday.", "en"],
    ] as const) {
      const { kept, aside } = read(text, language);
      assert.deepEqual(kept, [], text);
      assert.match(aside.join(), /a move of a share price/u, text);
    }
  });

  it("a change in market value is not the market value", () => {
    for (const [text, language] of [
      ["L'accord a ajouté environ 40 milliards de dollars à la capitalisation boursière d'Oracle.", "fr"],
      ["The deal added about $40 billion to Oracle's market value in a day.", "en"],
    ] as const) {
      const { kept, aside } = read(text, language);
      assert.deepEqual(kept, [], text);
      assert.match(aside.join(), /a change in market value/u, text);
    }
  });

  it("an issue's order book is not the amount raised", () => {
    for (const [text, language] of [
      [
        "Oracle a levé 18 milliards de dollars en obligations, pour un carnet d'ordres de plus de 80 milliards.",
        "fr",
      ],
      ["Oracle raised $18 billion in bonds, with an order book of more than $80 billion.", "en"],
    ] as const) {
      const { kept, aside } = read(text, language);
      assert.deepEqual(kept, [18e9], text);
      assert.match(aside.join(), /order book/u, text);
    }
  });

  it("a profit is no deal amount", () => {
    for (const [text, language] of [
      [
        "Oracle engage 2 milliards d'euros dans cet accord, bien moins que les 9 milliards d'euros de bénéfice net de l'an dernier.",
        "fr",
      ],
      [
        "Oracle commits €2 billion to the deal, far less than the €9 billion of net income it made last year.",
        "en",
      ],
    ] as const) {
      const { kept, aside } = read(text, language);
      assert.deepEqual(kept, [2e9], text);
      assert.match(aside.join(), /a profit/u, text);
    }
  });
});
