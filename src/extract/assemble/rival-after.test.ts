import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`,
  );

describe("a name after the figure set against its owner by a rivalry or a comparison", () => {
  it("is no owner of the figure (en)", () => {
    assert.deepEqual(
      owners(
        "Cohere keeps growing. A $500 million round will push its enterprise product, which rivals OpenAI's ChatGPT.",
      ),
      ["Cohere funding_round 500000000"],
    );
    assert.deepEqual(
      owners(
        "Cohere is expanding. The new $300 million in funding will go to its enterprise models, which compete with Anthropic's Claude and Google Gemini.",
      ),
      ["Cohere funding_round 300000000"],
    );
  });

  it("is no owner of the figure (fr)", () => {
    assert.deepEqual(
      owners(
        "Cohere accélère. Les 500 millions de dollars levés au printemps serviront à son assistant, qui concurrence ChatGPT d'OpenAI.",
        "fr",
      ),
      ["Cohere funding_round 500000000"],
    );
    assert.deepEqual(
      owners(
        "Cohere accélère. Une levée de 500 millions de dollars financera son offre face à OpenAI et Anthropic.",
        "fr",
      ),
      ["Cohere funding_round 500000000"],
    );
  });

  it("still reads the subject after the figure when a relative « que » or 'that' introduces it", () => {
    assert.deepEqual(
      owners(
        "Mistral AI a publié ses comptes. Le tour de 500 millions de dollars que Cohere a bouclé en mai est le plus gros du pays.",
        "fr",
      ),
      ["Cohere funding_round 500000000"],
    );
    assert.deepEqual(
      owners(
        "Mistral AI published its accounts. The $500 million round that Cohere closed in May was the largest.",
      ),
      ["Cohere funding_round 500000000"],
    );
  });
});
