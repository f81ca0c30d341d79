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
