import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "value"], { published: "2025-10-08" });

describe("a cost per GW made of the speaker's firm's own goods is that supplier's", () => {
  it('"worth of its chips" after the figure (en)', () => {
    const text =
      "Oracle and OpenAI\n\nOracle will host 4.5 GW for OpenAI. Oracle shares rose. Lisa Su, the AMD chief, said each gigawatt of AI compute takes about $20 billion worth of its accelerators.";
    assert.deepEqual(owners(text, "en").at(-1), ["AMD", "cost_per_gw", 2e10]);
  });

  it("« de ses puces » after the figure (fr)", () => {
    const text =
      "Oracle et OpenAI\n\nOracle hébergera 4,5 GW pour OpenAI. L'action d'Oracle a bondi. Lisa Su, patronne d'AMD, a expliqué que chaque gigawatt de calcul exige environ 20 milliards de dollars de ses accélérateurs.";
    assert.deepEqual(owners(text, "fr").at(-1), ["AMD", "cost_per_gw", 2e10]);
  });

  it('a part "of which" goes on the firm\'s named goods (en)', () => {
    const text =
      "Oracle and OpenAI\n\nOracle will host 4.5 GW for OpenAI. Oracle shares rose. Lisa Su, the AMD chief, has estimated that each gigawatt of AI capacity costs $45 billion, of which about $20 billion goes on AMD accelerators.";
    assert.deepEqual(owners(text, "en").at(-1), ["AMD", "cost_per_gw", 2e10]);
  });

  it("« dont » une part va aux puces nommées de l'entreprise (fr)", () => {
    const text =
      "Oracle et OpenAI\n\nOracle hébergera 4,5 GW pour OpenAI. L'action d'Oracle a bondi. Lisa Su, patronne d'AMD, a expliqué que chaque gigawatt de calcul coûte 45 milliards de dollars, dont environ 20 milliards de dollars vont aux accélérateurs AMD.";
    assert.deepEqual(owners(text, "fr").at(-1), ["AMD", "cost_per_gw", 2e10]);
  });

  it("leaves a part spent on goods named with no make to the company the text is about (en)", () => {
    const text =
      "Oracle and OpenAI\n\nOracle will host 4.5 GW for OpenAI. Oracle shares rose. Lisa Su, the AMD chief, has estimated that each gigawatt of AI capacity costs $45 billion, of which about $20 billion goes on buildings and power.";
    assert.deepEqual(owners(text, "en").at(-1), ["Oracle", "cost_per_gw", 2e10]);
  });

  it("leaves a generic cost per GW to the company the text is about (en, fr)", () => {
    const en =
      "Oracle and OpenAI\n\nOracle will host 4.5 GW for OpenAI. Oracle shares rose. Lisa Su, the AMD chief, said each gigawatt of AI compute takes about $20 billion in total.";
    assert.deepEqual(owners(en, "en").at(-1), ["Oracle", "cost_per_gw", 2e10]);
    const fr =
      "Oracle et OpenAI\n\nOracle hébergera 4,5 GW pour OpenAI. L'action d'Oracle a bondi. Lisa Su, patronne d'AMD, a expliqué que chaque gigawatt de calcul exige environ 20 milliards de dollars au total.";
    assert.deepEqual(owners(fr, "fr").at(-1), ["Oracle", "cost_per_gw", 2e10]);
  });
});
