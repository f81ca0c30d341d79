import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields, ownerMetricValue } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value"]);
const metrics = (text: string, language: "fr" | "en") => read(text, language).map(([metric]) => metric);

describe("money put into the spender's own sites and machines", () => {
  it("is capex for sites counted by a numeral, over the commitment word (fr, en)", () => {
    assert.deepEqual(
      read(
        "Equinix confirme un engagement de 1,7 milliard d'euros pour trois centres de données près de Lille.",
        "fr",
      ),
      [["capex", 1.7e9]],
    );
    assert.deepEqual(
      read("Equinix has committed $2.4 billion to two data centres in Ohio, it said on Monday.", "en"),
      [["capex", 2.4e9]],
    );
  });

  it("is capex for computing equipment it buys for itself, not compute bought (en, fr)", () => {
    assert.deepEqual(read("Microsoft is investing $9.2 billion in computing equipment in Spain.", "en"), [
      ["capex", 9.2e9],
    ]);
    assert.deepEqual(
      read("Microsoft investira 4 milliards d'euros dans des équipements informatiques en Pologne.", "fr"),
      [["capex", 4e9]],
    );
    assert.deepEqual(read("Microsoft will spend $9.2 billion on computing from Nebius.", "en").length, 1);
    assert.ok(
      !metrics("Microsoft will spend $9.2 billion on computing from Nebius.", "en").includes("capex"),
    );
  });

  it("is capex toward infrastructure, also after a first coordinated object", () => {
    assert.deepEqual(
      read(
        "Baidu will allocate at least 90 billion yuan this year toward cloud platforms and AI infrastructure.",
        "en",
      ),
      [["capex", 90e9]],
    );
  });

  it("is capex for the first phase of a project, not for a fund's projects", () => {
    assert.deepEqual(
      read("Selon Equinix, 3,5 milliards d'euros seront dépensés pour la première phase du projet.", "fr"),
      [["capex", 3.5e9]],
    );
    assert.ok(
      !metrics("Brookfield will put $4 billion into infrastructure projects across Europe.", "en").includes(
        "capex",
      ),
    );
  });
});

describe("the investment a site stands for", () => {
  it("is the builder's capex, the site its subject (fr, en)", () => {
    assert.deepEqual(
      read("Le campus d'Equinix près de Lyon représente 7 milliards d'euros d'investissements.", "fr"),
      [["capex", 7e9]],
    );
    assert.deepEqual(
      read(
        "Le premier bâtiment, représentant un investissement de 4,5 milliards d'euros, ouvrira en 2029, selon Equinix.",
        "fr",
      ),
      [["capex", 4.5e9]],
    );
    assert.deepEqual(read("The campus planned by Equinix represents a $6 billion investment.", "en"), [
      ["capex", 6e9],
    ]);
  });

  it("stays what it is when the subject is a deal, a round or revenue", () => {
    assert.ok(
      !metrics("Le contrat de KKR représente 7 milliards d'euros d'investissements.", "fr").includes("capex"),
    );
    assert.ok(
      !metrics(
        "The funding round of Equinix represents a $6 billion investment by Blackstone.",
        "en",
      ).includes("capex"),
    );
    assert.ok(
      !metrics("The campus represents $2 billion in revenue for Equinix each year.", "en").includes("capex"),
    );
  });
});

describe("research spending", () => {
  it("is R&D when spent on the company's research activities or named by its noun (en, fr)", () => {
    assert.deepEqual(
      read("Samsung said it spent 4.1 trillion won in the quarter on its research activities.", "en"),
      [["rd_expense", 4.1e12]],
    );
    assert.deepEqual(
      read("Au troisième trimestre, SAP a porté ses dépenses de recherche à 1,6 milliard d'euros.", "fr"),
      [["rd_expense", 1.6e9]],
    );
  });

  it("is no R&D when research only names a firm or a report", () => {
    assert.ok(
      !metrics(
        "According to research firm Dell'Oro, Samsung spent 4.1 trillion won on capital projects.",
        "en",
      ).includes("rd_expense"),
    );
  });
});

describe("money secured from a named company", () => {
  it("is that company's investment (en, fr)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Nscale has secured $450 million from Nvidia to speed up the buildout of its data centers.",
        "en",
      ),
      [["Nvidia", "investment", 450e6]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Mistral AI a obtenu 300 millions d'euros de Nvidia pour accélérer ses projets.",
        "fr",
      ),
      [["Nvidia", "investment", 300e6]],
    );
  });

  it("is no investment when what is secured is a contract", () => {
    assert.ok(
      !metrics("Nscale has secured a $450 million contract from Microsoft for GPU capacity.", "en").includes(
        "investment",
      ),
    );
  });
});

describe("a plan of a lab that also builds its own sites", () => {
  it("keeps its capex, where a model developer's plan is a compute spending target", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Alibaba plans to put 300 billion yuan into its AI infrastructure over the next five years.",
        "en",
      ),
      [["Alibaba", "capex", 300e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Mistral AI prévoit de consacrer 20 milliards d'euros à ses infrastructures d'ici 2030.",
        "fr",
      ),
      [["Mistral AI", "compute_spending_target", 20e9]],
    );
  });
});
