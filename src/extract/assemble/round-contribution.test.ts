import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "low", "counterparty"]);

describe("an investor's share of a round and the round's total in one sentence", () => {
  it("the share is the investor's investment, the total the company's round (en)", () => {
    assert.deepEqual(
      read(
        "Cohere raised money this year. Nvidia contributed $300 million to the round, which totaled $500 million.",
        "en",
      ),
      [
        ["Nvidia", "investment", 3e8, "Cohere"],
        ["Cohere", "funding_round", 5e8, null],
      ],
    );
    assert.deepEqual(
      read("Cohere raised money this year. Nvidia put in $300 million of the $500 million round.", "en"),
      [
        ["Nvidia", "investment", 3e8, "Cohere"],
        ["Cohere", "funding_round", 5e8, null],
      ],
    );
  });

  it("the share is the investor's investment, the total the company's round (fr)", () => {
    assert.deepEqual(
      read("Cohere lève des fonds. Nvidia a apporté 300 millions d'euros sur un tour de 500 millions.", "fr"),
      [
        ["Nvidia", "investment", 3e8, "Cohere"],
        ["Cohere", "funding_round", 5e8, null],
      ],
    );
  });

  it("an investor's own round stays its own", () => {
    assert.deepEqual(read("Cohere raised $500 million in a round led by Nvidia.", "en"), [
      ["Cohere", "funding_round", 5e8, null],
    ]);
  });
});

describe("an investor's part of another company's round, 'à hauteur de' a figure", () => {
  it("is the investor's investment in the company raising (fr)", () => {
    assert.deepEqual(
      read("Nvidia participera à hauteur de 2 milliards de dollars au tour de table de xAI.", "fr"),
      [["Nvidia", "investment", 2e9, "xAI"]],
    );
    assert.deepEqual(
      read(
        "La société Zorvane contribue à hauteur de 300 millions d'euros à la levée de fonds de Mistral AI.",
        "fr",
      ),
      [["Zorvane", "investment", 3e8, "Mistral AI"]],
    );
  });

  it("is the investor's investment in the company raising (en)", () => {
    assert.deepEqual(read("Nvidia will contribute $2 billion to xAI's funding round.", "en"), [
      ["Nvidia", "investment", 2e9, "xAI"],
    ]);
  });
});

describe("the part of a round an investor put in ('dont 2 milliards apportés par Nvidia')", () => {
  it("is that investor's investment in the company raising (fr)", () => {
    assert.deepEqual(
      read("xAI a bouclé une levée de 20 milliards de dollars, dont 2 milliards apportés par Nvidia.", "fr"),
      [
        ["xAI", "funding_round", 20e9, null],
        ["Nvidia", "investment", 2e9, "xAI"],
      ],
    );
  });

  it("is that investor's investment in the company raising (en)", () => {
    assert.deepEqual(read("xAI closed a $20 billion round, of which $2 billion came from Nvidia.", "en"), [
      ["xAI", "funding_round", 20e9, null],
      ["Nvidia", "investment", 2e9, "xAI"],
    ]);
  });
});

describe("a part said to come from an investor right after the round it belongs to", () => {
  it("is that investor's investment in the company raising (en)", () => {
    assert.deepEqual(read("Of the $40 billion Cohere raised, $30 billion came from Oracle.", "en"), [
      ["Cohere", "funding_round", 40e9, null],
      ["Oracle", "investment", 30e9, "Cohere"],
    ]);
    assert.deepEqual(read("Reflection AI raised $2 billion, with $500 million coming from Nvidia.", "en"), [
      ["Reflection AI", "funding_round", 2e9, null],
      ["Nvidia", "investment", 5e8, "Reflection AI"],
    ]);
  });

  it("is that investor's investment in the company raising (fr)", () => {
    assert.deepEqual(
      read(
        "Mistral AI a levé 1,7 milliard d'euros en septembre ; 1,3 milliard d'euros proviennent d'ASML.",
        "fr",
      ),
      [
        ["Mistral AI", "funding_round", 1.7e9, null],
        ["ASML", "investment", 1.3e9, "Mistral AI"],
      ],
    );
  });

  it("stays a round when no round of the company comes before it", () => {
    assert.deepEqual(
      read("Nvidia said $5 billion came from its own cash.", "en")
        .map(([e, m]) => [e, m])
        .filter(([, m]) => m === "investment"),
      [],
    );
  });
});
