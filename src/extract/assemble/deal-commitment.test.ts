import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const dealTable = (lines: string[]) => lines.join("\n");

describe("qualifier: capacity a supplier delivers under a deal stays a commitment when dated later", () => {
  it("a table row of a supplier's capacity running until a later year (FR)", () => {
    const text = dealTable([
      "Les accords de calcul de Mistral AI, partenaire par partenaire.",
      "",
      "| Partenaire | Date | Objet | Puissance |",
      "|---|---|---|---|",
      "| Cerebras | mars 2026 | inférence, jusqu'en 2029 | 600 MW |",
    ]);
    const claim = claimAt(extract(text, "fr", "2026-04-02"), 0.6);
    assert.equal(claim.counterparty, "Cerebras");
    assert.equal(claim.qualifier, "commitment");
  });

  it("a table row of a supplier's capacity running until a later year (EN)", () => {
    const text = dealTable([
      "Mistral AI's compute deals, partner by partner.",
      "",
      "| Partner | Date | Scope | Power |",
      "|---|---|---|---|",
      "| Cerebras | March 2026 | inference, through 2029 | 600 MW |",
    ]);
    const claim = claimAt(extract(text, "en", "2026-04-02"), 0.6);
    assert.equal(claim.counterparty, "Cerebras");
    assert.equal(claim.qualifier, "commitment");
  });

  it("capacity of one's own for a later year stays a target (FR and EN)", () => {
    const fr = extract("Microsoft disposera de 2 gigawatts de capacité en 2028.", "fr", "2025-10-01");
    assert.equal(claimAt(fr, 2).qualifier, "target");
    const en = extract("Microsoft will have 2 gigawatts of capacity in 2028.", "en", "2025-10-01");
    assert.equal(claimAt(en, 2).qualifier, "target");
  });
});

describe("qualifier: an amount announced in the imperfect is committed", () => {
  it('"annonçait 1,5 milliard" pledges the amount as "a annoncé" does (FR)', () => {
    const fr = extract(
      "Microsoft a promis 4 milliards d'euros en Allemagne, tandis que Google annonçait 1,5 milliard d'euros pour ses centres de données en Espagne.",
      "fr",
      "2025-05-20",
    );
    assert.equal(claimAt(fr, 1.5e9).qualifier, "commitment");
  });

  it('"announced €1.5 billion" beside another pledge commits the amount (EN)', () => {
    const en = extract(
      "Microsoft pledged €4 billion in Germany, while Google announced €1.5 billion for its data centres in Spain.",
      "en",
      "2025-05-20",
    );
    assert.equal(claimAt(en, 1.5e9).qualifier, "commitment");
  });
});
