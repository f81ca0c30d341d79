import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerAt = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).entity;

describe("an ordinal standing for one of two companies named together", () => {
  it("« le chiffre d'affaires du second », « la valorisation de la première » (fr)", () => {
    assert.equal(
      ownerAt(
        "Nvidia vend des puces. Amazon et Microsoft ont publié leurs résultats. Le chiffre d'affaires cloud du second a atteint 30 milliards de dollars.",
        "fr",
        30e9,
      ),
      "Microsoft",
    );
    assert.equal(
      ownerAt(
        "Nvidia vend des puces. OpenAI et Anthropic lèvent des fonds. La valorisation de la première est passée à 500 milliards de dollars.",
        "fr",
        500e9,
      ),
      "OpenAI",
    );
  });

  it("'the former's revenue', 'the latter's capex' (en)", () => {
    assert.equal(
      ownerAt(
        "Nvidia sells chips. Amazon and Microsoft reported results. The former's cloud revenue rose to $33 billion.",
        "en",
        33e9,
      ),
      "Amazon",
    );
    assert.equal(
      ownerAt(
        "Nvidia sells chips. Amazon and Microsoft reported results. The latter's cloud revenue rose to $30 billion.",
        "en",
        30e9,
      ),
      "Microsoft",
    );
  });

  it("leaves an ordinal quarter alone: « du second trimestre »", () => {
    assert.equal(
      ownerAt(
        "Amazon et Microsoft ont publié leurs résultats. Le chiffre d'affaires du second trimestre de Nvidia a atteint 30 milliards de dollars.",
        "fr",
        30e9,
      ),
      "Nvidia",
    );
  });
});
