import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const parties = claimFields(["entity", "counterparty", "value"]);

describe("companies found by a corporate word after their name", () => {
  it("a common phrase a headline capitalises is no company when the body writes it in lower case", () => {
    assert.deepEqual(
      parties(
        "Oracle Update - Secured Power Doubles To 1.5GW\n\nOracle said secured power doubled to 1.5 gigawatts in the quarter.",
        "en",
      ),
      [["Oracle", null, 1.5]],
    );
    assert.deepEqual(
      parties(
        "Data4 – Installed Power : 800 MW en 2026\n\nLe groupe Data4 vise une installed power de 800 MW en 2026.",
        "fr",
      ),
      [["Data4", null, 0.8]],
    );
  });

  it("a company whose name ends with a corporate word is still found", () => {
    assert.deepEqual(
      parties(
        "Amazon signed a deal with Talen Energy for 1.9 gigawatts of power from its nuclear plant.",
        "en",
      ),
      [["Amazon", "Talen Energy", 1.9]],
    );
  });
});

describe("companies named by an executive's title", () => {
  it("« le directeur financier de X » names a company that owns the quoted figure (FR)", () => {
    assert.deepEqual(
      parties(
        "« Nos dépenses d'investissement ont atteint 4 milliards d'euros en 2025 », a déclaré le directeur financier de Telefónica.",
        "fr",
      ),
      [["Telefónica", null, 4e9]],
    );
  });

  it("'the chief financial officer of X' names a company that owns the quoted figure (EN)", () => {
    assert.deepEqual(
      parties(
        "“Our capital expenditure reached $3 billion in 2025,” said the chief financial officer of Equinix.",
        "en",
      ),
      [["Equinix", null, 3e9]],
    );
  });
});

describe("companies named with a French corporate word", () => {
  it("« Systèmes » ends a company's name (FR)", () => {
    assert.deepEqual(
      parties("Thales Systèmes a réalisé 2 milliards d'euros de chiffre d'affaires en 2024.", "fr"),
      [["Thales Systèmes", null, 2e9]],
    );
  });
});
