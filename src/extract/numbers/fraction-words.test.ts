import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { findQuantities } from "./find-quantities.js";

const shares = claimFields(["entity", "metric", "value"]);
const values = (text: string, language: "fr" | "en") =>
  findQuantities(text, language).map((q) => [q.low, q.unit, q.bound]);

describe("fractions spelled as words", () => {
  it("are read before what they are a share of, in English and French", () => {
    assert.deepEqual(values("Cloud chips make up two-thirds of Micron's data-center demand.", "en"), [
      [2 / 3, "fraction", "approx"],
    ]);
    assert.deepEqual(values("Le cloud pèse les trois quarts de son chiffre d'affaires.", "fr"), [
      [3 / 4, "fraction", "approx"],
    ]);
  });

  it("are no quantity before anything else ('the second half', 'half of the staff')", () => {
    assert.deepEqual(values("In the second half of the year, half of the staff moved.", "en"), []);
    assert.deepEqual(values("La moitié des salariés ont déménagé au deuxième semestre.", "fr"), []);
  });

  it("are read, but a proportion said in words is no claim (CLAIMS.md §8)", () => {
    assert.deepEqual(
      shares(
        "Micron\n\nHBM chips are expected to make up two-thirds of Micron's AI-related demand this year.",
      ),
      [],
    );
  });
});

describe("a cost measured against sales", () => {
  it("is no revenue share, spelled or in digits, nor the next ratio of the list", () => {
    assert.deepEqual(
      shares(
        "Mistral AI\n\nMistral AI plans to cut its cash burn to about a quarter of revenue in 2026 and only 8% by 2028.",
      ),
      [],
    );
    assert.deepEqual(
      shares(
        "Mistral AI\n\nMistral AI veut ramener ses dépenses à environ 40 % de son chiffre d'affaires en 2026.",
        "fr",
      ),
      [],
    );
  });

  it("are read before a share of a company named in several words or as 'the company'", () => {
    assert.deepEqual(values("Data centre chips now bring in two-thirds of Vantor Labs' revenue.", "en"), [
      [2 / 3, "fraction", "approx"],
    ]);
    assert.deepEqual(values("Cloud services account for a third of the company's sales.", "en"), [
      [1 / 3, "fraction", "approx"],
    ]);
    assert.deepEqual(values("Vantor Labs cut half of its staff.", "en"), []);
  });
});
