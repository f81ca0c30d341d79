import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("entity: a paragraph opening on 'it' goes on about the company the previous paragraph ended on", () => {
  it("'Rival Nebius reported …' then a paragraph 'It expects …' is Nebius's (EN)", () => {
    const claims = extract(
      "CoreWeave lowers its forecast\n\nCoreWeave cut its 2025 revenue forecast to between $5.1 billion and $5.2 billion.\n\nRival Nebius, meanwhile, reported quarterly revenue of $150 million.\n\nIt expects annualized run-rate revenue of $8 billion by the end of 2026.",
      "en",
    );
    assert.equal(claimAt(claims, 8e9).entity, "Nebius");
  });

  it("'Son concurrent Nebius …' then a paragraph 'Il prévoit …' is Nebius's (FR)", () => {
    const claims = extract(
      "CoreWeave abaisse sa prévision\n\nCoreWeave a abaissé sa prévision de chiffre d'affaires 2025 à 5,1 milliards de dollars.\n\nSon concurrent Nebius a publié un chiffre d'affaires trimestriel de 150 millions de dollars.\n\nIl prévoit un chiffre d'affaires annualisé de 8 milliards de dollars fin 2026.",
      "fr",
    );
    assert.equal(claimAt(claims, 8e9).entity, "Nebius");
  });

  it("a paragraph opening on 'the company' or an impersonal 'it is' goes back to the article's subject (EN)", () => {
    const claims = extract(
      "CoreWeave lowers its forecast\n\nCoreWeave cut its 2025 revenue forecast to between $5.1 billion and $5.2 billion.\n\nRival Nebius, meanwhile, reported quarterly revenue of $150 million.\n\nThe company expects annualized run-rate revenue of $8 billion by the end of 2026.",
      "en",
    );
    assert.equal(claimAt(claims, 8e9).entity, "CoreWeave");
  });
});
