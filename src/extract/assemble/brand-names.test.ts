import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { brandShapedNames } from "./brand-names.js";

const owners = claimFields(["entity", "value"]);
const parties = claimFields(["entity", "counterparty", "value"]);
const gazetteer = defaultGazetteer();

/** The brand-shaped names of `text`, with the companies the gazetteer finds there as makers. */
function brands(text: string): string[] {
  const companies = findNames(text, gazetteer).filter((n) => n.kind === "company");
  return brandShapedNames(text, companies).map((b) => b.name);
}

describe("companies written as brands with a lower-case opening", () => {
  it("owns the figure of its clause (EN)", () => {
    assert.deepEqual(owners("Brazil's nuvaGrid plans to build a 40 MW data center near Campinas.", "en"), [
      ["nuvaGrid", 0.04],
    ]);
    assert.deepEqual(
      owners("Chile's iXAndes has secured funding to add 15MW to its campus outside Santiago.", "en"),
      [["iXAndes", 0.015]],
    );
  });

  it("owns the figure of its clause (FR)", () => {
    assert.deepEqual(owners("La jeune pousse eNergia construira un campus de 60 MW près de Lyon.", "fr"), [
      ["eNergia", 0.06],
    ]);
    assert.deepEqual(owners("Au Maroc, dataSahel doublera sa capacité à 24 MW d'ici 2027.", "fr"), [
      ["dataSahel", 0.024],
    ]);
  });

  it("a known company written as a brand is the known company", () => {
    assert.deepEqual(owners("Saudi developer dataVolt will build a 500 MW campus in Uzbekistan.", "en"), [
      ["DataVolt", 0.5],
    ]);
  });

  it("units and acronyms with a small prefix are no names", () => {
    assert.deepEqual(brands("Each rack drew 40 kWh; the batteries hold 5,000 mAh and 12 kVA."), []);
    assert.deepEqual(brands("The mRNA platform runs on 64 vCPUs under macOS and iOS."), []);
  });

  it("a word inside an address, a handle or a compound is no name", () => {
    assert.deepEqual(brands("See www.voltaGrid.com, @voltaGrid and pre-voltaGrid notes."), []);
  });

  it("a product written with its maker is the maker's (EN, FR)", () => {
    assert.deepEqual(brands("Nvidia's nForge servers sold well; the vForge by Nvidia too."), []);
    assert.deepEqual(brands("Les ventes du nForge de Nvidia ont bondi."), []);
    assert.deepEqual(owners("Sales of Nvidia's nForge servers reached $3 billion in the quarter.", "en"), [
      ["Nvidia", 3_000_000_000],
    ]);
    assert.deepEqual(
      owners("Les ventes du nForge de Nvidia ont atteint 3 milliards de dollars sur le trimestre.", "fr"),
      [["Nvidia", 3_000_000_000]],
    );
  });

  it("a place's possessive does not make the brand a product", () => {
    assert.deepEqual(brands("Kenya’s ixOne and Ghana's dataKente grew."), ["ixOne", "dataKente"]);
  });
});

describe("titles and products with capitals stay no companies", () => {
  it("a job title before its company is no company (EN)", () => {
    assert.deepEqual(
      owners(
        "The Head of Cloud Infrastructure at Korvex SAS said the group will spend $2 billion on data centers this year.",
        "en",
      ),
      [["Korvex SAS", 2_000_000_000]],
    );
  });

  it("a product named before its maker is no company (FR)", () => {
    assert.deepEqual(
      owners("Le chatbot Falcor de Korvex SAS a généré 30 millions d'euros de revenus en 2025.", "fr"),
      [["Korvex SAS", 30_000_000]],
    );
  });
});

describe("a known model with its version names its maker", () => {
  it("« Kimi-3.1 » and “GLM-4.6” are the maker's models (EN, FR)", () => {
    assert.deepEqual(parties("Kimi-3.1 was trained on 20,000 Nvidia H800 chips, the developer said.", "en"), [
      ["Moonshot AI", "Nvidia", 20_000],
    ]);
    assert.deepEqual(parties("GLM-4.6 a été entraîné sur 30 000 puces Huawei Ascend.", "fr"), [
      ["Zhipu", "Huawei", 30_000],
    ]);
  });

  it("a company name is never read off a hyphenated number, nor a model off a code with letters after", () => {
    const names = (text: string) => findNames(text, gazetteer).map((n) => n.canonical);
    assert.deepEqual(names("GLM-5.1 and Kimi-2 beat GLM-5b."), ["Zhipu", "Moonshot AI"]);
    assert.deepEqual(names("Nscale-2 opened."), []);
  });
});
