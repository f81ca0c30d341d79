import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const parties = (text: string, language: "fr" | "en") =>
  extract(text, language).map(
    (c) => `${c.entity}→${c.counterparty} ${c.metric} ${c.value.low ?? c.value.high}`,
  );

describe("a shareholder named beside a company", () => {
  it("is no party of the company's backlog (EN)", () => {
    assert.deepEqual(
      parties(
        "CoreWeave, the cloud provider backed by Nvidia, said its backlog rose to $55.6 billion.",
        "en",
      ),
      ["CoreWeave→null compute_commitment 55600000000"],
    );
    assert.deepEqual(
      parties(
        "Lambda, which counts Nvidia among its largest shareholders, said its backlog reached $12 billion.",
        "en",
      ),
      ["Lambda→null compute_commitment 12000000000"],
    );
  });

  it("is no party of the company's backlog (FR)", () => {
    assert.deepEqual(
      parties(
        "CoreWeave, le fournisseur de cloud soutenu par Nvidia, a indiqué que son carnet de commandes atteignait 55,6 milliards de dollars.",
        "fr",
      ),
      ["CoreWeave→null compute_commitment 55600000000"],
    );
  });

  it("still is the other end of an investment in the company", () => {
    assert.deepEqual(
      parties("Nvidia, which backed CoreWeave early, invested $250 million in the company.", "en")[0],
      "Nvidia→CoreWeave investment 250000000",
    );
  });
});

describe("a company opening a contrasting clause after the figure", () => {
  it("owns its own figure and is no party of the one before (EN, FR)", () => {
    assert.deepEqual(
      parties(
        "Dominion Energy said it has 40 gigawatts of demand under contract, while NextEra expects to add 15 GW by 2035.",
        "en",
      ),
      ["Dominion Energy→null datacenter_capacity 40", "NextEra Energy→null datacenter_capacity 15"],
    );
    assert.deepEqual(
      parties(
        "Dominion Energy dispose de 40 gigawatts sous contrat, tandis que NextEra prévoit d'ajouter 15 GW d'ici 2035.",
        "fr",
      ),
      ["Dominion Energy→null datacenter_capacity 40", "NextEra Energy→null datacenter_capacity 15"],
    );
  });
});

/** The claims of a text published on the day the rival tests were written for. */
const extractOn = (text: string, language: "fr" | "en") => extract(text, language, "2025-10-06");

describe("counterparty: a company named only as the one another competes with is no party", () => {
  it("'le concurrent d'Intel' names no party of the stake (FR)", () => {
    const claims = extractOn(
      "Le fabricant AMD a conclu un accord avec OpenAI. En parallèle, OpenAI pourrait prendre jusqu'à 8 % du concurrent d'Intel.",
      "fr",
    );
    const stake = claims.find((c) => c.metric === "equity_stake");
    assert.ok(stake);
    assert.notEqual(stake.counterparty, "Intel");
  });

  it("'Nvidia's grip on the market' names no party of the deal (EN)", () => {
    const claims = extractOn(
      "AMD said it would supply OpenAI with processors totalling 4 gigawatts, a deal that challenges Nvidia's grip on the market.",
      "en",
    );
    const capacity = claims.find((c) => c.metric === "datacenter_capacity");
    assert.ok(capacity);
    assert.notEqual(capacity.counterparty, "Nvidia");
  });
});
