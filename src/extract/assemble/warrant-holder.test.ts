import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const holderAndIssuer = (text: string, language: "fr" | "en", value: number) => {
  const claim = claimAt(extract(text, language), value);
  return [claim.metric, claim.entity, claim.counterparty];
};

describe("roles: a warrant's terms belong to the company it is handed to", () => {
  it("the warrants named between the verb and its holder (EN)", () => {
    const text =
      "As part of the deal, Broadcom has issued warrants to Anthropic that let the lab buy 80 million shares, or about 4% of the company, once milestones are met.";
    assert.deepEqual(holderAndIssuer(text, "en", 0.04), ["equity_stake", "Anthropic", "Broadcom"]);
  });

  it("the warrants granted in favour of the holder (FR)", () => {
    const text =
      "Broadcom a émis des bons de souscription en faveur d'Anthropic portant sur 80 millions d'actions, soit environ 4 % du capital.";
    assert.deepEqual(holderAndIssuer(text, "fr", 0.04), ["equity_stake", "Anthropic", "Broadcom"]);
  });

  it("a pronoun for the company just named as the holder (EN)", () => {
    const text = "Broadcom wins Anthropic as anchor customer, hands it warrant for up to 80 million shares";
    assert.deepEqual(holderAndIssuer(text, "en", 80_000_000), ["warrant_shares", "Anthropic", "Broadcom"]);
  });

  it("a French object pronoun for the holder (FR)", () => {
    const text =
      "Broadcom décroche Anthropic comme client et lui accorde des bons de souscription portant sur jusqu'à 80 millions d'actions.";
    assert.deepEqual(holderAndIssuer(text, "fr", 80_000_000), ["warrant_shares", "Anthropic", "Broadcom"]);
  });
});

describe("roles: a warrant issued for its holder or received from its issuer", () => {
  it("issued for the holder (FR)", () => {
    const text =
      "Dans le cadre de cet accord, Broadcom a émis pour Anthropic un bon de souscription pouvant aller jusqu'à 90 millions d'actions Broadcom.";
    assert.deepEqual(holderAndIssuer(text, "fr", 90_000_000), ["warrant_shares", "Anthropic", "Broadcom"]);
  });

  it("issued a warrant for the holder (EN)", () => {
    const text =
      "Under the agreement, Marvell issued a warrant for Cohere covering up to 40 million Marvell shares.";
    assert.deepEqual(holderAndIssuer(text, "en", 40_000_000), ["warrant_shares", "Cohere", "Marvell"]);
  });

  it("the holder received it from the issuer (EN)", () => {
    const text = "OpenAI received a warrant from AMD for up to 160 million shares of the chipmaker.";
    assert.deepEqual(holderAndIssuer(text, "en", 160_000_000), ["warrant_shares", "OpenAI", "AMD"]);
  });

  it("the holder obtained it from the issuer (FR)", () => {
    const text =
      "Mistral AI a obtenu de la part d'Intel des bons de souscription portant sur 12 millions d'actions.";
    assert.deepEqual(holderAndIssuer(text, "fr", 12_000_000), ["warrant_shares", "Mistral AI", "Intel"]);
  });
});

describe("roles: a stake belongs to the company it is handed to", () => {
  it("leaving a company with a stake (EN)", () => {
    const text =
      "Anthropic restructures\n\nAnthropic completed its overhaul on Monday, turning its lab into a public benefit company and leaving Amazon with a stake of about 15% in the new group.";
    assert.deepEqual(holderAndIssuer(text, "en", 0.15), ["equity_stake", "Amazon", "Anthropic"]);
  });

  it("laissant à une société une participation (FR)", () => {
    const text =
      "Anthropic se réorganise\n\nAnthropic a achevé lundi sa réorganisation, transformant son laboratoire en société à mission et laissant à Amazon une participation d'environ 15 % dans la nouvelle entité.";
    assert.deepEqual(holderAndIssuer(text, "fr", 0.15), ["equity_stake", "Amazon", "Anthropic"]);
  });

  it("a stake in a company named after it stays the subject's (FR)", () => {
    const text =
      "Anthropic se réorganise\n\nAnthropic a achevé lundi sa réorganisation, ce qui lui laisse une participation d'environ 15 % dans Amazon.";
    assert.deepEqual(holderAndIssuer(text, "fr", 0.15), ["equity_stake", "Anthropic", "Amazon"]);
  });
});

describe("roles: warrants granted in a participle clause go to the company named after the verb", () => {
  it("'X joined in, granting Y warrants for a 10% stake' (EN)", () => {
    const text =
      "Broadcom designs custom chips. AMD also joined the rush, granting OpenAI warrants for a 10% equity stake.";
    assert.deepEqual(holderAndIssuer(text, "en", 0.1), ["equity_stake", "OpenAI", "AMD"]);
  });

  it("« X, accordant à Y des bons de souscription pour une participation de 10 % » (FR)", () => {
    const text =
      "Broadcom conçoit des puces. AMD a suivi le mouvement, accordant à OpenAI des bons de souscription pour une participation de 10 %.";
    assert.deepEqual(holderAndIssuer(text, "fr", 0.1), ["equity_stake", "OpenAI", "AMD"]);
  });
});

describe("roles: a warrant issued to its holder in other words", () => {
  it("« à destination de » the holder (FR)", () => {
    const text =
      "Intel a émis à destination de Mistral AI des bons de souscription portant sur 30 millions d'actions.";
    assert.deepEqual(holderAndIssuer(text, "fr", 30_000_000), ["warrant_shares", "Mistral AI", "Intel"]);
  });

  it("'in favour of' and 'for the benefit of' the holder (EN)", () => {
    const favour = "Qualcomm has issued warrants in favour of Cohere covering up to 25 million shares.";
    assert.deepEqual(holderAndIssuer(favour, "en", 25_000_000), ["warrant_shares", "Cohere", "Qualcomm"]);
    const benefit = "Qualcomm granted warrants for the benefit of Cohere over 12 million shares.";
    assert.deepEqual(holderAndIssuer(benefit, "en", 12_000_000), ["warrant_shares", "Cohere", "Qualcomm"]);
  });

  it("not when the company after the preposition is the issuer's destination market, not a holder", () => {
    const text = "Intel a émis des obligations à destination des investisseurs pour 3 milliards de dollars.";
    const claim = claimAt(extract(text, "fr"), 3e9);
    assert.notEqual(claim.metric, "warrant_shares");
  });
});
