import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const claims = claimFields(["entity", "metric", "value"], { published: "2025-06-02" });

describe("a figure written right before a programme's name", () => {
  it("sizes the programme, not the programme's possessor (en)", () => {
    const text = "The deal follows Nvidia's ambitious $300 billion Stargate initiative announced in March.";
    assert.deepEqual(
      claims(text, "en").filter(([, , v]) => v === 300e9),
      [["Stargate", "capex", 300e9]],
    );
  });

  it("sizes the programme named after the currency (fr)", () => {
    const text =
      "Le ministre l'a comparé aux 300 milliards de dollars Stargate annoncés par la Maison Blanche.";
    assert.deepEqual(
      claims(text, "fr").filter(([, , v]) => v === 300e9),
      [["Stargate", "capex", 300e9]],
    );
  });
});

describe("a capacity written for a programme or naming it", () => {
  it("is the programme's, not the builder's (fr)", () => {
    const text =
      "En juin, Fluidstack a été retenu pour construire des centres de données, avec jusqu'à 40 000 GPU pour Stargate Italia.";
    assert.deepEqual(
      claims(text, "fr").filter(([, , v]) => v === 40000),
      [["Stargate", "gpu_count", 40000]],
    );
  });

  it("is the programme's when the site is dubbed after it (en)", () => {
    const text =
      "OpenAI said it would build a computing cluster in Spain with a capacity of 2 gigawatts, dubbed Stargate Iberia.";
    assert.deepEqual(
      claims(text, "en").filter(([, , v]) => v === 2),
      [["Stargate", "datacenter_capacity", 2]],
    );
  });

  it("leaves money spent for a programme to its spender (en)", () => {
    const text = "Oracle plans to invest $20 billion in data centres for the Stargate project.";
    assert.deepEqual(
      claims(text, "en")
        .filter(([, , v]) => v === 20e9)
        .map(([entity]) => entity),
      ["Oracle"],
    );
  });
});

describe("a figure no company owns in a sentence about a programme", () => {
  it("is the programme's, its investment read as capital spending (fr)", () => {
    const text =
      "Oracle a signé un nouveau bail au Texas pour le projet Stargate. L'investissement total dépasse déjà 300 milliards de dollars, avec une puissance visée de 8 gigawatts au terme du projet.";
    assert.deepEqual(
      claims(text, "fr").filter(([, , v]) => v === 300e9 || v === 8),
      [
        ["Stargate", "capex", 300e9],
        ["Stargate", "datacenter_capacity", 8],
      ],
    );
  });

  it("is the programme's when the programme is named after the figure (en)", () => {
    const text =
      "Oracle signed a new lease in Texas. The campus will draw up to 900 megawatts and anchors the Stargate project in the state.";
    assert.deepEqual(
      claims(text, "en").filter(([, , v]) => v === 0.9),
      [["Stargate", "datacenter_capacity", 0.9]],
    );
  });

  it("is not the programme's when the programme is only a part of what it sizes (en)", () => {
    const text =
      "Oracle signed a new lease in Texas. The accord covers the biggest AI park in the region, with 7 gigawatts in all, of which Stargate will be a part.";
    assert.notEqual(claims(text, "en").find(([, , v]) => v === 7)?.[0], "Stargate");
  });

  it("is not the programme's when the programme is only a part of what it sizes (fr)", () => {
    const text =
      "Oracle a signé un nouveau bail au Texas. L'accord porte sur le plus grand parc d'IA de la région, d'une puissance totale de 7 gigawatts, dont Stargate fera partie.";
    assert.notEqual(claims(text, "fr").find(([, , v]) => v === 7)?.[0], "Stargate");
  });

  it("stays with a company named before the figure (en)", () => {
    const text =
      "Microsoft signed a new lease in Texas. Oracle said its data centres would draw 900 megawatts, a first step in the Stargate project.";
    assert.deepEqual(
      claims(text, "en")
        .filter(([, , v]) => v === 0.9)
        .map(([entity]) => entity),
      ["Oracle"],
    );
  });
});

describe("a capacity with no owner named, right after the programme's capacity", () => {
  it("is the programme's first tranche (fr)", () => {
    const text =
      "OpenAI a annoncé la construction en Espagne d'un cluster d'une puissance de 2 gigawatts, baptisé Stargate Iberia. Une première tranche de 300 mégawatts doit entrer en service en 2027.";
    assert.deepEqual(
      claims(text, "fr").filter(([, , v]) => v === 0.3),
      [["Stargate", "datacenter_capacity", 0.3]],
    );
  });

  it("is what the programme's site may later be brought to (en)", () => {
    const text =
      "OpenAI said it would build a computing cluster in Spain with a capacity of 2 gigawatts, dubbed Stargate Iberia. The site could later be expanded to 3 gigawatts.";
    assert.deepEqual(
      claims(text, "en").filter(([, , v]) => v === 3),
      [["Stargate", "datacenter_capacity", 3]],
    );
  });

  it("is not the programme's when it sizes a whole the programme is part of (en)", () => {
    const text =
      "OpenAI said it would build a computing cluster in Spain with a capacity of 2 gigawatts, dubbed Stargate Iberia. It is part of a planned 6-gigawatt campus near Madrid.";
    assert.notEqual(claims(text, "en").find(([, , v]) => v === 6)?.[0], "Stargate");
  });
});
