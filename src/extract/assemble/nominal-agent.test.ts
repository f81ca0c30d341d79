import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "value"], { published: "2026-03-02" });

describe("the agent of a corporate act written as a noun", () => {
  it("owns the figures of the act's complement, known to the gazetteer or not (fr)", () => {
    const cases: [string, string, number][] = [
      [
        "Brelin a publié ses comptes. Après l'annonce par Korvane d'un supercalculateur à 10 milliards d'euros, Brelin a réagi.",
        "Korvane",
        10e9,
      ],
      [
        "Brelin a publié ses comptes. La commande par Nvidia de 20 000 GPU a été confirmée mardi, selon Brelin.",
        "Nvidia",
        20000,
      ],
      [
        "Brelin reste discrète. La construction par Korvane d'un campus de 300 MW en Bretagne débutera en 2027.",
        "Korvane",
        0.3,
      ],
    ];
    for (const [text, owner, value] of cases) {
      const found = owners(text, "fr").find((c) => c[1] === value || c[1] === value * 1e6);
      assert.equal(found?.[0], owner, text);
    }
  });

  it("owns the figures of the act's complement, known to the gazetteer or not (en)", () => {
    const cases: [string, string, number][] = [
      [
        "Brelin posted results. The purchase by Nvidia of 20,000 GPUs was confirmed by Brelin.",
        "Nvidia",
        20000,
      ],
      [
        "Brelin stayed quiet. The announcement by Korvane of a $10 billion supercomputer came first, and Brelin answered.",
        "Korvane",
        10e9,
      ],
      [
        "Brelin stayed quiet. The acquisition by Korvane of a 20% stake in Brelin for $900 million was approved.",
        "Korvane",
        900e6,
      ],
    ];
    for (const [text, owner, value] of cases) {
      const found = owners(text, "en").find((c) => c[1] === value || c[1] === value * 1e6);
      assert.equal(found?.[0], owner, text);
    }
  });

  it("leaves a figure of another clause, or a person as agent, to the other rules", () => {
    const clause = owners(
      "The purchase by Korvane of Brelin closed in May, but Microsoft still expects revenue of $3 billion.",
      "en",
    );
    assert.equal(clause.find((c) => c[1] === 3e9)?.[0], "Microsoft");
    const person = owners(
      "Korvane a publié ses comptes. L'annonce par Jean Dupont d'un plan de 2 milliards d'euros a surpris.",
      "fr",
    );
    assert.notEqual(person.find((c) => c[1] === 2e9)?.[0], "Jean Dupont");
  });
});
