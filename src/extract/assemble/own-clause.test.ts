import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owner = (text: string, value: number, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.find(
    (c) => (c.value.low ?? c.value.high) === value,
  )?.entity;

describe("a name after 'and' followed by its own verb opens a clause of its own", () => {
  it("is the subject of the second figure, not a second object of the first clause (en)", () => {
    const text =
      "Samsung has put $4 billion into Mistral AI and Intel has pledged $1.5 billion on top of that.";
    assert.equal(owner(text, 4e9), "Samsung");
    assert.equal(owner(text, 1.5e9), "Intel");
  });

  it("after another verb, object and tense (en)", () => {
    const lease = "Oracle signed a lease with Crusoe and Meta will commit $5 billion to a campus in Ohio.";
    assert.equal(owner(lease, 5e9), "Meta");
    const apposed =
      "Nvidia, the chip designer, has put $6 billion into xAI and Cisco plans to add $2 billion by year-end.";
    assert.equal(owner(apposed, 2e9), "Cisco");
  });

  it("in French, with « et » and an auxiliary", () => {
    const text =
      "Samsung a injecté 4 milliards de dollars chez Mistral AI et Intel a ajouté 1,5 milliard de dollars.";
    assert.equal(owner(text, 4e9, "fr"), "Samsung");
    assert.equal(owner(text, 1.5e9, "fr"), "Intel");
    const prevoit =
      "SoftBank a signé un accord avec Oracle et Nvidia prévoit d'engager 2 milliards d'euros dans le projet.";
    assert.equal(owner(prevoit, 2e9, "fr"), "Nvidia");
  });

  it("keeps two subjects joined by 'and' together", () => {
    assert.equal(
      owner("Amazon and Alphabet have invested $3 billion in the start-up.", 3e9),
      "Amazon+Alphabet",
    );
    assert.equal(
      owner("Amazon et Alphabet ont investi 3 milliards de dollars dans la start-up.", 3e9, "fr"),
      "Amazon+Alphabet",
    );
  });

  it("not when the names after a preposition belong to a noun that is the subject", () => {
    const text =
      "Nvidia plans 5 gigawatts of capacity from Oracle, and its Stargate venture with SoftBank and Oracle is meant to reach $500 billion of investment.";
    assert.notEqual(owner(text, 5e11), "Oracle");
    const possessed = "Microsoft's deal with Anthropic and Alphabet is worth $3 billion.";
    const claim = extractClaims({
      text: possessed,
      language: "en",
      published: "2025-11-10",
      document: "d.md",
    }).claims[0];
    assert.doesNotMatch(claim?.explanation ?? "", /subject "Alphabet"/u);
  });
});
