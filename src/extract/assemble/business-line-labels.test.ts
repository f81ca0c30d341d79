import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { unknownCompanies } from "./unknown-names.js";

const unknown = (text: string) =>
  unknownCompanies(text, findNames(text, defaultGazetteer()), defaultGazetteer());

const owners = claimFields(["entity", "metric", "value"]);

describe("a business line labelling a list item or a table row is no company", () => {
  it("leaves the figures of a segment list to the reporting company (en)", () => {
    const text =
      "Microsoft reported results on Tuesday. Here are the key revenue numbers:\n- Gaming: $5.9 billion vs. $5.6 billion expected\n- Devices: $1.2 billion in revenue\n";
    assert.deepEqual(unknown(text), []);
    assert.deepEqual(
      owners(text, "en", "2025-10-30").map(([entity]) => entity),
      ["Microsoft", "Microsoft", "Microsoft"],
    );
  });

  it("leaves the figures of a segment list to the reporting company (fr)", () => {
    const text =
      "Nvidia a publié ses résultats mercredi. Voici le chiffre d'affaires par activité :\n- Automobile : 592 millions de dollars\n- Jeux vidéo : 4,3 milliards de dollars\n";
    assert.deepEqual(unknown(text), []);
    assert.deepEqual(
      owners(text, "fr", "2025-11-20").map(([entity]) => entity),
      ["Nvidia", "Nvidia"],
    );
  });

  it("is no company in a numbered list nor in a running list (en, fr)", () => {
    assert.deepEqual(
      unknown(
        "Alphabet's revenue by segment:\n1. Advertising — $74 billion\n2. Subscriptions — $19 billion\n",
      ),
      [],
    );
    assert.deepEqual(
      unknown(
        "Les revenus de Meta viennent surtout de deux lignes : Publicité (50 milliards de dollars) et Logiciels (2 milliards).",
      ),
      [],
    );
  });

  it("still takes a company's name heading a list item as that company (en, fr)", () => {
    assert.deepEqual(
      unknown("The largest rounds of the month:\n- Quorvia: $2 billion\n- Talmic: $900 million\n"),
      ["Quorvia", "Talmic"],
    );
    assert.deepEqual(unknown("Les plus grosses levées du mois :\n- Brenlow : 300 millions d'euros\n"), [
      "Brenlow",
    ]);
  });
});
