import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "value"], { published: "2025-10-02" });

describe("unknown companies a copula or a complemented trade noun names", () => {
  it("finds the company a copula says is one (fr, en)", () => {
    assert.deepEqual(
      read(
        "Valtheon est une jeune entreprise bretonne. Un investissement de 2 milliards d'euros est prévu.",
        "fr",
      ),
      [["Valtheon", 2e9]],
    );
    assert.deepEqual(
      read("Valtheon is a young Danish company. An investment of $2 billion is planned.", "en"),
      [["Valtheon", 2e9]],
    );
  });

  it("finds the company after a trade noun and its complement (fr)", () => {
    assert.deepEqual(
      read(
        "Cette fois, c'est le spécialiste des serveurs Valtheon qui arrive. Un investissement de 2 milliards d'euros est prévu.",
        "fr",
      ),
      [["Valtheon", 2e9]],
    );
  });

  it("finds no company in a place or a person a copula describes", () => {
    assert.deepEqual(
      read("Lyon est une ville dynamique. Un investissement de 2 milliards d'euros est prévu.", "fr").map(
        (c) => c[0],
      ),
      read("Un investissement de 2 milliards d'euros est prévu.", "fr").map((c) => c[0]),
    );
  });
});

describe("a gazetteer name written with an accent on its capital", () => {
  it("is the known company (fr)", () => {
    assert.deepEqual(read("Éclairion a annoncé un investissement de 3 milliards d'euros en Moselle.", "fr"), [
      ["Eclairion", 3e9],
    ]);
  });
});
