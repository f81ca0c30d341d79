import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { unknownCompanies } from "./unknown-names.js";

const parties = claimFields(["entity", "counterparty", "value"]);
const owners = claimFields(["entity", "value"]);

describe("companies found by a corporate word after their name", () => {
  it("a common phrase a headline capitalises is no company when the body writes it in lower case", () => {
    assert.deepEqual(
      parties(
        "Oracle Update - Secured Power Doubles To 1.5GW\n\nOracle said secured power doubled to 1.5 gigawatts in the quarter.",
        "en",
      ),
      [["Oracle", null, 1.5]],
    );
    assert.deepEqual(
      parties(
        "Data4 – Installed Power : 800 MW en 2026\n\nLe groupe Data4 vise une installed power de 800 MW en 2026.",
        "fr",
      ),
      [["Data4", null, 0.8]],
    );
  });

  it("a company whose name ends with a corporate word is still found", () => {
    assert.deepEqual(
      parties(
        "Amazon signed a deal with Talen Energy for 1.9 gigawatts of power from its nuclear plant.",
        "en",
      ),
      [["Amazon", "Talen Energy", 1.9]],
    );
  });
});

describe("companies named by an executive's title", () => {
  it("« le directeur financier de X » names a company that owns the quoted figure (FR)", () => {
    assert.deepEqual(
      parties(
        "« Nos dépenses d'investissement ont atteint 4 milliards d'euros en 2025 », a déclaré le directeur financier de Telefónica.",
        "fr",
      ),
      [["Telefónica", null, 4e9]],
    );
  });

  it("'the chief financial officer of X' names a company that owns the quoted figure (EN)", () => {
    assert.deepEqual(
      parties(
        "“Our capital expenditure reached $3 billion in 2025,” said the chief financial officer of Equinix.",
        "en",
      ),
      [["Equinix", null, 3e9]],
    );
  });
});

describe("companies named with a French corporate word", () => {
  it("« Systèmes » ends a company's name (FR)", () => {
    assert.deepEqual(
      parties("Vorlanis Systèmes a réalisé 2 milliards d'euros de chiffre d'affaires en 2024.", "fr"),
      [["Vorlanis Systèmes", null, 2e9]],
    );
  });
});

describe("companies named with their founding", () => {
  const found = (text: string) =>
    unknownCompanies(text, findNames(text, defaultGazetteer()), defaultGazetteer());

  it("a company opening its clause after its founding is a company (en, fr)", () => {
    assert.deepEqual(found("Founded in 2022, Quorvia now operates 50,000 GPUs."), ["Quorvia"]);
    assert.deepEqual(found("Fondée par deux anciens ingénieurs, Talmic exploite 20 000 GPU."), ["Talmic"]);
  });

  it("a company with its founding in apposition is a company (en, fr)", () => {
    assert.deepEqual(found("Brenlow, founded in 2019 by two physicists, runs three sites."), ["Brenlow"]);
    assert.deepEqual(found("Talmic, qui a été fondée en 2021, vise 1 gigawatt de capacité en 2028."), [
      "Talmic",
    ]);
  });

  it("owns its figure rather than a company named in its founding (fr, en)", () => {
    assert.deepEqual(
      owners("Talmic, qui a été fondée par d'anciens ingénieurs de Google, vise 1 gigawatt en 2028.", "fr"),
      [["Talmic", 1]],
    );
    assert.deepEqual(
      owners("Founded by former Meta engineers, Quorvia operates 1.5 gigawatts of capacity.", "en"),
      [["Quorvia", 1.5]],
    );
  });
});

describe("a place after a company noun is where the company is, not its name", () => {
  it("« le fabricant basé à X », « l'entreprise installée à X » (FR)", () => {
    assert.deepEqual(
      owners(
        "Micron publie ses résultats. Le fabricant basé à Boise prévoit un chiffre d'affaires de 18,7 milliards de dollars.",
        "fr",
      ),
      [["Micron", 18.7e9]],
    );
    assert.deepEqual(
      owners(
        "Mistral AI lève des fonds. L'entreprise installée à Paris vise un chiffre d'affaires de 300 millions d'euros.",
        "fr",
      ),
      [["Mistral AI", 300e6]],
    );
  });

  it("'the chipmaker based in X', 'the company headquartered in X' (EN)", () => {
    assert.deepEqual(
      owners(
        "Micron reported results. The chipmaker based in Boise forecast revenue of $18.7 billion for the quarter.",
        "en",
      ),
      [["Micron", 18.7e9]],
    );
  });
});

