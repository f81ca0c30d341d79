import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const read = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`,
  );

describe("a figure with no metric word restating the previous sentence for another company", () => {
  it("measures the same thing, past an aside, in English", () => {
    assert.deepEqual(
      read(
        "Anthropic expects revenue of $4.7 billion this year. Its rival OpenAI, by contrast, projects $12.7 billion.",
      ),
      ["Anthropic revenue 4700000000", "OpenAI revenue 12700000000"],
    );
    assert.deepEqual(
      read("Microsoft's capex rose to $34.9 billion last quarter. Alphabet spent $24 billion."),
      ["Microsoft capex 34900000000", "Alphabet capex 24000000000"],
    );
  });

  it("measures the same thing in French", () => {
    assert.deepEqual(
      read(
        "Anthropic prévoit un chiffre d'affaires de 4,7 milliards de dollars cette année. OpenAI, de son côté, table sur 12,7 milliards.",
        "fr",
      ),
      ["Anthropic revenue 4700000000", "OpenAI revenue 12700000000"],
    );
  });

  it("not across a paragraph, nor for the same company, nor in another unit", () => {
    assert.deepEqual(
      read("Anthropic expects revenue of $4.7 billion this year.\n\nOpenAI projects $12.7 billion."),
      ["Anthropic revenue 4700000000"],
    );
    assert.deepEqual(
      read("Anthropic expects revenue of $4.7 billion this year. OpenAI employs 3,000 people."),
      ["Anthropic revenue 4700000000"],
    );
  });
});
