import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { unknownCompanies } from "./unknown-names.js";

const unknown = (text: string) =>
  unknownCompanies(text, findNames(text, defaultGazetteer()), defaultGazetteer());

const owners = claimFields(["entity", "metric", "value"]);

describe("a company the gazetteer does not know, found by what the text says it does", () => {
  it("is the subject of a verb of corporate finance (en)", () => {
    assert.deepEqual(unknown("Anthropic grew fast, while Quorvia and Talmic each secured $2 billion."), [
      "Quorvia",
      "Talmic",
    ]);
    assert.deepEqual(unknown("Defence start-up Brenlow has raised $900 million."), ["Brenlow"]);
  });

  it("is the subject of a verb of corporate finance (fr)", () => {
    assert.deepEqual(unknown("Quorvia a levé 300 millions d'euros auprès de fonds américains."), ["Quorvia"]);
    assert.deepEqual(unknown("Selon le journal, Talmic prévoit d'investir 2 milliards d'euros."), ["Talmic"]);
  });

  it("is the subject of a forecast or an aim of a corporate figure, or of money about to be raised or spent (en, fr)", () => {
    assert.deepEqual(unknown("Quorvia expects revenue of $400 million next year."), ["Quorvia"]);
    assert.deepEqual(unknown("Talmic is now targeting a valuation of $6 billion."), ["Talmic"]);
    assert.deepEqual(unknown("Brenlow will spend $1 billion on two new sites."), ["Brenlow"]);
    assert.deepEqual(unknown("Brenlow opened a funding round last week."), ["Brenlow"]);
    assert.deepEqual(unknown("Quorvia vise un chiffre d'affaires de 80 millions d'euros en 2027."), [
      "Quorvia",
    ]);
    assert.deepEqual(unknown("Talmic table sur une valorisation de 3 milliards d'euros."), ["Talmic"]);
    assert.deepEqual(unknown("Brenlow est sur le point d'obtenir 40 millions d'euros."), ["Brenlow"]);
    assert.deepEqual(unknown("Cloud provider Talmic lifted its capital expenditure by $2 billion."), [
      "Talmic",
    ]);
    assert.deepEqual(unknown("Brenlow a relevé ses investissements de 500 millions d'euros."), ["Brenlow"]);
    assert.deepEqual(owners("Quorvia expects revenue of $400 million next year.", "en"), [
      ["Quorvia", "revenue", 4e8],
    ]);
  });

  it("leaves a forecast of things that are no corporate figure, and a place, alone (en, fr)", () => {
    assert.deepEqual(unknown("Quorvia expects demand to stay strong."), []);
    assert.deepEqual(unknown("Quorvia lifted its spirits after the call."), []);
    assert.deepEqual(unknown("Texas expects revenue of $2 billion from the new plants."), []);
    assert.deepEqual(unknown("Lyon vise un chiffre d'affaires touristique de 2 milliards d'euros."), []);
  });

  it("owns a corporate figure (en, fr)", () => {
    assert.deepEqual(unknown("Quorvia's valuation doubled to $8 billion."), ["Quorvia"]);
    assert.deepEqual(unknown("Le chiffre d'affaires annuel de Talmic atteint 90 millions d'euros."), [
      "Talmic",
    ]);
  });

  it("owns cash, losses, users or commitments, or reaches or reports its figure (en, fr)", () => {
    assert.deepEqual(unknown("Quorvia's cash pile stood at $3 billion in June."), ["Quorvia"]);
    assert.deepEqual(unknown("Talmic's weekly users passed 4 million."), ["Talmic"]);
    assert.deepEqual(unknown("Brenlow reached a post-money valuation of $5 billion."), ["Brenlow"]);
    assert.deepEqual(unknown("Quorvia a enregistré un chiffre d'affaires de 60 millions d'euros."), [
      "Quorvia",
    ]);
    assert.deepEqual(unknown("La trésorerie de Talmic a fondu de moitié."), ["Talmic"]);
    assert.deepEqual(owners("Quorvia's net losses widened to $700 million in 2025.", "en"), [
      ["Quorvia", "net_loss", 7e8],
    ]);
    assert.deepEqual(unknown("Tuesday's sales came in above forecasts."), []);
    assert.deepEqual(unknown("Brenlow reached an agreement with its lenders."), []);
  });

  it("supplies compute, or has its results or accounts reported (en, fr)", () => {
    assert.deepEqual(unknown("Halvard Compute will ship about 9,000 GPUs to a bank."), ["Halvard Compute"]);
    assert.deepEqual(unknown("Brunelle fournira 300 mégawatts de capacité à un laboratoire."), ["Brunelle"]);
    assert.deepEqual(unknown("Orsolo leases servers to several labs."), ["Orsolo"]);
    assert.deepEqual(unknown("Quorvia's quarterly results beat forecasts."), ["Quorvia"]);
    assert.deepEqual(unknown("Les comptes de Talmic (en millions d'euros) ont été publiés."), ["Talmic"]);
    assert.deepEqual(unknown("Jane Smith will deliver the keynote on GPUs."), []);
    assert.deepEqual(unknown("Halvard will ship its new phone in May."), []);
  });

  it("owns its own figure at its own owner's place, not the article's subject's (en)", () => {
    const text =
      "Anthropic raised $13 billion in September. Smaller rounds followed: Quorvia secured $2 billion in October.";
    assert.deepEqual(owners(text, "en"), [
      ["Anthropic", "funding_round", 13e9],
      ["Quorvia", "funding_round", 2e9],
    ]);
  });

  it("owns its own figure (fr)", () => {
    const text =
      "Mistral AI a levé 1,7 milliard d'euros en septembre. De son côté, Quorvia a levé 80 millions d'euros en octobre.";
    assert.deepEqual(owners(text, "fr"), [
      ["Mistral AI", "funding_round", 1.7e9],
      ["Quorvia", "funding_round", 80e6],
    ]);
  });
});

