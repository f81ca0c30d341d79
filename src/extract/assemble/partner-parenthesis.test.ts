import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";
import { isPartnerParenthesis } from "./partner-parenthesis.js";

const owner = (text: string, value: number, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.find(
    (c) => (c.value.low ?? c.value.high) === value,
  )?.entity;

const partnerAt = (text: string, name: string) => {
  const start = text.indexOf(name);
  return isPartnerParenthesis(text, start, start + name.length);
};

describe("a parenthesis opened by « pour » / 'for' after a partner of « avec » / 'with'", () => {
  it("sizes the deal with the partner: the clause's subject owns the figure (fr)", () => {
    const text =
      "Anthropic muscle ses capacités de calcul. Le laboratoire a conclu des contrats avec Google (pour 3 GW de capacité) et Oracle (pour 2 GW).";
    assert.equal(owner(text, 3, "fr"), "Anthropic");
    assert.equal(owner(text, 2, "fr"), "Anthropic");
  });

  it("sizes the deal with the partner: the clause's subject owns the figure (en)", () => {
    const text =
      "Anthropic keeps adding computing power. Mistral AI has struck agreements with Google (for 3 GW of capacity) and Oracle (for 2 GW).";
    assert.equal(owner(text, 3), "Mistral AI");
    assert.equal(owner(text, 2), "Mistral AI");
  });

  it("reads the second partner of a list as a partner too", () => {
    assert.ok(partnerAt("des accords avec Google (pour 3 GW) et Oracle (pour 2 GW)", "Oracle"));
    assert.ok(partnerAt("deals with Google (for 3 GW), Oracle (for 2 GW)", "Oracle"));
  });
});

describe("a parenthesis that is the company's own (near misses)", () => {
  it("no partner preposition before the name: the name owns its parenthesis", () => {
    assert.equal(partnerAt("des rivaux comme Cohere (pour 3 GW)", "Cohere"), false);
    const text =
      "Mistral AI distance des concurrentes comme Cohere (valorisée 12 milliards de dollars) et Perplexity (valorisée 3 milliards de dollars).";
    assert.equal(owner(text, 12e9, "fr"), "Cohere");
  });

  it("a partner whose parenthesis does not open with « pour » / 'for' keeps it", () => {
    assert.equal(partnerAt("a deal with Cohere ($12 billion valuation)", "Cohere"), false);
    assert.equal(partnerAt("un accord avec Cohere (valorisée 12 milliards)", "Cohere"), false);
  });
});
