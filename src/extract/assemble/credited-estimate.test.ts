import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader } from "../../../test/support/claims.js";

const extract = claimReader("2025-10-15");

describe("qualifier: a bank's or analysts' figure is their estimate", () => {
  it("a forecast closed by 'X estimates' is the firm's estimate (EN)", () => {
    const claims = extract(
      "Meta and Amazon are on track to spend $210 billion on data centres this year, Barclays estimates.",
    );
    assert.equal(at(claims, 210e9).qualifier, "estimated");
  });

  it("the company's own estimate stays its target (EN)", () => {
    const claims = extract(
      "Oracle is on track to spend $21 billion on data centres this year, Oracle estimates.",
    );
    assert.notEqual(at(claims, 21e9).qualifier, "estimated");
  });

  it("analysts named as the source of a conditional are estimating, not rumouring (FR)", () => {
    const claims = extract(
      "Les prévisions des analystes de Barclays indiquent que Oracle pourrait devoir emprunter environ 40 milliards de dollars au cours des trois prochaines années.",
      "fr",
    );
    assert.equal(at(claims, 40e9).qualifier, "estimated");
  });

  it("a forecast opened by a credited calculation is an estimate (FR and EN)", () => {
    const fr = extract(
      "Selon les calculs de Barclays, Oracle devrait emprunter jusqu'à 12 milliards de dollars par an.",
      "fr",
    );
    assert.equal(at(fr, 12e9).qualifier, "estimated");
    const en = extract("By Barclays' calculations, Oracle should borrow up to $12 billion a year.");
    assert.equal(at(en, 12e9).qualifier, "estimated");
  });

  it("unnamed sources keep a figure rumoured (FR)", () => {
    const claims = extract(
      "Selon des sources proches du dossier, Oracle pourrait lever 3 milliards de dollars, estime Barclays.",
      "fr",
    );
    assert.equal(at(claims, 3e9).qualifier, "rumoured");
  });
});

describe("qualifier: a bank, a rating agency or the market forecasting another company's figure", () => {
  it("a bank that expects a company's spending gives its estimate (EN)", () => {
    const claims = extract("Citigroup expects Amazon's capital spending to exceed $140 billion in 2026.");
    assert.equal(at(claims, 140e9).qualifier, "estimated");
  });

  it("a bank that expects a company's spending gives its estimate (FR)", () => {
    const claims = extract(
      "Citigroup s'attend à ce que les investissements d'Amazon dépassent 140 milliards de dollars en 2026.",
      "fr",
    );
    assert.equal(at(claims, 140e9).qualifier, "estimated");
  });

  it("Wall Street or a rating agency forecasting it gives an estimate too (EN, FR)", () => {
    assert.equal(
      at(extract("Wall Street sees Oracle's capex reaching $40 billion next year."), 40e9).qualifier,
      "estimated",
    );
    const fr = extract(
      "Moody's table sur des investissements d'Oracle de 40 milliards de dollars l'an prochain.",
      "fr",
    );
    assert.equal(at(fr, 40e9).qualifier, "estimated");
  });

  it("a company's own expectation stays its target (EN)", () => {
    const claims = extract("Amazon expects capital spending of $140 billion in 2026.");
    assert.equal(at(claims, 140e9).qualifier, "target");
  });
});

describe("qualifier: the base of a forecast's comparison, dated to a month already over", () => {
  it("is a result (EN)", () => {
    const claims = extract(
      "Cohere is on track to end the year with $300 million in annualized revenue, up from $150 million in May.",
    );
    assert.equal(at(claims, 300e6).qualifier, "target");
    assert.equal(at(claims, 150e6).qualifier, "reported");
  });

  it("is a result (FR)", () => {
    const claims = extract(
      "Cohere vise 300 millions de dollars de revenus annualisés en fin d'année, contre 150 millions en mai.",
      "fr",
    );
    assert.equal(at(claims, 150e6).qualifier, "reported");
  });
});

describe("a bank credited with a figure is its source, not the other side of it", () => {
  it("'according to' a bank gives no counterparty (EN)", () => {
    const claim = at(
      extract("Alphabet's capex could reach $120 billion in 2026, according to Bank of America."),
      120e9,
    );
    assert.equal(claim.entity, "Alphabet");
    assert.equal(claim.counterparty, null);
  });

  it("'selon' a bank gives no counterparty (FR)", () => {
    const claim = at(
      extract(
        "Les dépenses d'investissement d'Alphabet atteindront 120 milliards de dollars en 2026, selon Barclays.",
        "fr",
      ),
      120e9,
    );
    assert.equal(claim.entity, "Alphabet");
    assert.equal(claim.counterparty, null);
  });
});

