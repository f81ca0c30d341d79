import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** The owners of the claims of `metric`. */
function owners(text: string, language: "fr" | "en", metric: string): (string | null)[] {
  const { claims } = extractClaims({ text, language, published: "2026-04-14", document: "invented" });
  return claims.filter((c) => c.metric === metric).map((c) => c.entity);
}

describe("a company set beside for comparison is no antecedent of a later description", () => {
  it("« tout comme Anthropic » leaves « la start-up » to the company the sentence is about (fr)", () => {
    const text =
      "Cohere s'est donné pour mission de vendre ses modèles aux grandes entreprises, tout comme Anthropic cherche à le faire de son côté. La start-up a séduit de nombreux fonds. Elle a obtenu 40 millions de dollars en mai 2022.";
    assert.deepEqual(owners(text, "fr", "funding_round"), ["Cohere"]);
  });

  it("« à l'instar de » in another wording (fr)", () => {
    const text =
      "Cohere entraîne ses propres modèles multilingues, à l'instar d'Anthropic avec ses agents. La start-up a bouclé une levée de 70 millions de dollars l'an dernier.";
    assert.deepEqual(owners(text, "fr", "funding_round"), ["Cohere"]);
  });

  it("'just as' and 'unlike' leave 'the startup' to the company the text is about (en)", () => {
    const just =
      "Cohere set out to sell its models to large companies, just as Anthropic aims to do with its agents. The startup raised $40 million in May 2022.";
    assert.deepEqual(owners(just, "en", "funding_round"), ["Cohere"]);
    const unlike =
      "Cohere runs its models on its customers' own servers, unlike Anthropic in its first years. The startup closed a $70 million round last year.";
    assert.deepEqual(owners(unlike, "en", "funding_round"), ["Cohere"]);
  });

  it("sets aside the compared company's earlier mentions too (en)", () => {
    const text =
      "Cohere hired a former Anthropic engineer to sell its models to banks, just as Anthropic aims to do with its agents. The startup raised $40 million in May 2022.";
    assert.deepEqual(owners(text, "en", "funding_round"), ["Cohere"]);
  });

  it("still points back at a company named plainly after the subject (near-miss)", () => {
    const text =
      "Cohere a cédé ses parts à Anthropic le mois dernier. La start-up a obtenu 25 milliards de dollars en avril.";
    assert.deepEqual(owners(text, "fr", "funding_round"), ["Anthropic"]);
  });
});
