import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" })
    .claims.map((c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`)
    .sort();

const backers = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" })
    .claims.map((c) => `${c.entity}→${c.counterparty} ${c.metric} ${c.value.low ?? c.value.high}`)
    .sort();

describe("a figure each company of a list has", () => {
  it("is one claim per company with 'each' before the figure or 'apiece' after it, in English", () => {
    assert.deepEqual(owners("Cohere and Mistral AI each raised $600 million from sovereign funds."), [
      "Cohere funding_round 600000000",
      "Mistral AI funding_round 600000000",
    ]);
    assert.deepEqual(owners("Oracle and CoreWeave will own a 30% stake apiece in the new campus."), [
      "CoreWeave equity_stake 0.3",
      "Oracle equity_stake 0.3",
    ]);
  });

  it("reaches the list through the founder named after its last company", () => {
    assert.deepEqual(
      owners(
        "Cohere rivalise avec Mistral AI et xAI d'Elon Musk, qui ont tous deux levé 6 milliards de dollars.",
        "fr",
      ),
      ["Mistral AI funding_round 6000000000", "xAI funding_round 6000000000"],
    );
    assert.deepEqual(
      owners("Cohere competes with Mistral AI and xAI of Elon Musk, which both raised $6 billion.", "en"),
      ["Mistral AI funding_round 6000000000", "xAI funding_round 6000000000"],
    );
  });

  it("is one claim per company with 'chacun' or 'chacune', in French", () => {
    assert.deepEqual(owners("Temasek en détient 20 %, GIC et Mubadala 40 % chacun.", "fr"), [
      "GIC equity_stake 0.4",
      "Mubadala equity_stake 0.4",
      "Temasek equity_stake 0.2",
    ]);
    assert.deepEqual(
      owners("Nebius et Scaleway ont chacun investi 2 milliards d'euros dans des centres de données.", "fr"),
      ["Nebius capex 2000000000", "Scaleway capex 2000000000"],
    );
  });

  it("reaches a company the list names after its home or a descriptor with an elided article", () => {
    assert.deepEqual(
      owners(
        "Temasek de Singapour et l'investisseur américain Coatue mènent le tour, chacun apportant 500 millions de dollars.",
        "fr",
      ),
      ["Coatue investment 500000000", "Temasek investment 500000000"],
    );
    assert.deepEqual(
      owners("Mubadala of Singapore and the American investor Coatue each put in $700 million.", "en"),
      ["Coatue investment 700000000", "Mubadala investment 700000000"],
    );
  });

  it("is one claim per company with 'both' or 'tous deux' between the list and the figure", () => {
    assert.deepEqual(owners("Cohere and Mistral AI both raised $600 million last year."), [
      "Cohere funding_round 600000000",
      "Mistral AI funding_round 600000000",
    ]);
    assert.deepEqual(
      owners("Cohere et Mistral AI, qui ont tous deux levé 600 millions de dollars l'an dernier.", "fr"),
      ["Cohere funding_round 600000000", "Mistral AI funding_round 600000000"],
    );
  });

  it("stays the group's when the figure is theirs together or 'each' qualifies another noun", () => {
    assert.deepEqual(owners("Oracle and MGX will invest a combined $7 billion in the venture."), [
      "Oracle+MGX capex 7000000000",
    ]);
    assert.deepEqual(owners("Amazon and Alphabet will spend $10 billion each year on chips."), [
      "Amazon+Alphabet compute_spending_target 10000000000",
    ]);
  });
});

describe("the backers of a round each contributing the same sum", () => {
  it("each invest the sum in the company raising (EN)", () => {
    assert.deepEqual(
      backers("Cohere raised $4 billion from Nvidia and Salesforce, each contributing $500 million.", "en"),
      [
        "Cohere→Nvidia+Salesforce funding_round 4000000000",
        "Nvidia→Cohere investment 500000000",
        "Salesforce→Cohere investment 500000000",
      ],
    );
  });

  it("each invest the sum, with descriptions between the names (FR)", () => {
    const claims = backers(
      "Cohere lève 4 milliards de dollars auprès de Temasek, le fonds de Singapour, et de l'investisseur américain Coatue, chacun contribuant à hauteur de 500 millions de dollars.",
      "fr",
    );
    assert.ok(claims.includes("Temasek→Cohere investment 500000000"), claims.join("\n"));
    assert.ok(claims.includes("Coatue→Cohere investment 500000000"), claims.join("\n"));
    assert.ok(!claims.some((c) => c.includes("funding_round 500000000")), claims.join("\n"));
    const bare = backers(
      "Cohere a levé 4 milliards de dollars auprès de Temasek et Coatue, chacun à hauteur de 500 millions.",
      "fr",
    );
    assert.ok(bare.includes("Coatue→Cohere investment 500000000"), bare.join("\n"));
  });

  it("leaves a sum that is not each backer's alone", () => {
    const claims = backers(
      "Cohere raised $4 billion from Nvidia and Salesforce, including $500 million from Nvidia.",
      "en",
    );
    assert.ok(!claims.includes("Salesforce→Cohere investment 500000000"), claims.join("\n"));
  });
});
