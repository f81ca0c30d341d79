import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "value"], { published: "2025-10-20" });

describe("an alliance owns the figures of its consortium or joint venture", () => {
  it("when a later sentence points back at it (FR)", () => {
    const text =
      "Les fonds s'organisent\n\nBlackRock s'est associé à Microsoft et à MGX dans un nouveau fonds d'infrastructure. Créé cet été, ce véhicule doit lever 25 milliards de dollars de fonds propres.";
    const [first] = owners(text, "fr");
    assert.deepEqual(first, ["BlackRock+Microsoft+MGX", 25e9]);
  });

  it("in its own sentence, but not in a later clause with its own subject (EN)", () => {
    const text =
      "Data-centre ventures\n\nDigital Realty formed a joint venture with GIC and Blackstone that will invest $7 billion in data centres in Texas; Digital Realty owns 40% of it.";
    assert.deepEqual(owners(text, "en"), [
      ["Digital Realty+GIC+Blackstone", 7e9],
      ["Digital Realty", 0.4],
    ]);
  });

  it("when the sentence sizes the venture before naming the partner (EN and FR)", () => {
    const en =
      "Data-centre ventures\n\nNebius announced a $2.5 billion joint venture with investment firm KKR to build a data centre in Finland.";
    assert.deepEqual(owners(en, "en")[0], ["Nebius+KKR", 2.5e9]);
    const fr =
      "Centres de données\n\nEquinix a créé une coentreprise de 3 milliards de dollars avec le fonds GIC pour construire des centres de données en Inde.";
    assert.deepEqual(owners(fr, "fr")[0], ["Equinix+GIC", 3e9]);
  });

  it("when a participle names its members after it: owned, led, « détenue », « menée » (EN and FR)", () => {
    const owned =
      "Ventures\n\nThe venture, owned by Oracle and SoftBank, will spend $4 billion on a campus in Ohio.";
    assert.deepEqual(owners(owned, "en")[0], ["Oracle+SoftBank", 4e9]);
    const led =
      "Ventures\n\nA consortium led by Nebius and Nvidia plans to invest $12 billion in data centres.";
    assert.deepEqual(owners(led, "en")[0], ["Nebius+Nvidia", 12e9]);
    const held =
      "Coentreprises\n\nLa coentreprise, détenue par Oracle et SoftBank, investira 3 milliards d'euros dans un campus.";
    assert.deepEqual(owners(held, "fr")[0], ["Oracle+SoftBank", 3e9]);
    const run =
      "Coentreprises\n\nLe consortium mené par Nebius et Nvidia construira un campus de 1 GW près de Lyon.";
    assert.deepEqual(owners(run, "fr")[0], ["Nebius+Nvidia", 1]);
  });

  it("leaves a venture fund led by one investor to that investor", () => {
    const text = "Funds\n\nA venture fund led by SoftBank will invest $2 billion in robotics start-ups.";
    assert.equal(owners(text, "en")[0]?.[0], "SoftBank");
  });

  it("when a sized partnership builds: the building spending is the partners' (EN and FR)", () => {
    const en =
      "Campus deals\n\nNebius announced a $3.4 billion partnership with Brisalys Capital to build a data-centre campus in Texas.";
    assert.deepEqual(owners(en, "en")[0], ["Nebius+Brisalys Capital", 3.4e9]);
    const fr =
      "Campus\n\nNebius a annoncé un partenariat de 2,8 milliards de dollars avec Brisalys Capital pour construire un campus au Texas.";
    assert.deepEqual(owners(fr, "fr")[0], ["Nebius+Brisalys Capital", 2.8e9]);
  });

  it("leaves a partnership of a given size alone: it is a deal, not a venture", () => {
    const text = "Cloud deals\n\nOpenAI announced a $38 billion partnership with Amazon Web Services.";
    assert.notEqual(owners(text, "en")[0]?.[0], "OpenAI+Amazon");
  });

  it("leaves a deal with a partner alone when no consortium is formed", () => {
    const text =
      "Oracle and OpenAI\n\nOracle partnered with OpenAI on a cloud contract worth $30 billion a year.";
    assert.notEqual(owners(text, "en")[0]?.[0], "Oracle+OpenAI");
  });
});

describe("an anaphor continuing the previous sentence's measure", () => {
  it("stays with the company measured there, not the paragraph's subject (FR)", () => {
    const text =
      "Nvidia investit chez ses clients\n\nMardi, Nvidia a promis d'investir dans Mistral AI. Selon plusieurs sources proches des négociations en cours, le tour valoriserait Mistral AI à 14 milliards d'euros. En 2024, la société avait été valorisée 6 milliards d'euros.";
    assert.deepEqual(owners(text, "fr").slice(-2), [
      ["Mistral AI", 14e9],
      ["Mistral AI", 6e9],
    ]);
  });

  it("and keeps the paragraph's subject when the measure changes (EN)", () => {
    const text =
      "Microsoft and its partners\n\nMicrosoft said the deal valued OpenAI at $500 billion. The company also reported revenue of $77 billion for the quarter.";
    assert.deepEqual(owners(text, "en"), [
      ["OpenAI", 5e11],
      ["Microsoft", 77e9],
    ]);
  });
});
