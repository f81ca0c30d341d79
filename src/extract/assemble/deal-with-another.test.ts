import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const parties = (text: string, language: "fr" | "en", value: number) => {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.counterparty];
};

describe("owner: a deal with another company beside ce contrat is not the previous sentence’s deal", () => {
  it("the supplier's other buyer takes the figure (FR)", () => {
    assert.deepEqual(
      parties(
        "Meta a signé avec Nebius un contrat de 3 milliards de dollars. Ce contrat s'ajoute à l'accord de 17,4 milliards de dollars conclu en septembre avec Microsoft.",
        "fr",
        17.4e9,
      ),
      ["Microsoft", "Nebius"],
    );
    assert.deepEqual(
      parties(
        "CoreWeave a signé un accord de 14 milliards de dollars avec Meta. Ce contrat vient après celui de 22,4 milliards de dollars conclu avec OpenAI.",
        "fr",
        22.4e9,
      ),
      ["OpenAI", "CoreWeave"],
    );
  });

  it("the supplier's other buyer takes the figure (EN)", () => {
    assert.deepEqual(
      parties(
        "Nebius signed a $3 billion contract with Meta. That contract comes on top of the $17.4 billion agreement reached in September with Microsoft.",
        "en",
        17.4e9,
      ),
      ["Microsoft", "Nebius"],
    );
  });

  it("the previous sentence's deal itself keeps its owner (FR)", () => {
    assert.deepEqual(
      parties(
        "Meta a signé avec Nebius un contrat de 3 milliards de dollars. Ce contrat pourrait atteindre 5 milliards de dollars.",
        "fr",
        5e9,
      ),
      ["Meta", "Nebius"],
    );
  });
});
