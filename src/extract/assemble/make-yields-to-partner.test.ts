import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

/** [entity, counterparty] of the claims of a GPU count. Invented sentences about known companies. */
const fields = claimFields(["entity", "counterparty", "metric", "value"]);
const sides = (text: string, language: "en" | "fr" = "en") =>
  fields(text, language)
    .filter(([, , metric]) => metric === "gpu_count")
    .map(([entity, counterparty]) => [entity, counterparty]);

describe("the make of the GPUs yields to the entity's partner named just before", () => {
  it("a partner that sells compute, listed with the entity as the previous sentence's subject (en)", () => {
    assert.deepEqual(
      sides(
        "Lambda, Anthropic and Nvidia are building a new cluster in Ohio. Anthropic will use 12,000 Nvidia GPUs there next year.",
      ),
      [["Anthropic", "Lambda"]],
    );
  });

  it("a partner after « avec » or 'with' in a sentence that strikes a deal (en, fr)", () => {
    assert.deepEqual(
      sides(
        "Its largest bet so far is a $9 billion contract with Nebius. In return, Meta will gain access to about 90,000 of Nvidia's Blackwell GPUs.",
      ),
      [["Meta", "Nebius"]],
    );
    assert.deepEqual(
      sides(
        "CoreWeave, Mistral AI et Nvidia s'associent autour d'un campus près de Lyon. Mistral AI y déploiera 15 000 puces Nvidia d'ici 2027.",
        "fr",
      ),
      [["Mistral AI", "CoreWeave"]],
    );
  });

  it("keeps the make when the entity sells compute itself, or the partner is no deal partner (en, fr)", () => {
    assert.deepEqual(
      sides(
        "CoreWeave and Meta are building a cluster in Texas. CoreWeave will install 20,000 Nvidia GPUs there.",
      ),
      [["CoreWeave", "Nvidia"]],
    );
    assert.deepEqual(
      sides("Lambda reported strong quarterly results. Anthropic will use 12,000 Nvidia GPUs next year."),
      [["Anthropic", "Nvidia"]],
    );
    assert.deepEqual(
      sides(
        "Nebius a publié de bons résultats trimestriels. Mistral AI déploiera 15 000 puces Nvidia d'ici 2027.",
        "fr",
      ),
      [["Mistral AI", "Nvidia"]],
    );
  });

  it("keeps the make when two partners could supply, or leaves the sentence's own supplier (en)", () => {
    assert.deepEqual(
      sides(
        "Lambda, CoreWeave and Anthropic are building a cluster in Ohio. Anthropic will use 12,000 Nvidia GPUs there next year.",
      ),
      [["Anthropic", "Nvidia"]],
    );
    const own = sides(
      "Lambda, Anthropic and Nvidia are building a cluster in Ohio. Anthropic will rent 12,000 Nvidia GPUs from Nebius next year.",
    );
    assert.ok(!own.some(([, counterparty]) => counterparty === "Lambda"), JSON.stringify(own));
  });
});
