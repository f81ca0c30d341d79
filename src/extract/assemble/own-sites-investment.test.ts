import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract, fieldsOf } from "../../../test/support/claims.js";

/** Entity, counterparty and metric of the claim of `value` in an invented text. */
function read(text: string, language: "fr" | "en", value: number): unknown[] {
  const claims = extract(text, language, "2025-06-01").filter((c) => (c.value.low ?? c.value.high) === value);
  return fieldsOf(claims, ["entity", "counterparty", "metric"]);
}

describe("an investment of a company that builds its own sites, naming no investee", () => {
  it("is its capital expenditure, not money put into the article's subject", () => {
    assert.deepEqual(
      read(
        "Anthropic a levé 5 milliards de dollars auprès de ses investisseurs en mars. Digital Realty prévoit d'investir 4 milliards de dollars l'an prochain, selon son directeur financier.",
        "fr",
        4e9,
      ),
      [["Digital Realty", null, "capex"]],
    );
    assert.deepEqual(
      read(
        "OpenAI raised $6 billion from investors in March. The lab plans to double its staff. Iberdrola will invest $3 billion this year, its chief executive told reporters.",
        "en",
        3e9,
      ),
      [["Iberdrola", null, "capex"]],
    );
    assert.deepEqual(
      read(
        "Mistral AI a bouclé un tour de table en juin. Engie a investi 900 millions d'euros en 2024, indique le groupe.",
        "fr",
        900e6,
      ),
      [["Engie", null, "capex"]],
    );
  });

  it("is capital expenditure when three hyperscalers or more spend side by side", () => {
    assert.deepEqual(
      read(
        "Anthropic a levé 5 milliards de dollars auprès de ses investisseurs en mars. Microsoft, Amazon et Alphabet devraient dépasser ensemble 300 milliards de dollars d'investissement l'an prochain.",
        "fr",
        300e9,
      ),
      [["Microsoft+Amazon+Alphabet", null, "capex"]],
    );
    assert.deepEqual(
      read(
        "OpenAI raised $6 billion from investors in March. Microsoft, Meta and Alphabet together plan $250 billion of investment next year.",
        "en",
        250e9,
      ),
      [["Microsoft+Meta+Alphabet", null, "capex"]],
    );
  });

  it("stays an investment when the investee is named or the investor is no builder", () => {
    assert.deepEqual(
      read(
        "Nebius will invest $700 million in Avride, the self-driving start-up, the company said.",
        "en",
        700e6,
      ),
      [["Nebius", "Avride", "investment"]],
    );
    assert.deepEqual(
      read(
        "OpenAI raised $6 billion from investors in March. Microsoft will invest another $2 billion, the company said.",
        "en",
        2e9,
      ),
      [["Microsoft", "OpenAI", "investment"]],
    );
    assert.deepEqual(
      read(
        "Anthropic a levé 5 milliards de dollars auprès de ses investisseurs en mars. Amazon et Alphabet y ont investi ensemble 6 milliards de dollars depuis 2023.",
        "fr",
        6e9,
      ),
      [["Amazon+Alphabet", "Anthropic", "investment"]],
    );
  });
});