describe("a business cue leaves alone", () => {
  it("people, by a given name or a title before them (en, fr)", () => {
    assert.deepEqual(unknown("Peter Varn raised $40 million for a new fund."), []);
    assert.deepEqual(unknown("Le PDG Varn a investi 3 millions d'euros à titre personnel."), []);
  });

  it("a surname the text also writes after a given name (en, fr)", () => {
    assert.deepEqual(unknown("Peter Varn started the fund in 2019. Varn raised $40 million for it."), []);
    assert.deepEqual(unknown("Jean Varn a fondé la société. Varn a levé 3 millions d'euros."), []);
  });

  it("a surname or a product's name the text also writes inside a sentence after another capitalised word (en, fr)", () => {
    assert.deepEqual(
      unknown(
        "On Monday, President Dorian Kestrel spoke. Kestrel said on Tuesday it would invest $5 billion.",
      ),
      [],
    );
    assert.deepEqual(
      unknown(
        "Selon l'homme d'affaires Gaspard Kessel, le site coûtera cher. Kessel a investi 20 millions d'euros.",
      ),
      [],
    );
    assert.deepEqual(
      unknown("Demand for the Zorbex Halcyon chip is high. Halcyon posted $2 billion of sales."),
      [],
    );
  });

  it("still a company whose name comes first or after a place (en)", () => {
    assert.deepEqual(unknown("Texas-based Quorvia raised $1 billion. Quorvia Systems will build a campus."), [
      "Quorvia Systems",
      "Quorvia",
    ]);
  });

  it("places, and ordinary words the text also writes in lower case", () => {
    assert.deepEqual(unknown("Texas plans to invest $1 billion in the grid."), []);
    assert.deepEqual(unknown("Investors raised $2 billion. Many investors were American."), []);
  });

  it("a list or table label opening with a period or with capitalised function words (en, fr)", () => {
    assert.deepEqual(unknown("Capital spending\n\n- FY26 Guidance: $120B+\n- H1 Actual: $49.3B"), []);
    assert.deepEqual(unknown("| Metric | Value |\n|---|---|\n| Funding Per Employee | $20 million |"), []);
    assert.deepEqual(unknown("Dépenses\n\n- T3 Réalisé : 12 Md$\n- Coût Par Mégawatt : 10 M$"), []);
    assert.deepEqual(unknown("Rounds\n\n- Quorvia: $2.5bn\n- Talmic Systems: $1bn"), [
      "Talmic Systems",
      "Quorvia",
    ]);
  });

  it("a complement that is not the subject (fr)", () => {
    assert.deepEqual(unknown("Le géant des GPU affiche 10 milliards de dollars de ventes."), []);
    assert.deepEqual(unknown("La division Cloud Unit a engrangé 5 milliards de dollars."), []);
  });
});

