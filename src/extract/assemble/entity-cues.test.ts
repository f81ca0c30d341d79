import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const investments = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" })
    .claims.filter((c) => c.metric === "investment")
    .map((c) => [c.entity, c.counterparty, c.value.low ?? c.value.high]);

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