describe("capitalised words describing a company before its company noun", () => {
  it("'shares in Chinese AI startup X' name no company 'Chinese AI'", () => {
    const gazetteer = defaultGazetteer();
    const text =
      "Shares in Chinese AI startup Quorvia soared 109 percent on Friday. Quorvia said it would hire.";
    assert.ok(!unknownCompanies(text, findNames(text, gazetteer), gazetteer).includes("Chinese AI"));
  });
});

describe("a place after a company noun", () => {
  it("is where the company is, never a company (fr)", () => {
    const text =
      "SK Hynix a publié ses comptes. Le fabricant basé à Icheon prévoit un chiffre d'affaires de 5 milliards de dollars.";
    assert.deepEqual(owners(text, "fr"), [["SK Hynix", 5e9]]);
  });

  it("is where the company is, never a company (en)", () => {
    const text =
      "Western Digital reported its quarter. The drive maker based in San Jose expects revenue of $3 billion.";
    assert.deepEqual(owners(text, "en"), [["Western Digital", 3e9]]);
  });

  it("leaves a company named after its noun and adjectives found", () => {
    const gazetteer = defaultGazetteer();
    const text = "Le promoteur immobilier américain Vorlanis construit des centres de données.";
    assert.ok(unknownCompanies(text, findNames(text, gazetteer), gazetteer).includes("Vorlanis"));
  });
});

describe("pronouns and places that open a sentence", () => {
  const found = (text: string) =>
    unknownCompanies(text, findNames(text, defaultGazetteer()), defaultGazetteer());

  it("a quoted chief's « we » or « nous » is no company (en, fr)", () => {
    assert.deepEqual(found("“We signed $90 million of new leases,” said the chief executive of Vorlanis."), [
      "Vorlanis",
    ]);
    assert.deepEqual(found("« Nous avons signé 90 millions d'euros de baux », a déclaré le PDG de Talmic."), [
      "Talmic",
    ]);
  });

  it("a market, a state or a city raising or leading is no company (fr, en)", () => {
    assert.deepEqual(
      found("Hong Kong a levé 36 milliards de dollars via 114 cotations, selon la société Quorvia."),
      ["Quorvia"],
    );
    assert.deepEqual(
      found("Virginia said it hosts 5 GW of data centres, while the company Brenlow plans 1 GW."),
      ["Brenlow"],
    );
  });
});

describe("a facility named like a company", () => {
  it("is no company: the deal's other side is the counterparty (en)", () => {
    const text =
      "Amazon signed a deal with Talen Energy to take 960 MW from the Susquehanna Clean Energy Center in Pennsylvania.";
    assert.deepEqual(parties(text, "en"), [["Amazon", "Talen Energy", 0.96]]);
  });

  it("is no company (fr)", () => {
    const gazetteer = defaultGazetteer();
    const text = "Meta achètera toute la production du Clinton Clean Energy Center, dans l'Illinois.";
    assert.ok(
      !unknownCompanies(text, findNames(text, gazetteer), gazetteer).includes("Clinton Clean Energy"),
    );
  });
});

describe("the trade nouns that mark a company, in every spelling the trade takes", () => {
  it("« le néo-cloud Vardenne » as « le néocloud Vardenne »", () => {
    const gazetteer = defaultGazetteer();
    for (const text of [
      "Le néocloud Vardenne louera 4 000 GPU dès mars.",
      "Le néo-cloud Vardenne louera 4 000 GPU dès mars.",
    ])
      assert.ok(unknownCompanies(text, findNames(text, gazetteer), gazetteer).includes("Vardenne"), text);
  });
});
