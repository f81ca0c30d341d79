import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract, fieldsOf } from "../../../test/support/claims.js";

/** Entity, counterparty and metric of every claim of an invented text. */
function read(text: string, language: "fr" | "en"): unknown[] {
  return fieldsOf(extract(text, language, "2025-06-01"), ["entity", "counterparty", "metric"]);
}

describe("money spent or invested for the purpose of building sites", () => {
  it("is capital expenditure when an infinitive of building names the sites", () => {
    assert.deepEqual(
      read(
        "Helsing, backed by Nvidia, plans to spend €600 million to expand its data centres in Bavaria over three years.",
        "en",
      ),
      [["Helsing", null, "capex"]],
    );
    assert.deepEqual(
      read(
        "Mistral AI va consacrer 2 milliards d'euros afin de construire un campus de calcul en Essonne, a indiqué Nvidia, son partenaire.",
        "fr",
      ),
      [["Mistral AI", null, "capex"]],
    );
    assert.deepEqual(
      read(
        "Selon Nvidia, Mistral AI prévoit de dépenser 3 milliards d'euros afin de bâtir des centres de données en Suède.",
        "fr",
      ),
      [["Mistral AI", null, "capex"]],
    );
  });

  it("leaves a round raised, or a contract signed, to build sites as it is", () => {
    assert.deepEqual(
      read("Poolside raised $500 million to build data centres in Texas, led by Nvidia.", "en"),
      [["Poolside", null, "funding_round"]],
    );
    assert.deepEqual(
      read(
        "Mistral AI a signé un contrat de 2 milliards d'euros avec Fluidstack afin de construire un campus en Essonne.",
        "fr",
      ),
      [["Mistral AI", "Fluidstack", "compute_commitment"]],
    );
  });
});
