import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`,
  );

describe("a pronoun after a speech verb whose subject carries a clause in commas", () => {
  it("stands for the subject, not for the name closing its apposition or relative clause", () => {
    assert.deepEqual(
      owners(
        "Cohere, the Toronto startup backed by Nvidia, announced it will invest $1 billion in a new site.",
      ),
      ["Cohere investment 1000000000"],
    );
    assert.deepEqual(
      owners(
        "Cohere, soutenue par Nvidia, a indiqué qu'elle investirait 1 milliard de dollars dans un site au Canada.",
        "fr",
      ),
      ["Cohere investment 1000000000"],
    );
    assert.deepEqual(
      owners(
        "Cohere, which raised $500 million in May from Nvidia, said on Tuesday it would spend $1 billion on a data centre in Canada.",
      ),
      ["Cohere funding_round 500000000", "Cohere capex 1000000000"],
    );
  });

  it("stands for the speaker when no clause in commas comes between", () => {
    assert.deepEqual(owners("Nvidia said it would invest $1 billion in Cohere, its partner."), [
      "Nvidia investment 1000000000",
    ]);
  });
});
