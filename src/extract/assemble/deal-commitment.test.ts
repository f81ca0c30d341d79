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

/** The qualifier of the claim of `value` in an invented sentence. */
const qualifierOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).qualifier;

describe("qualifier: wordings of a deal struck or an amount committed", () => {
  it("accepting or deciding to invest commits the amount (FR and EN)", () => {
    assert.equal(
      qualifierOf("Microsoft a accepté d'investir 5 milliards de dollars dans Anthropic.", "fr", 5e9),
      "commitment",
    );
    assert.equal(
      qualifierOf("Google a accepté en janvier d'injecter un milliard de dollars dans Anthropic.", "fr", 1e9),
      "commitment",
    );
    assert.equal(
      qualifierOf("Nvidia a décidé d'investir 5 milliards de dollars dans Intel.", "fr", 5e9),
      "commitment",
    );
    assert.equal(qualifierOf("Nvidia decided to invest $5 billion in Intel.", "en", 5e9), "commitment");
  });

  it("an order placed commits the chips (FR and EN)", () => {
    assert.equal(
      qualifierOf(
        "Oracle a passé commande de 50 000 processeurs graphiques MI450 auprès d'AMD.",
        "fr",
        50_000,
      ),
      "commitment",
    );
    assert.equal(
      qualifierOf("Oracle placed an order for 50,000 MI450 graphics processors from AMD.", "en", 50_000),
      "commitment",
    );
  });

  it("chips to be delivered or provided to a buyer are a term of the deal (FR and EN)", () => {
    assert.equal(qualifierOf("Nvidia va livrer 18 000 puces à Humain.", "fr", 18_000), "commitment");
    assert.equal(qualifierOf("Nvidia will deliver 18,000 chips to Humain.", "en", 18_000), "commitment");
  });

  it("an investment made official is committed (FR); announced (EN)", () => {
    assert.equal(
      qualifierOf("Microsoft a officialisé un investissement de 4 milliards d'euros en France.", "fr", 4e9),
      "commitment",
    );
    assert.equal(
      qualifierOf("Microsoft announced an investment of €4 billion in France.", "en", 4e9),
      "commitment",
    );
  });
});

describe("acquisition price: a purchase told in the present is a deal just struck", () => {
  it("rachète, s’offre and buys read the price and commit it (FR and EN)", () => {
    for (const [text, language] of [
      ["Nvidia rachète Enfabrica pour 900 millions de dollars.", "fr"],
      ["Nvidia s'offre Enfabrica pour 900 millions de dollars.", "fr"],
      ["Nvidia buys Enfabrica for $900 million.", "en"],
    ] as const) {
      const claim = claimAt(extract(text, language), 9e8);
      assert.equal(claim.metric, "acquisition_price", text);
      assert.equal(claim.qualifier, "commitment", text);
    }
  });

  it("a purchase completed before stays reported (FR and EN)", () => {
    assert.equal(
      qualifierOf("Nvidia a racheté Enfabrica pour 900 millions de dollars en 2024.", "fr", 9e8),
      "reported",
    );
    assert.equal(qualifierOf("Nvidia bought Enfabrica for $900 million in 2024.", "en", 9e8), "reported");
  });

  it("a division bought from a company named after d’ is the price of that purchase (FR)", () => {
    const claim = claimAt(
      extract("SoftBank va racheter la division robotique d'ABB pour 5,4 milliards de dollars.", "fr"),
      5.4e9,
    );
    assert.equal(claim.metric, "acquisition_price");
    assert.equal(claim.qualifier, "commitment");
  });

  it("chips bought are no company bought (EN)", () => {
    const claim = claimAt(extract("OpenAI buys AMD chips for $10 billion.", "en"), 1e10);
    assert.notEqual(claim.metric, "acquisition_price");
  });
});

describe("qualifier: goods shipped or money put into a company, in the future, are a deal's committed terms", () => {
  it("'will ship N gigawatts … to X' is a commitment (EN)", () => {
    const claims = extract("Broadcom will ship 2 gigawatts of custom chips to Anthropic next year.", "en");
    assert.equal(claimAt(claims, 2).qualifier, "commitment");
  });

  it("« expédiera … à X » is a commitment (FR)", () => {
    const claims = extract("AMD expédiera 500 MW de processeurs à Oracle l'an prochain.", "fr");
    assert.equal(claimAt(claims, 0.5).qualifier, "commitment");
  });

  it("'will put $N into X' is a commitment (EN)", () => {
    const claims = extract("Alphabet will put $3 billion into Anthropic.", "en");
    assert.equal(claimAt(claims, 3e9).qualifier, "commitment");
  });
});
