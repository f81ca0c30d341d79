import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const claimOf = (text: string, value: number, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.find(
    (c) => (c.value.low ?? c.value.high) === value,
  );

describe("a metric word in quotation marks or with its short form in brackets keeps its possessor", () => {
  it('« le "carnet de commandes" (RPO) de X » (fr)', () => {
    const text =
      "Nvidia estime que le « carnet de commandes » (RPO) de Capgemini atteindra 40 milliards d'euros.";
    const claim = claimOf(text, 4e10, "fr");
    assert.equal(claim?.entity, "Capgemini");
    assert.match(claim?.explanation ?? "", /possessive/u);
  });

  it("'the remaining performance obligations (RPO) of X', 'the \"order backlog\" of X' (en)", () => {
    const rpo = claimOf(
      "Nvidia estimates that the remaining performance obligations (RPO) of Oracle will reach $500 billion.",
      5e11,
    );
    assert.equal(rpo?.entity, "Oracle");
    assert.match(rpo?.explanation ?? "", /possessive/u);
    const quoted = claimOf('Analysts at Barclays put the "order backlog" of Capgemini at $40 billion.', 4e10);
    assert.equal(quoted?.entity, "Capgemini");
  });

  it("not past a bracket that holds more than a short form", () => {
    const text =
      "Nvidia says its backlog (which grew fast over the past two years of deals) of chips for Oracle will reach $50 billion.";
    assert.doesNotMatch(claimOf(text, 5e10)?.explanation ?? "", /possessive "backlog/u);
  });
});
