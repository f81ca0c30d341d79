import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerAt = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).entity;

describe("a sentence opened by a possessive determiner: its owner is the company it stands for", () => {
  it("'Its initial $1 billion round … lacked Big Tech participation' (en)", () => {
    assert.equal(
      ownerAt(
        "Mistral AI is raising money again. Its first $500 million funding round, announced in 2024, drew no interest from Nvidia.",
        "en",
        500e6,
      ),
      "Mistral AI",
    );
  });

  it("« Sa première levée de 500 millions de dollars … n'avait pas attiré Nvidia » (fr)", () => {
    assert.equal(
      ownerAt(
        "Mistral AI lève de nouveau des fonds. Sa première levée de 500 millions de dollars, en 2024, n'avait pas attiré Nvidia.",
        "fr",
        500e6,
      ),
      "Mistral AI",
    );
  });
});