describe("a ranked list of companies the gazetteer does not know", () => {
  it("gives each item's figure to the item's own company, not the article's subject (en)", () => {
    const text =
      "The largest rounds\n\nOpenAI raised $40 billion in March. The runners-up:\n\n1. Quorvia: $2.5 billion (Series G)\n2. Talmic — $2 billion\n3. Brenlow ($1.1 billion)\n";
    assert.deepEqual(owners(text, "en"), [
      ["OpenAI", "funding_round", 40e9],
      ["Quorvia", "funding_round", 2.5e9],
      ["Talmic", "funding_round", 2e9],
      ["Brenlow", "funding_round", 1.1e9],
    ]);
  });

  it("gives each item's figure to the item's own company (fr)", () => {
    const text =
      "Les plus grosses levées\n\nOpenAI a levé 40 milliards de dollars en mars. Suivent :\n\n- Quorvia : 2,5 milliards de dollars (série G)\n- Talmic — 2 milliards de dollars\n- Brenlow (1,1 milliard de dollars)\n";
    assert.deepEqual(owners(text, "fr"), [
      ["OpenAI", "funding_round", 40e9],
      ["Quorvia", "funding_round", 2.5e9],
      ["Talmic", "funding_round", 2e9],
      ["Brenlow", "funding_round", 1.1e9],
    ]);
  });

  it("finds a company heading an item of a running list (fr, en)", () => {
    assert.deepEqual(unknown("Ont aussi investi : Quorvia, 100 millions de dollars, et Talmic (50 M€)."), [
      "Quorvia",
      "Talmic",
    ]);
    assert.deepEqual(unknown("| Quorvia | Series B | $300 million |"), ["Quorvia"]);
  });
});

describe("a noun opening the sentence before the name", () => {
  it("is not part of the name (en, fr)", () => {
    assert.deepEqual(unknown("Rival Quorvia raised $500 million last week."), ["Quorvia"]);
    assert.deepEqual(unknown("Concurrent Quorvia a levé 50 millions d'euros."), ["Quorvia"]);
  });
});

describe("a company named only as the subject of a corporate act it announces or completes", () => {
  it("is a company when it announces a purchase, an investment or a build (fr)", () => {
    assert.deepEqual(
      unknown("Zorvane a annoncé mardi le rachat de la société Quillix pour 2 milliards d'euros."),
      ["Quillix", "Zorvane"],
    );
    assert.deepEqual(unknown("Zorvane a finalisé l'acquisition de ses concurrents."), ["Zorvane"]);
  });

  it("is a company when it announces a purchase, an investment or a build (en)", () => {
    assert.deepEqual(unknown("Zorvane announced on Monday a $2 billion investment in Ohio."), ["Zorvane"]);
  });

  it("owns the price of what it buys, not the company bought (fr, en)", () => {
    assert.deepEqual(owners("Zorvane a annoncé le rachat de Quillix pour 3,3 milliards de dollars.", "fr"), [
      ["Zorvane", "acquisition_price", 3.3e9],
    ]);
    assert.deepEqual(owners("Zorvane announced the acquisition of Quillix for $3.3 billion.", "en"), [
      ["Zorvane", "acquisition_price", 3.3e9],
    ]);
  });

  it("is a company past a relative clause before its verb (fr, en)", () => {
    assert.deepEqual(
      unknown(
        "Zorvane, qui compte Microsoft parmi ses clients, a annoncé la construction d'un campus de 500 MW.",
      ),
      ["Zorvane"],
    );
    assert.deepEqual(
      unknown(
        "Zorvane, which counts Microsoft among its customers, announced the construction of a 500 MW campus.",
      ),
      ["Zorvane"],
    );
  });

  it("is never a person announcing", () => {
    assert.deepEqual(unknown("Le ministre Roland Lescure a annoncé un investissement de 2 milliards."), []);
  });
});

