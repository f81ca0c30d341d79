import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const claims = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-08-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`,
  );

describe("a credit facility or a term loan is debt the borrower raises", () => {
  it("reads « facilité de crédit à terme » as debt, not a cloud contract", () => {
    assert.deepEqual(
      claims(
        "Lambda, qui loue des serveurs d'IA, a finalisé une facilité de crédit à terme de 1,8 milliard de dollars.",
        "fr",
      ),
      ["Lambda debt_issuance 1800000000"],
    );
  });

  it("reads a delayed-draw term loan as debt", () => {
    assert.deepEqual(
      claims(
        "AI cloud provider Lambda closed a $1.8 billion delayed draw term loan to buy GPUs for its cloud.",
      ),
      ["Lambda debt_issuance 1800000000"],
    );
  });
});

describe("earnings per share under their abbreviation are no claim", () => {
  it("sets aside small amounts after « BPA » and 'EPS'", () => {
    assert.deepEqual(
      claims(
        "Lambda a manqué les estimations de BPA, rapportant -0,4 $ contre -0,3 $ attendus, pour un chiffre d'affaires de 1,1 milliard de dollars au deuxième trimestre 2025.",
        "fr",
      ),
      ["Lambda revenue 1100000000"],
    );
    assert.deepEqual(
      claims(
        "Lambda missed EPS estimates, posting -$0.4 against -$0.3 expected, on second-quarter 2025 revenue of $1.1 billion.",
      ),
      ["Lambda revenue 1100000000"],
    );
  });
});
