import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const roundOwner = (text: string, language: "fr" | "en") =>
  extract(text, language).find((c) => c.metric === "funding_round")?.entity;

describe("entity: a round a backer's investment is part of belongs to the company invested in", () => {
  it("'X invested $N in Y as part of a $M round', 'in its $M round' (EN)", () => {
    assert.equal(
      roundOwner("ASML invested €1.1 billion in Mistral AI as part of a €1.5 billion round.", "en"),
      "Mistral AI",
    );
    assert.equal(roundOwner("Nvidia invested $2 billion in xAI in its $20 billion round.", "en"), "xAI");
  });

  it("'X a investi N dans Y dans le cadre d'un tour de table de M' (FR)", () => {
    assert.equal(
      roundOwner(
        "ASML a investi 1,1 milliard d'euros dans Mistral AI dans le cadre d'un tour de table de 1,5 milliard d'euros.",
        "fr",
      ),
      "Mistral AI",
    );
  });

  it("the backer's own investment stays the backer's (EN)", () => {
    const investment = extract(
      "ASML invested €1.1 billion in Mistral AI as part of a €1.5 billion round.",
      "en",
    ).find((c) => c.metric === "investment");
    assert.equal(investment?.entity, "ASML");
  });
});