describe("qualifier: an analyst's own voice", () => {
  it("'we model', 'which we put at', 'selon nos estimations' make a forecast an estimate (en, fr)", () => {
    assert.equal(
      at(extract("We model Alphabet's 2026 capex at $110 billion."), 110e9).qualifier,
      "estimated",
    );
    assert.equal(
      at(extract("Alphabet's 2026 capex, which we put at $110 billion, keeps rising."), 110e9).qualifier,
      "estimated",
    );
    assert.equal(
      at(
        extract(
          "Selon nos estimations, les investissements d'Alphabet atteindront 110 milliards de dollars en 2026.",
          "fr",
        ),
        110e9,
      ).qualifier,
      "estimated",
    );
  });

  it("a first-person forecast in an analyst's note is the analyst's estimate (fr)", () => {
    const note =
      "Note de recherche — AMD (recommandation à l'achat)\n\nNous anticipons des ventes de 12 milliards de dollars pour la division centres de données d'AMD en 2026. Nous estimons sa marge brute à 57 %.";
    const claims = extract(note, "fr");
    assert.equal(at(claims, 12e9).qualifier, "estimated");
    assert.equal(at(claims, 0.57).qualifier, "estimated");
  });

  it("a first-person forecast in an analyst's note is the analyst's estimate (en)", () => {
    const note =
      "AMD: we reiterate our rating and lift the price target\n\nWe forecast data-centre sales of $12 billion for AMD in 2026.";
    assert.equal(at(extract(note), 12e9).qualifier, "estimated");
  });

  it("a company's 'we expect' stays its target", () => {
    assert.equal(
      at(extract("Alphabet's CFO said: we expect 2026 capex of about $110 billion."), 110e9).qualifier,
      "target",
    );
    assert.equal(
      at(
        extract(
          "« Nous anticipons des ventes de 12 milliards de dollars en 2026 », a déclaré la directrice d'AMD.",
          "fr",
        ),
        12e9,
      ).qualifier,
      "target",
    );
  });
});

describe("qualifier: a bank credited as the sentence opens", () => {
  it("'According to Barclays, …', 'Selon Barclays, …' make a company's figure to come the bank's estimate", () => {
    assert.equal(
      at(extract("According to Barclays, Amazon will spend $150 billion in 2026."), 150e9).qualifier,
      "estimated",
    );
    assert.equal(
      at(extract("Selon Barclays, Amazon dépensera 150 milliards de dollars en 2026.", "fr"), 150e9)
        .qualifier,
      "estimated",
    );
  });

  it("an outlet credited with a result keeps it reported", () => {
    assert.equal(
      at(
        extract("Selon Bloomberg, Amazon a investi 30 milliards de dollars au troisième trimestre.", "fr"),
        30e9,
      ).qualifier,
      "reported",
    );
  });
});

describe("a projection credited to an analyst firm with 'as per' or 'd'après'", () => {
  const qualifierOf = (text: string, language: "fr" | "en") =>
    extract(text, language, "2025-10-30").find((c) => c.value.high === 118e9 || c.value.low === 118e9)
      ?.qualifier;

  it("is the firm's estimate, not the company's target (en)", () => {
    assert.equal(
      qualifierOf("Meta's capex could reach $118 billion in 2026, as per Jefferies.", "en"),
      "estimated",
    );
  });

  it("is the firm's estimate, not the company's target (fr)", () => {
    assert.equal(
      qualifierOf(
        "Les investissements de Meta pourraient atteindre 118 milliards de dollars en 2026, d'après Jefferies.",
        "fr",
      ),
      "estimated",
    );
  });
});

describe("qualifier: a computation credited as the sentence opens, by a bank, a firm or the newspaper", () => {
  it("'d'après les estimations de la banque X' makes a possibility an estimate (FR)", () => {
    const claims = extract(
      "D'après les estimations de la banque Jefferies, Anthropic pourrait générer 25 milliards de dollars de revenus en 2026.",
      "fr",
    );
    assert.equal(at(claims, 25e9).qualifier, "estimated");
  });

  it("'selon les calculs de notre journal' makes a future figure an estimate (FR)", () => {
    const claims = extract(
      "Selon les calculs de notre rédaction, les pertes de xAI atteindront 13 milliards de dollars en 2026.",
      "fr",
    );
    assert.equal(at(claims, 13e9).qualifier, "estimated");
  });

  it("'according to a note from X' makes a forecast an estimate (EN)", () => {
    const claims = extract(
      "According to a note from Citi, Amazon's AWS unit could post $150 billion in revenue in 2027.",
    );
    assert.equal(at(claims, 150e9).qualifier, "estimated");
  });
});

describe("qualifier: a first-person forecast set against the consensus is an analyst's", () => {
  it("« nous anticipons … au-dessus du consensus » (FR)", () => {
    const claims = extract(
      "Nous anticipons des revenus de 30 milliards de dollars pour Broadcom en 2027, nettement au-dessus du consensus.",
      "fr",
    );
    assert.equal(at(claims, 30e9).qualifier, "estimated");
  });

  it("'we expect … above consensus' (EN)", () => {
    const claims = extract(
      "We expect Oracle to post revenue of $90 billion in fiscal 2027, above consensus.",
    );
    assert.equal(at(claims, 90e9).qualifier, "estimated");
  });
});
