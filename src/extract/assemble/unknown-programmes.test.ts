import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { unknownProgrammes } from "./unknown-programmes.js";

const gazetteer = defaultGazetteer();
const programmes = (text: string) => [
  ...unknownProgrammes(text, findNames(text, gazetteer), gazetteer).values(),
];

describe("programmes the gazetteer does not list", () => {
  it("a capitalised programme noun is part of the name", () => {
    assert.deepEqual(programmes("Project Aurelia will cost $40 billion."), ["Project Aurelia"]);
    assert.deepEqual(programmes("Velorine joined Operation Borée last spring."), ["Operation Borée"]);
  });

  it("a programme noun before or after the name, in French and English", () => {
    assert.deepEqual(programmes("Le projet Nordlys coûtera 12 milliards d'euros."), ["Nordlys"]);
    assert.deepEqual(programmes("Les partenaires du programme Atlas visent 2 GW."), ["Atlas"]);
    assert.deepEqual(programmes("L'initiative Borée réunit trois groupes."), ["Borée"]);
    assert.deepEqual(programmes("The Halcyon initiative plans 3 GW."), ["Halcyon"]);
    assert.deepEqual(programmes("Quarkon said the Tessel programme would need 1 GW."), ["Tessel"]);
  });

  it("a known name, a place, a month or a person before the noun is no programme", () => {
    assert.deepEqual(programmes("Le projet Stargate coûtera 500 milliards de dollars."), []);
    assert.deepEqual(programmes("Velorine builds in Lisbon. The Lisbon project will cost $2 billion."), []);
    assert.deepEqual(programmes("The Tokyo project will cost $2 billion."), []);
    assert.deepEqual(programmes("The March project update raised the bill."), []);
    assert.deepEqual(programmes("Le projet Jean Morel coûtera 300 millions d'euros."), []);
    assert.deepEqual(programmes("The Microsoft project will cost $2 billion."), []);
  });

  it("a company's own project, or a site named after one, stays the company's", () => {
    assert.deepEqual(programmes("Velorine said its Project Tarn cluster runs 90,000 chips."), []);
    assert.deepEqual(programmes("Quarkon a présenté son projet Borée à Lyon."), []);
    assert.deepEqual(programmes("The Project Halvard campus will draw 1 GW."), []);
  });
});
