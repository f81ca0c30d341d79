import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "entity→counterparty value", in the text's order. */
const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity}→${c.counterparty} ${c.value.low ?? c.value.high}`);

describe("a list of companies as the subject acts together", () => {
  it("when 'as well as', « ainsi que » closes it, with or without commas", () => {
    assert.deepEqual(owners("Oracle, Nebius as well as Nscale plan to spend $36 billion in 2027.", "en"), [
      "Oracle+Nebius+Nscale→null 36000000000",
    ]);
    assert.deepEqual(
      owners("Oracle and Nebius, as well as Nscale, plan to spend $36 billion in 2027.", "en"),
      ["Oracle+Nebius+Nscale→null 36000000000"],
    );
    assert.deepEqual(
      owners("Oracle, Nebius ainsi que Nscale prévoient de dépenser 36 milliards de dollars en 2027.", "fr"),
      ["Oracle+Nebius+Nscale→null 36000000000"],
    );
    assert.deepEqual(
      owners(
        "Oracle et Nebius, ainsi qu'Nscale, prévoient de dépenser 36 milliards de dollars en 2027.",
        "fr",
      ),
      ["Oracle+Nebius+Nscale→null 36000000000"],
    );
  });

  it("when a collective of kinds heads it and « ainsi que » closes it", () => {
    assert.deepEqual(
      owners(
        "Les hyperscalers Oracle, Microsoft et Amazon ainsi que Meta prévoient de dépenser 410 milliards de dollars en 2027.",
        "fr",
      ),
      ["Oracle+Microsoft+Amazon+Meta→null 410000000000"],
    );
  });

  it("when each name carries its market code, and « Ensemble » opens the sentence", () => {
    assert.deepEqual(
      owners(
        "Ensemble, Oracle ORCL.N , Microsoft MSFT.O et Nvidia NVDA.O devraient dépenser plus de 210 milliards de dollars cette année.",
        "fr",
      ),
      ["Oracle+Microsoft+Nvidia→null 210000000000"],
    );
  });

  it("leaves 'as well as' after the figure (near-miss)", () => {
    assert.deepEqual(
      owners("Oracle plans to spend $36 billion in 2027, as well as $4 billion in Nscale.", "en").map((o) =>
        o.startsWith("Oracle→"),
      ),
      [true, true],
    );
  });
});
