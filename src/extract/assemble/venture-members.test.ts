import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.counterparty ?? "-"} ${c.value.low ?? c.value.high}`,
  );

describe("a venture named with its members after it", () => {
  it("is owned by the members together ('la coentreprise formée par', 'the joint venture formed by')", () => {
    assert.deepEqual(
      owners(
        "La coentreprise formée par Nebius, Bpifrance et MGX a levé 4 milliards de dollars de dette pour son campus.",
        "fr",
      ),
      ["Nebius+Bpifrance+MGX - 4000000000"],
    );
    assert.deepEqual(
      owners(
        "The joint venture formed by Nebius, Bpifrance and MGX raised $4 billion of debt for its campus.",
      ),
      ["Nebius+Bpifrance+MGX - 4000000000"],
    );
  });

  it("is owned by the members together ('le consortium de', 'the consortium of')", () => {
    assert.deepEqual(
      owners(
        "Le mois dernier, le consortium de Nebius, Bpifrance et MGX a obtenu 4 milliards de dollars de dette pour son campus.",
        "fr",
      ),
      ["Nebius+Bpifrance+MGX - 4000000000"],
    );
    assert.deepEqual(
      owners(
        "Last month the consortium of Nebius, Bpifrance and MGX secured $4 billion of debt for its campus.",
      ),
      ["Nebius+Bpifrance+MGX - 4000000000"],
    );
  });
});

describe("a venture formed by a coordinated subject", () => {
  it("owns the cost of its project in the next sentence ('A et B ont formé une coentreprise', 'A and B formed a joint venture')", () => {
    assert.deepEqual(
      owners(
        "Orange et des fonds gérés par Ardian ont formé une coentreprise pour construire un campus à Lyon. Le coût du projet est estimé à 4 milliards d'euros.",
        "fr",
      ),
      ["Orange+Ardian - 4000000000"],
    );
    assert.deepEqual(
      owners(
        "Vodafone and funds managed by KKR have formed a joint venture to build a campus in Ohio. The cost of the project is estimated at $6 billion.",
      ),
      ["Vodafone+KKR - 6000000000"],
    );
  });

  it("owns a figure of its own sentence after the verb ('vont créer une coentreprise de', 'will create a venture')", () => {
    assert.deepEqual(
      owners(
        "Iliad, Orange et Capgemini vont créer une coentreprise qui investira 3 milliards d'euros dans des centres de données.",
        "fr",
      ),
      ["Iliad+Orange+Capgemini - 3000000000"],
    );
  });
});

describe("a venture being formed with partners", () => {
  it("owns what 'the joint venture' adds sentences later ('is forming a joint venture with')", () => {
    assert.deepEqual(
      owners(
        [
          "Digital Realty, a data center landlord, is forming a joint venture with Singaporean state investor GIC and Ardian.",
          "The partners will expand in Texas.",
          "Demand keeps rising.",
          "Large campuses are used by cloud providers.",
          "Power is scarce.",
          "The joint venture will add more than 2 gigawatts of new capacity over time.",
        ].join(" "),
      ),
      ["Digital Realty+GIC+Ardian - 2"],
    );
  });

  it("owns what « la coentreprise » will build when its founders 'formeront une coentreprise'", () => {
    assert.deepEqual(
      owners(
        "Orange (l'opérateur historique français), Ardian, la start-up française d'IA Kyutai et Nvidia formeront une coentreprise. La coentreprise établira un campus d'une capacité finale attendue de 1,2 gigawatt.",
        "fr",
      ),
      ["Orange+Ardian+Kyutai+Nvidia - 1.2"],
    );
  });
});

describe("a venture named with its members after an elided « d' »", () => {
  it("is owned by the members together (« une coentreprise d'A et de B », « le consortium d'A et B »)", () => {
    assert.deepEqual(
      owners(
        "Une coentreprise d'Amazon et de Meta dépensera 5 milliards d'euros pour un campus de calcul.",
        "fr",
      ),
      ["Amazon+Meta - 5000000000"],
    );
    assert.deepEqual(
      owners(
        "Le consortium d'Oracle et SoftBank investira 12 milliards de dollars dans un campus au Texas.",
        "fr",
      ),
      ["Oracle+SoftBank - 12000000000"],
    );
  });

  it("is owned by the members together in English ('a joint venture of A and B')", () => {
    assert.deepEqual(
      owners("A joint venture of Amazon and Meta will spend $5 billion on a compute campus."),
      ["Amazon+Meta - 5000000000"],
    );
  });

  it("names no group when one company follows (near miss)", () => {
    assert.deepEqual(
      owners("Une coentreprise d'Amazon dépensera 5 milliards d'euros pour un campus de calcul.", "fr"),
      ["Amazon - 5000000000"],
    );
  });
});
