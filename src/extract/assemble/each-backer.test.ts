import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const read = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" })
    .claims.map((c) => `${c.entity}→${c.counterparty} ${c.metric} ${c.value.low ?? c.value.high}`)
    .sort();

describe("the backers of a round each contributing the same sum", () => {
  it("each invest the sum in the company raising (EN)", () => {
    assert.deepEqual(
      read("Cohere raised $4 billion from Nvidia and Salesforce, each contributing $500 million.", "en"),
      [
        "Cohere→Nvidia+Salesforce funding_round 4000000000",
        "Nvidia→Cohere investment 500000000",
        "Salesforce→Cohere investment 500000000",
      ],
    );
  });

  it("each invest the sum, with descriptions between the names (FR)", () => {
    const claims = read(
      "Cohere lève 4 milliards de dollars auprès de Temasek, le fonds de Singapour, et de l'investisseur américain Coatue, chacun contribuant à hauteur de 500 millions de dollars.",
      "fr",
    );
    assert.ok(claims.includes("Temasek→Cohere investment 500000000"), claims.join("\n"));
    assert.ok(claims.includes("Coatue→Cohere investment 500000000"), claims.join("\n"));
    assert.ok(!claims.some((c) => c.includes("funding_round 500000000")), claims.join("\n"));
    const bare = read(
      "Cohere a levé 4 milliards de dollars auprès de Temasek et Coatue, chacun à hauteur de 500 millions.",
      "fr",
    );
    assert.ok(bare.includes("Coatue→Cohere investment 500000000"), bare.join("\n"));
  });

  it("leaves a sum that is not each backer's alone", () => {
    const claims = read(
      "Cohere raised $4 billion from Nvidia and Salesforce, including $500 million from Nvidia.",
      "en",
    );
    assert.ok(!claims.includes("Salesforce→Cohere investment 500000000"), claims.join("\n"));
  });
});
