import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`,
  );

describe("a company naming a person's post before the person", () => {
  it("leaves the figure to the person's own company", () => {
    assert.deepEqual(
      owners("Meta researcher Timothée Lacroix has raised €600 million for his new venture."),
      ["Mistral AI funding_round 600000000"],
    );
    assert.deepEqual(
      owners(
        "Last spring, Microsoft's former chief technology officer Jason Warner closed a $500 million round for his start-up.",
      ),
      ["Poolside funding_round 500000000"],
    );
    assert.deepEqual(
      owners("Ex-Google engineer Aidan Gomez secured $450 million in fresh funding in June."),
      ["Cohere funding_round 450000000"],
    );
  });

  it("leaves it in French too, the post before the company", () => {
    assert.deepEqual(
      owners(
        "L'ancien dirigeant de Microsoft Jason Warner a bouclé une levée de 500 millions de dollars pour sa start-up.",
        "fr",
      ),
      ["Poolside funding_round 500000000"],
    );
  });

  it("keeps the company that acts, and the company of its own head", () => {
    assert.deepEqual(
      owners(
        "Microsoft spent $80 billion on data centres last year, former Google engineer Aidan Gomez noted.",
      ),
      ["Microsoft capex 80000000000"],
    );
    assert.deepEqual(
      owners(
        "Microsoft chief executive Satya Nadella said the group would spend $80 billion on data centres.",
      ),
      ["Microsoft capex 80000000000"],
    );
  });
});
