import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owner = (text: string, value: number, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.find(
    (c) => (c.value.low ?? c.value.high) === value,
  )?.entity;

describe("a pronoun after a clause break takes up the subject of the clause before", () => {
  it("after a colon, past an apposition, rather than the article's subject (EN)", () => {
    const text =
      "OpenAI expects revenue of $13 billion this year. Anthropic, a smaller competitor, is more frugal: it projects cash burn of $3 billion this year.";
    assert.equal(owner(text, 3e9), "Anthropic");
  });

  it("after a semicolon, a contrastive reference as the subject (EN)", () => {
    const text =
      "Oracle leads the market. CoreWeave and Nebius compete for the same customers, but the latter is far smaller; it expects revenue of $1 billion this year.";
    assert.equal(owner(text, 1e9), "Nebius");
  });

  it("after 'and', not the company named as an object (EN)", () => {
    const text =
      "Nvidia reported record sales. Microsoft signed a supply deal with Nebius, and it plans to spend $80 billion on data centres this year.";
    assert.equal(owner(text, 8e10), "Microsoft");
  });

  it("after a colon in French, for « il » and « elle »", () => {
    const il =
      "OpenAI prévoit 13 milliards de dollars de revenus cette année. Anthropic est plus économe : il prévoit de brûler 3 milliards de dollars cette année.";
    assert.equal(owner(il, 3e9, "fr"), "Anthropic");
    const elle =
      "OpenAI prévoit 13 milliards de dollars de revenus cette année. Mistral AI lève des fonds ; elle vise un chiffre d'affaires de 1 milliard d'euros en 2026.";
    assert.equal(owner(elle, 1e9, "fr"), "Mistral AI");
  });

  it("keeps the article's subject when no break opens the pronoun's clause", () => {
    const text =
      "OpenAI struck a deal with Oracle. Analysts said it expects to spend $300 billion on computing power.";
    assert.equal(owner(text, 3e11), "OpenAI");
  });
});

describe("a clause opened by « tandis que », « alors que », 'while', 'whereas' has its own subject", () => {
  it("owns the figure in its own clause, not the sentence's first subject (fr)", () => {
    const text =
      "OpenAI pourrait être valorisée à 500 milliards de dollars, tandis que ByteDance prépare un rachat d'actions qui valorisera le groupe à 330 milliards de dollars.";
    assert.equal(owner(text, 3.3e11, "fr"), "ByteDance");
    const alors =
      "Microsoft a réduit ses dépenses l'an dernier alors que Meta compte consacrer 70 milliards de dollars à ses centres de données cette année.";
    assert.equal(owner(alors, 7e10, "fr"), "Meta");
  });

  it("owns the figure in its own clause, not the sentence's first subject (en)", () => {
    const text =
      "OpenAI could be valued at $500 billion, while ByteDance is preparing a buyback that will value the group at $330 billion.";
    assert.equal(owner(text, 3.3e11), "ByteDance");
    const whereas =
      "Microsoft cut its spending last year, whereas Meta plans to put $70 billion into its data centres this year.";
    assert.equal(owner(whereas, 7e10), "Meta");
  });
});

describe("a pronoun opening the clause a verb introduces takes up the verb's subject", () => {
  it("« X a indiqué qu'il achèterait … », past an opening phrase and an apposition (fr)", () => {
    const text =
      "Nvidia multiplie les accords. En juillet, le neocloud Fluidstack, client de longue date, a indiqué qu'il achèterait pour 3 milliards de dollars de puces Nvidia.";
    assert.equal(owner(text, 3e9, "fr"), "Fluidstack");
  });

  it("'X said that it would buy …', not the supplier named as an object (en)", () => {
    const text =
      "Nvidia keeps signing deals. In July, Fluidstack, another customer, said that it would buy $2.4 billion of Nvidia chips.";
    assert.equal(owner(text, 2.4e9), "Fluidstack");
  });

  it("keeps the article's subject when the verb's subject is no company (near miss)", () => {
    const text =
      "Nvidia keeps signing deals. In July, analysts said that it would spend $2.4 billion on new chips.";
    assert.equal(owner(text, 2.4e9), "Nvidia");
  });
});
