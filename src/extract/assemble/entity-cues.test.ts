import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { extractClaims } from "../index.js";

const investments = claimFields(["entity", "counterparty", "value"], {
  where: (c) => c.metric === "investment",
});

describe("investors listed after a colon", () => {
  it("invest the figure together, in the company the text is about (fr)", () => {
    const text =
      "Kyutai lève 500 millions d'euros. Les 300 millions restants sont apportés par des fonds existants : Sequoia Capital, Lightspeed et General Catalyst.";
    assert.deepEqual(investments(text, "fr"), [
      ["Sequoia Capital+Lightspeed+General Catalyst", "Kyutai", 300e6],
    ]);
  });

  it("invest the figure together (en)", () => {
    const text =
      "Kyutai raised €500 million in equity. The remaining €300 million is invested by existing backers: Sequoia Capital, Lightspeed and General Catalyst.";
    assert.deepEqual(investments(text, "en"), [
      ["Sequoia Capital+Lightspeed+General Catalyst", "Kyutai", 300e6],
    ]);
  });
});

const owners = claimFields(["entity", "value"]);

describe("a pronoun in the clause a company reports", () => {
  it("stands for the company that speaks, not the article's subject (fr)", () => {
    const text =
      "Le forum a réuni Anthropic et Cohere. De son côté, Scaleway a annoncé mardi qu'il consacrerait 2 milliards d'euros à ses centres de données d'ici 2028.";
    assert.deepEqual(owners(text, "fr"), [["Scaleway", 2e9]]);
  });

  it("stands for the company that speaks, not the article's subject (en)", () => {
    const text =
      "Anthropic leads the market. Separately, Tencent said it would spend $20 billion on data centres over three years.";
    assert.deepEqual(owners(text, "en"), [["Tencent", 20e9]]);
  });
});

describe("a share of a round with no owner in its sentence", () => {
  it("belongs to the company whose round was last reported, not the company last named (fr)", () => {
    const text =
      "Kyutai a levé 500 millions d'euros auprès de Nvidia. Nvidia a aussi signé un contrat avec Oracle. Selon une source, les investisseurs européens représentent environ 80 % du tour de table.";
    assert.deepEqual(owners(text, "fr").at(-1), ["Kyutai", 0.8]);
  });

  it("belongs to the company whose round was last reported (en)", () => {
    const text =
      "Kyutai raised €500 million from Nvidia. Nvidia also signed a deal with Oracle. European investors provided about 80% of the round, a person familiar with the matter said.";
    assert.deepEqual(owners(text, "en").at(-1), ["Kyutai", 0.8]);
  });
});

describe("a business unit as the subject", () => {
  const items = (text: string, language: "fr" | "en") =>
    extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.map((c) => [
      c.entity,
      c.item,
      c.value.low ?? c.value.high,
    ]);

  it("gives the figure to its company, the unit kept as the item (fr)", () => {
    assert.deepEqual(
      items("Au deuxième trimestre, Azure a réalisé 21 milliards de dollars de chiffre d'affaires.", "fr"),
      [["Microsoft", "Azure", 21e9]],
    );
  });

  it("gives the figure to its company, the unit kept as the item (en)", () => {
    assert.deepEqual(items("Oracle Cloud Infrastructure revenue reached $4 billion in the quarter.", "en"), [
      ["Oracle", "Oracle Cloud Infrastructure", 4e9],
    ]);
  });
});
