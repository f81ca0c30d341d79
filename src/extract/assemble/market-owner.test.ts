import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("a market's figure, sized by a bank, a consultant or an executive", () => {
  it("belongs to the market, not to the bank nor the article's subject (en)", () => {
    const claims = extract(
      "Oracle borrows again\n\nOracle sold $12bn of bonds on Monday. Barclays estimates that worldwide spending on data centers will reach about $3.4tn by 2029.",
      "en",
    );
    const market = claimAt(claims, 3.4e12);
    assert.deepEqual(
      [market.entity, market.metric, market.qualifier],
      ["data centres", "capex", "estimated"],
    );
    assert.equal(claimAt(claims, 12e9).entity, "Oracle");
  });

  it("belongs to the market, not to the executive's company (fr)", () => {
    const claims = extract(
      "AMD présente ses puces\n\nAMD a présenté mardi ses nouveaux processeurs. Sa directrice générale Lisa Su estime que les dépenses d'infrastructure d'IA atteindront 2 000 milliards de dollars en 2030.",
      "fr",
    );
    const market = claimAt(claims, 2e12);
    assert.deepEqual(
      [market.entity, market.metric, market.qualifier],
      ["infrastructures d'IA", "capex", "estimated"],
    );
  });

  it("takes the market named earlier in the sentence for a bare 'investment' (en)", () => {
    const claims = extract(
      "Power for AI\n\nVantage opened a campus in Texas. New data centers now need far more power, with Fitch predicting investment to exceed $1.5 trillion over five years.",
      "en",
    );
    assert.equal(claimAt(claims, 1.5e12).entity, "data centres");
  });

  it("stays the spending company's when a company names the outlays (en)", () => {
    const claims = extract(
      "Cloud spending\n\nAmazon and Microsoft disclosed AI infrastructure outlays totaling about $60B in the quarter.",
      "en",
    );
    assert.notEqual(claimAt(claims, 60e9).entity, "AI industry");
  });

  it("stays the company's when its possessive names the spending (fr)", () => {
    const claims = extract(
      "Meta investit\n\nMeta a publié ses résultats. Ses dépenses en centres de données atteindront 70 milliards de dollars cette année.",
      "fr",
    );
    assert.equal(claimAt(claims, 70e9).entity, "Meta");
  });
});

describe("a market as the subject of a verb of need, or global AI spending", () => {
  it("belongs to the market, not to the consultant (en)", () => {
    const claims = extract(
      "Data centre boom\n\nMcKinsey estimates that data centres will require $6.7 trillion of investment worldwide by 2030.",
      "en",
    );
    assert.equal(claimAt(claims, 6.7e12).entity, "data centres");
    const ai = extract(
      "Spending outlook\n\nGartner forecasts global AI spending of $1.5 trillion in 2025.",
      "en",
    );
    assert.equal(claimAt(ai, 1.5e12).entity, "AI industry");
  });

  it("belongs to the market, not to the consultant (fr)", () => {
    const claims = extract(
      "Centres de données\n\nSelon McKinsey, les centres de données nécessiteront 5 200 milliards de dollars d'investissements d'ici 2030.",
      "fr",
    );
    assert.equal(claimAt(claims, 5.2e12).entity, "centres de données");
  });

  it("belongs to the market that needs it, not to investors, with no one sizing it (en, fr)", () => {
    const en = extract(
      "Chip demand holds\n\nKorvex said orders stayed firm. Data centers worldwide will need $4 trillion of investment by 2031.",
      "en",
    );
    assert.deepEqual([claimAt(en, 4e12).entity, claimAt(en, 4e12).metric], ["data centres", "capex"]);
    const industry = extract("Outlook\n\nThe industry will need $700 billion of investment next year.", "en");
    assert.equal(claimAt(industry, 700e9).entity, "AI industry");
    const fr = extract(
      "La demande tient\n\nKorvex a jugé les commandes solides. Les centres de données du monde entier nécessiteront 4 000 milliards de dollars d'investissements d'ici 2031.",
      "fr",
    );
    assert.deepEqual([claimAt(fr, 4e12).entity, claimAt(fr, 4e12).metric], ["centres de données", "capex"]);
  });

  it("stays the investors' when the market is only where the money goes", () => {
    const claims = extract(
      "Summit\n\nSome €12 billion of foreign investment into data centres was pledged at the Tarn summit.",
      "en",
    );
    assert.equal(claimAt(claims, 12e9).entity, "foreign investors");
  });

  it("stays a company's own need", () => {
    const claims = extract(
      "Meta in Louisiana\n\nMeta's data centres will require $27 billion of financing.",
      "en",
    );
    assert.equal(claimAt(claims, 27e9).entity, "Meta");
  });
});
