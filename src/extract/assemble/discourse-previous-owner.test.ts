import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** The owner of the claim whose quote holds `figure`. */
function ownerOf(text: string, language: "fr" | "en", figure: string): string {
  const { claims } = extractClaims({ text, language, published: "2026-03-02", document: "invented" });
  const claim = claims.find((c) => c.quote.includes(figure));
  assert.ok(claim, `no claim for ${figure}: ${claims.map((c) => c.quote).join(" | ")}`);
  return claim.entity;
}

describe("a sentence naming no company goes on with the previous sentence's figure", () => {
  it("takes the joint owners of the previous figure, not the topic (en, relative clause)", () => {
    const text =
      "Orlin Power wins data centre customers\n\nOrlin Power Corp. signed a supply agreement with developers Brackwell Holdings and Tessaly Group, which will build a 400 megawatt data centre campus in Ohio. The first 150 megawatts will come online in 2027.";
    assert.equal(ownerOf(text, "en", "150 megawatts"), "Brackwell Holdings+Tessaly Group");
  });

  it("takes the joint owners of the previous figure, not the topic (fr, relative clause)", () => {
    const text =
      "Orlin Power signe avec deux promoteurs\n\nLe fournisseur Orlin Power a conclu un contrat avec les promoteurs Brackwell Holdings et Tessaly Group, qui vont construire un campus de centres de données de 400 mégawatts dans l'Ohio. Une première tranche de 150 mégawatts sera mise en service en 2027.";
    assert.equal(ownerOf(text, "fr", "150 mégawatts"), "Brackwell Holdings+Tessaly Group");
  });

  it("takes the joint owners of the previous figure, not the topic (en, reported speech)", () => {
    const text =
      "Arkwell Energy adds a customer\n\nArkwell Energy said on Monday that Sorrel Digital and Pellam Infrastructure Ltd. are jointly developing a 500 MW campus it will power. Its first building, 120 MW, is scheduled for 2026.";
    assert.equal(ownerOf(text, "en", "120 MW"), "Sorrel Digital+Pellam Infrastructure Ltd");
  });

  it("keeps the topic when the topic owned the previous figure (en, near miss)", () => {
    const text =
      "Ferrow Cloud expands\n\nFerrow Cloud Inc. plans 600 megawatts of new capacity in Texas, financed by Delmont Capital. A first phase of 200 megawatts is due in 2027.";
    assert.equal(ownerOf(text, "en", "200 megawatts"), "Ferrow Cloud Inc");
  });

  it("does not apply where the sentence names a company, even as a complement (en, near miss)", () => {
    const text =
      "Orlin Power wins data centre customers\n\nOrlin Power Corp. signed a supply agreement with developers Brackwell Holdings and Tessaly Group, which will build a 400 megawatt data centre campus in Ohio. The contract is worth $2 billion in revenue to Orlin Power over ten years.";
    assert.equal(ownerOf(text, "en", "$2 billion"), "Orlin Power Corp");
  });

  it("does not apply where the sentence names its own company (en, near miss)", () => {
    const text =
      "Orlin Power wins data centre customers\n\nOrlin Power Corp. signed a supply deal with Brackwell Holdings and Tessaly Group, who are building a 400 megawatt data centre campus. Orlin Power also expects to add 250 megawatts of its own generation by 2028.";
    assert.equal(ownerOf(text, "en", "250 megawatts"), "Orlin Power Corp");
  });

  it("takes the company a relative clause gave the previous figure, not the investor the sentence is about (en)", () => {
    const text =
      "Quorra Ventures bets on robots\n\nQuorra Ventures Inc. has backed Halvern Robotics, which raised $300 million this week. Its valuation has since climbed to $4 billion.";
    assert.equal(ownerOf(text, "en", "$4 billion"), "Halvern Robotics");
  });
});

describe("a vague amount the discourse alone would give an owner", () => {
  it("is no claim, as for the topic (fr)", () => {
    const text =
      "Quorra Ventures parie sur les robots\n\nLe fonds Quorra Ventures soutient Halvern Robotics, qui a levé 300 millions de dollars cette semaine. Les valorisations atteignent désormais des dizaines de milliards de dollars.";
    const { claims } = extractClaims({ text, language: "fr", published: "2026-03-02", document: "invented" });
    assert.deepEqual(
      claims.map((c) => c.metric),
      ["funding_round"],
    );
  });

  it("is no claim, as for the topic (en)", () => {
    const text =
      "Quorra Ventures bets on robots\n\nQuorra Ventures Inc. has backed Halvern Robotics, which raised $300 million this week. Valuations have since climbed into the tens of billions of dollars.";
    const { claims } = extractClaims({ text, language: "en", published: "2026-03-02", document: "invented" });
    assert.deepEqual(
      claims.map((c) => c.metric),
      ["funding_round"],
    );
  });
});
