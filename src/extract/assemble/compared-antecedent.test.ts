import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** The owners of the claims of `metric`. */
function owners(text: string, language: "fr" | "en", metric: string): (string | null)[] {
  const { claims } = extractClaims({ text, language, published: "2026-04-14", document: "invented" });
  return claims.filter((c) => c.metric === metric).map((c) => c.entity);
}

describe("a company set beside for comparison is no antecedent of a later description", () => {
  it("« tout comme OpenAI » leaves « la start-up » to the company the sentence is about (fr)", () => {
    const text =
      "Perplexity a été fondée en 2022 par quatre ingénieurs pour concurrencer Google, tout comme OpenAI espère le faire avec son propre outil. La start-up a vite attiré des investisseurs. Elle a levé 30 millions de dollars en mars 2023.";
    assert.deepEqual(owners(text, "fr", "funding_round"), ["Perplexity"]);
  });

  it("« à l'instar de » in another wording (fr)", () => {
    const text =
      "Perplexity veut bâtir son propre index du web, à l'instar d'OpenAI avec ses robots d'exploration. La start-up a bouclé un tour de 50 millions de dollars l'an dernier.";
    assert.deepEqual(owners(text, "fr", "funding_round"), ["Perplexity"]);
  });

  it("'just as' and 'unlike' leave 'the startup' to the company the text is about (en)", () => {
    const just =
      "Perplexity was founded in 2022 to take on Google, just as OpenAI hopes to do with its own search tool. The startup raised $30 million in March 2023.";
    assert.deepEqual(owners(just, "en", "funding_round"), ["Perplexity"]);
    const unlike =
      "Perplexity licenses content from publishers, unlike OpenAI in its early years. The startup closed a $50 million round last year.";
    assert.deepEqual(owners(unlike, "en", "funding_round"), ["Perplexity"]);
  });

  it("sets aside the compared company's earlier mentions too (en)", () => {
    const text =
      "Perplexity was started by a former OpenAI researcher to take on Google, just as OpenAI hopes to do with its own search tool. The startup raised $30 million in March 2023.";
    assert.deepEqual(owners(text, "en", "funding_round"), ["Perplexity"]);
  });

  it("still points back at a company named plainly after the subject (near-miss)", () => {
    const text =
      "Perplexity a vendu sa participation à OpenAI la semaine dernière. La start-up a levé 40 milliards de dollars en mars.";
    assert.deepEqual(owners(text, "fr", "funding_round"), ["OpenAI"]);
  });
});
