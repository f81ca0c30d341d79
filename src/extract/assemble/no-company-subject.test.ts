import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimValues } from "../../../test/support/claims.js";

const values = claimValues("2025-05-12");

describe("a figure whose clause denies it to every company of a kind", () => {
  it("is no claim of the company the text is about (FR, EN)", () => {
    assert.deepEqual(
      values(
        "Aleph Alpha lève 400 millions d'euros. Jusqu'ici, aucune jeune pousse allemande n'était parvenue à franchir une valorisation de 2 milliards d'euros.",
        "fr",
      ),
      [4e8],
    );
    assert.deepEqual(
      values(
        "Aleph Alpha raised €400 million. Until now no other German AI company had reached a valuation of €2 billion.",
        "en",
      ),
      [4e8],
    );
  });

  it("stands back when a company is named before the figure, or the figure comes first", () => {
    assert.deepEqual(
      values(
        "Aucune start-up européenne n'a levé autant que Mistral AI, qui a réuni 600 millions d'euros.",
        "fr",
      ),
      [6e8],
    );
    assert.deepEqual(
      values("Mistral AI a levé 600 millions d'euros ; aucune start-up n'avait fait mieux.", "fr"),
      [6e8],
    );
    assert.deepEqual(
      values("No other AI company has raised as much as Anthropic, which closed a $13 billion round.", "en"),
      [13e9],
    );
    assert.deepEqual(
      values("Anthropic said no customer had complained. It raised $13 billion.", "en"),
      [13e9],
    );
  });
});
