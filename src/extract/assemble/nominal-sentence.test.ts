import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "unit"], { published: "2025-06-02" });

describe("a sentence of a noun phrase sizing the previous figure", () => {
  it("belongs to the previous figure's owner (fr)", () => {
    const text =
      "Le groupe Iliad et le fonds Ardian ont retenu un terrain près de Lyon pour bâtir un campus d'une puissance de 600 MW. Un investissement de 4 milliards d'euros.";
    assert.deepEqual(owners(text, "fr"), [
      ["Iliad+Ardian", "GW"],
      ["Iliad+Ardian", "EUR"],
    ]);
  });

  it("belongs to the previous figure's owner (en)", () => {
    const text =
      "Crusoe plans a 900 MW campus in Wyoming with its partners. A $6 billion investment, the company said.";
    assert.deepEqual(
      owners(text, "en").map((o) => o[0]),
      ["Crusoe", "Crusoe"],
    );
  });

  it("leaves a sentence with a verb or a name of its own to its own reading", () => {
    const text = "Crusoe plans a 900 MW campus in Wyoming. Oracle will spend $6 billion on the chips.";
    assert.deepEqual(
      owners(text, "en").map((o) => o[0]),
      ["Crusoe", "Oracle"],
    );
  });
});
