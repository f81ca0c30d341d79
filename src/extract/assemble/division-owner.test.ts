import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { divisionOwners } from "./division-owner.js";
import { findNameStarts } from "./name-starts.js";
import { unknownCompanies } from "./unknown-names.js";

const owners = (text: string) => divisionOwners(text, findNameStarts(text)).map((o) => o.name);
const gazetteer = defaultGazetteer();
const unknown = (text: string) => unknownCompanies(text, findNames(text, gazetteer), gazetteer);

describe("the owner of a division, unit or subsidiary", () => {
  it("an all-caps name before its division is a company (EN)", () => {
    const text = "Corvane agreed last week to buy KLM's drone division for $2.1 billion.";
    assert.deepEqual(owners(text), ["KLM"]);
    assert.ok(unknown(text).includes("KLM"));
  });

  it("a name after « la division … de » or « la filiale … d' » is a company (FR)", () => {
    const text =
      "Corvane rachètera la division robotique de Halvex pour 1,8 milliard d'euros, puis la filiale allemande d'ORMA.";
    assert.deepEqual(owners(text), ["Halvex", "ORMA"]);
    assert.ok(unknown(text).includes("Halvex"));
  });

  it("a person or a place owning a unit is no company", () => {
    assert.ok(!unknown("Ohio's police unit received $40 million from Corvane.").includes("Ohio"));
    assert.ok(!unknown("John Reyes's unit at Corvane spent $40 million.").includes("John Reyes"));
    assert.deepEqual(owners("The division reported $40 million in sales."), []);
    assert.deepEqual(owners("Le chiffre de la division a atteint 40 millions d'euros."), []);
  });
});

describe("a name ending with Fund", () => {
  it("a multi-word name ending with Fund is read whole, not cut before Fund", () => {
    const text =
      "Corvane signed a $900 million loan with Kerrow's Coastal Growth Fund to build 200 megawatts.";
    const found = unknown(text);
    assert.ok(found.includes("Coastal Growth Fund"));
    assert.ok(!found.includes("Coastal Growth"));
  });

  it("a sentence's opening word before Fund is no company", () => {
    assert.ok(!unknown("The Fund invested $90 million in Corvane.").includes("Fund"));
  });
});
