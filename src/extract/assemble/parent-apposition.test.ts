import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** A parent, owner or backer named in apposition after a company takes neither the figure nor the other side. */
const owners = (text: string, language: "fr" | "en" = "en") =>
  extract(text, language, "2026-03-02").map((c) => `${c.entity}→${c.counterparty}`);

describe("a parent named in apposition", () => {
  it("leaves the figure to the company it qualifies, English and French", () => {
    assert.deepEqual(
      owners("Velbrook Energy, owned by the fund Torsen Capital, will invest $2 billion in a plant."),
      ["Velbrook Energy→null"],
    );
    assert.deepEqual(
      owners(
        "Le site de Maravel, filiale du groupe Torsen Capital, s'installera à Dole (Jura), pour 600 MW.",
        "fr",
      ),
      ["Maravel→null"],
    );
    assert.deepEqual(
      owners("Kestrin, a wholly owned subsidiary of Torsen Capital, reported revenue of $90 million."),
      ["Kestrin→null"],
    );
  });
  it("does not fire when the parent opens its own clause or is the subject", () => {
    assert.deepEqual(owners("Torsen Capital, which owns Kestrin Labs, raised a $4 billion fund."), [
      "Torsen Capital→null",
    ]);
    assert.deepEqual(owners("Kestrin Labs was acquired by Torsen Capital, which then raised $4 billion."), [
      "Torsen Capital→null",
    ]);
  });
});
