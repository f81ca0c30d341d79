import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimValues, skippedReasons } from "../../../test/support/claims.js";

const values = claimValues("2025-11-15");
const skipped = skippedReasons("2025-11-15");

describe("figures of an imagined case (CLAIMS.md §8)", () => {
  it("a sentence that opens by supposing holds no claim, its consequence included", () => {
    const en =
      "Oracle will spend $35 billion on capex. Suppose a neocloud borrows $20 billion at 7%: it would pay $1.4 billion a year in interest.";
    assert.deepEqual(values(en, "en"), [35e9]);
    assert.match(skipped(en, "en").join("\n"), /a figure of a supposed case/);
    assert.deepEqual(
      values(
        "Meta raised $30 billion in bonds. Imagine that a hyperscaler spends $100 billion a year on chips that last five years.",
        "en",
      ),
      [30e9],
    );
    assert.deepEqual(
      values(
        "Anthropic a signé un contrat de 30 milliards de dollars avec Microsoft. Supposons qu'une start-up investisse 10 milliards dans un centre de données : elle devrait dégager 2 milliards de revenus par an.",
        "fr",
      ),
      [30e9],
    );
    assert.deepEqual(
      values(
        "Nebius a levé 3 milliards de dollars. Imaginons qu'un opérateur loue 1 gigawatt pour 50 milliards de dollars.",
        "fr",
      ),
      [3e9],
    );
  });

  it("a counterfactual condition's figure is no claim, the fact stated beside it is", () => {
    assert.deepEqual(
      values(
        "OpenAI raised $40 billion. Were OpenAI to spend $1.4 trillion, it would have to grow its sales tenfold.",
        "en",
      ),
      [40e9],
    );
    assert.deepEqual(
      values("Even if xAI were to raise $15 billion, it would still trail its rivals.", "en"),
      [],
    );
    assert.deepEqual(
      values("If OpenAI were to fail, Microsoft would lose its $13 billion investment.", "en"),
      [13e9],
    );
    assert.deepEqual(
      values(
        "Mistral AI a levé 1,7 milliard d'euros. Si Mistral AI devait investir 10 milliards d'euros, elle devrait lever davantage.",
        "fr",
      ),
      [1.7e9],
    );
    assert.deepEqual(
      values(
        "S'ils venaient à dépenser 500 milliards de dollars, les hyperscalers devraient s'endetter.",
        "fr",
      ),
      [],
    );
  });

  it("a plain condition on a real deal keeps its figure", () => {
    assert.deepEqual(values("If the deal closes, Nvidia will invest $100 billion in OpenAI.", "en"), [100e9]);
    assert.deepEqual(
      values("Si la transaction est finalisée, SoftBank détiendra 11 % d'OpenAI.", "fr"),
      [0.11],
    );
  });

  it("an example about a generic thing holds no claim, an example about a named company does", () => {
    assert.deepEqual(
      values(
        "Amazon will invest $50 billion in AI. For example, a $10 billion data centre needs about 1 GW of power.",
        "en",
      ),
      [50e9],
    );
    assert.deepEqual(
      values(
        "Amazon va investir 1,2 milliard d'euros en France. Par exemple, un centre de données de 100 mégawatts coûte environ 1 milliard d'euros.",
        "fr",
      ),
      [1.2e9],
    );
    assert.deepEqual(values("For instance, Microsoft signed a $10 billion deal with Nebius.", "en"), [10e9]);
    assert.deepEqual(
      values("Par exemple, Meta a signé un contrat de 14 milliards de dollars avec CoreWeave.", "fr"),
      [14e9],
    );
  });
});