describe("a list item whose name is the subject of a finance verb", () => {
  it("names the company of a bulleted line (fr, en)", () => {
    const fr = "Les levées de la semaine :\n- Zorvane a levé 16 millions de dollars en série A.";
    assert.deepEqual(owners(fr, "fr"), [["Zorvane", "funding_round", 16e6]]);
    const en = "This week's rounds:\n- Zorvane raised $16 million in a Series A.";
    assert.deepEqual(owners(en, "en"), [["Zorvane", "funding_round", 16e6]]);
  });
});

describe("a company named last in its clause as the one money goes into", () => {
  it("is the company of a round or an investment in it (en)", () => {
    assert.deepEqual(unknown("Corvane led a $2 billion round in Quorvia."), ["Quorvia"]);
    assert.deepEqual(unknown("The fund invested $300 million into Talmic, people said."), ["Talmic"]);
    assert.deepEqual(unknown("Nvidia took a stake in Brenlow; the price was not disclosed."), ["Brenlow"]);
    assert.deepEqual(owners("Temasek led a $1.5 billion round in Quorvia.", "en"), [
      ["Quorvia", "funding_round", 1.5e9],
    ]);
  });

  it("is the company an investment goes into (fr)", () => {
    assert.deepEqual(unknown("Le fonds a investi 300 millions d'euros dans Talmic."), ["Talmic"]);
  });

  it("is never a place or a name the clause goes on after (en)", () => {
    assert.deepEqual(unknown("Brookfield will invest $10 billion in Portugal."), []);
    assert.deepEqual(unknown("Microsoft will invest $10 billion in Quorvia Valley to build a campus."), []);
  });
});

describe("a company named as the subject of talks or an intent to raise, borrow or invest", () => {
  it("is a company when it is in talks, seeks or plans to raise or invest (en)", () => {
    assert.deepEqual(unknown("Quorvia is in talks to raise $1 billion at a $9 billion valuation."), [
      "Quorvia",
    ]);
    assert.deepEqual(unknown("Talmic is seeking to borrow $400 million from banks."), ["Talmic"]);
    assert.deepEqual(unknown("Meanwhile, Brenlow aims to invest $2 billion in Ohio."), ["Brenlow"]);
    assert.deepEqual(unknown("The newspaper reported that Talmic is in talks to raise $600 million."), [
      "Talmic",
    ]);
    assert.deepEqual(owners("Quorvia is in talks to raise $1 billion, people familiar said.", "en"), [
      ["Quorvia", "funding_round", 1e9],
    ]);
  });

  it("is a company when it is in talks, seeks or plans to raise or invest (fr)", () => {
    assert.deepEqual(unknown("Quorvia serait en discussions pour lever 500 millions d'euros."), ["Quorvia"]);
    assert.deepEqual(unknown("Talmic cherche à lever 300 millions d'euros auprès de fonds."), ["Talmic"]);
    assert.deepEqual(unknown("Brenlow envisage d'investir 2 milliards d'euros en Moselle."), ["Brenlow"]);
    assert.deepEqual(owners("Talmic s'apprête à lever 200 millions d'euros.", "fr"), [
      ["Talmic", "funding_round", 2e8],
    ]);
  });

  it("is never a person who intends to invest (en, fr)", () => {
    assert.deepEqual(unknown("Jean Dupont compte investir 5 millions d'euros."), []);
    assert.deepEqual(unknown("Mark Corvin is seeking to raise $50 million for a fund."), []);
  });
});
