import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owner = (text: string, value: number, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.find(
    (c) => (c.value.low ?? c.value.high) === value,
  )?.entity;

describe("a figure in a clause a present participle opens belongs to the main clause's subject", () => {
  it("« …, levant ainsi N » after an opening phrase, not the company just exited (fr)", () => {
    const text =
      "Oracle vend des actifs\n\nEn plus de la cession de ses bureaux, Oracle s'est aussi partiellement retiré de Cohere, levant ainsi 4,2 milliards de dollars.";
    assert.equal(owner(text, 4.2e9, "fr"), "Oracle");
  });

  it("'…, raising N' after an opening phrase, not the company just exited (en)", () => {
    const text =
      "Oracle sells assets\n\nBesides selling its offices, Oracle also partly exited Cohere, raising $4.2 billion.";
    assert.equal(owner(text, 4.2e9), "Oracle");
  });
});

describe("clauses that are no bare participle clause (near misses)", () => {
  it("a company named inside the participle clause owns its figure", () => {
    const fr =
      "SoftBank mène la danse\n\nSoftBank a mené le tour de table, valorisant Cohere à 7 milliards de dollars.";
    assert.equal(owner(fr, 7e9, "fr"), "Cohere");
    const en = "SoftBank leads\n\nSoftBank led the round, valuing Cohere at $7 billion.";
    assert.equal(owner(en, 7e9), "Cohere");
  });

  it("'including' is a preposition: the share it introduces keeps its own owner", () => {
    const text =
      "Big Tech spending\n\nMicrosoft, Alphabet and Amazon will spend $300 billion this year, including $80 billion by Microsoft.";
    assert.equal(owner(text, 8e10), "Microsoft");
  });
});
