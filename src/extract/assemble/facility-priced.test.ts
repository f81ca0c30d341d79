import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("the price written on a facility a company builds", () => {
  it("is the builder's capital spending, in English", () => {
    assert.deepEqual(
      ownerMetricValue("Meta said its $1 billion data center in Kansas City is now running.", "en"),
      [["Meta", "capex", 1e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Anthropic has announced a $50 billion data center buildout across the country.",
        "en",
      ),
      [["Anthropic", "capex", 50e9]],
    );
    assert.deepEqual(ownerMetricValue("Amazon opened the $11bn Indiana campus on Monday.", "en"), [
      ["Amazon", "capex", 11e9],
    ]);
    assert.deepEqual(ownerMetricValue("Micron broke ground on a $15 billion memory plant in Idaho.", "en"), [
      ["Micron", "capex", 15e9],
    ]);
  });

  it("is the builder's capital spending, in French", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Microsoft a inauguré un centre de données de 3 milliards de dollars dans le Wisconsin.",
        "fr",
      ),
      [["Microsoft", "capex", 3e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Le supercalculateur de 500 millions d'euros de Mistral AI sera installé dans l'Essonne.",
        "fr",
      ),
      [["Mistral AI", "capex", 500e6]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Pour Google, l'usine de 2 milliards d'euros prévue en Finlande sera prête en 2027.",
        "fr",
      ),
      [["Alphabet", "capex", 2e9]],
    );
  });

  it("is not a contract for the facility, nor its sales", () => {
    assert.deepEqual(ownerMetricValue("OpenAI signed a $30 billion data center deal with Oracle.", "en"), [
      ["OpenAI", "compute_commitment", 30e9],
    ]);
    assert.deepEqual(
      ownerMetricValue("Nvidia reported $41 billion data center revenue for the quarter.", "en").map(
        (c) => c[1],
      ),
      ["revenue"],
    );
    assert.deepEqual(
      ownerMetricValue(
        "OpenAI a signé un contrat de centres de données de 30 milliards de dollars avec Oracle.",
        "fr",
      ),
      [["OpenAI", "compute_commitment", 30e9]],
    );
  });
});

describe("a project priced, or the price said of a facility by a verb", () => {
  it("is the builder's capital spending, in English", () => {
    assert.deepEqual(
      ownerMetricValue("Meta announced a $10 billion project in Louisiana to house its next models.", "en"),
      [["Meta", "capex", 10e9]],
    );
    assert.deepEqual(ownerMetricValue("Amazon said the new campus in Indiana will cost $11 billion.", "en"), [
      ["Amazon", "capex", 11e9],
    ]);
    assert.deepEqual(ownerMetricValue("Google unveiled a project worth $40 billion in Texas.", "en"), [
      ["Alphabet", "capex", 40e9],
    ]);
    assert.deepEqual(ownerMetricValue("Each of the campuses will cost about $25 billion, Meta said.", "en"), [
      ["Meta", "capex", 25e9],
    ]);
  });

  it("is the builder's capital spending, in French", () => {
    assert.deepEqual(
      ownerMetricValue("Meta a annoncé un projet de 10 milliards de dollars en Louisiane.", "fr"),
      [["Meta", "capex", 10e9]],
    );
    assert.deepEqual(ownerMetricValue("Le campus d'Amazon coûtera 11 milliards de dollars.", "fr"), [
      ["Amazon", "capex", 11e9],
    ]);
    assert.deepEqual(
      ownerMetricValue("Google a dévoilé un projet d'une valeur de 40 milliards de dollars au Texas.", "fr"),
      [["Alphabet", "capex", 40e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Mistral prévoit de construire un campus, un projet chiffré à 8 milliards d'euros.",
        "fr",
      ),
      [["Mistral AI", "capex", 8e9]],
    );
    assert.deepEqual(
      ownerMetricValue("Le centre de données de Fluidstack en France coûtera 10 milliards d'euros.", "fr"),
      [["Fluidstack", "capex", 10e9]],
    );
  });

  it("is the price of a megaproject, a hub or a building site", () => {
    assert.deepEqual(ownerMetricValue("Microsoft unveiled a $10 billion megaproject in Wisconsin.", "en"), [
      ["Microsoft", "capex", 10e9],
    ]);
    assert.deepEqual(ownerMetricValue("Amazon's new AI hub in Mississippi will cost $10 billion.", "en"), [
      ["Amazon", "capex", 10e9],
    ]);
    assert.deepEqual(
      ownerMetricValue("Amazon prévoit un campus à 10 milliards d'euros près de Lyon.", "fr"),
      [["Amazon", "capex", 10e9]],
    );
    assert.deepEqual(ownerMetricValue("Ce chantier de Meta coûtera 10 milliards de dollars.", "fr"), [
      ["Meta", "capex", 10e9],
    ]);
  });

  it("leaves a programme's own amount to the programme", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Le fonds MGX figure parmi les investisseurs fondateurs de Stargate, un programme annoncé à 500 milliards de dollars.",
        "fr",
      ),
      [["Stargate", "capex", 500e9]],
    );
  });

  it("is not a credit facility, a bill or a contract", () => {
    assert.deepEqual(
      ownerMetricValue("Blackstone arranged a $5 billion credit facility for the campus.", "en").map(
        (c) => c[1],
      ),
      ["debt_issuance"],
    );
    assert.deepEqual(
      ownerMetricValue("Oracle's Abilene data center deal is worth $30 billion.", "en").map((c) => c[1]),
      ["compute_commitment"],
    );
    assert.deepEqual(ownerMetricValue("Le projet de loi coûtera 3 milliards d'euros à l'État.", "fr"), []);
  });
});
