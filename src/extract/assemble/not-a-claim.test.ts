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

  it("the growth of a backlog is not revenue growth", () => {
    for (const [text, language] of [
      [
        "Oracle a vu son carnet de commandes atteindre 200 milliards de dollars, une hausse de 150 % sur un an.",
        "fr",
      ],
      ["Oracle said its backlog reached $200 billion, an increase of 150% from a year earlier.", "en"],
    ] as const) {
      const { kept, aside } = read(text, language);
      assert.ok(!kept.includes(1.5), text);
      assert.match(aside.join(), /the growth of a backlog/u, text);
    }
    assert.deepEqual(
      read("Oracle's backlog rose to $200 billion while its revenue grew 12%.", "en").kept,
      [200e9, 0.12],
    );
  });

  it("earnings per share and their growth record nothing", () => {
    for (const [text, language] of [
      ["Chez Oracle, le bénéfice par action ajusté progresse de 6 % à 1,47 dollar.", "fr"],
      ["At Oracle, adjusted earnings per share rose 6% to $1.47.", "en"],
    ] as const) {
      const { kept, aside } = read(text, language);
      assert.deepEqual(kept, [], text);
      assert.equal(aside.length, 2, text);
    }
  });
});
