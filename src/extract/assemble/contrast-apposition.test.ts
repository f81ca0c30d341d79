import { describe, it } from "node:test";
import { assertOwner } from "../../../test/support/probes.js";

/**
 * « le second, issu de X, a vu … », "the latter, spun off from X, saw …": an apposition between a
 * contrastive reference and its verb leaves the reference the subject (parties.ts CONTRAST).
 */
const FR = "Les néo-clouds\n\nLes résultats de Lambda et de Fluidstack progressent. ";
const EN = "Neoclouds\n\nLambda and Fluidstack both grew fast this year. ";

describe("a contrastive reference, an apposition, then its verb", () => {
  it("« le second, issu de …, a vu » picks the second company (fr)", () => {
    assertOwner(
      `${FR}Le premier a doublé ses ventes. Le second, issu d'une ancienne filiale de mineurs de bitcoin, a vu son chiffre d'affaires atteindre 48 millions de dollars.`,
      48e6,
      "Fluidstack",
      "fr",
    );
  });

  it("'the latter, spun off from …, saw' picks the second company (en)", () => {
    assertOwner(
      `${EN}The former doubled its sales. The latter, spun off from an old crypto miner, saw its revenue climb to $48 million.`,
      48e6,
      "Fluidstack",
    );
  });
});

describe("an apposition that is not one (near misses)", () => {
  it("« le premier trimestre, … » stays an adjective: the named subject owns the figure", () => {
    assertOwner(
      `${FR}Sur le premier trimestre, marqué par des retards, Lambda a réalisé 48 millions de dollars de revenus.`,
      48e6,
      "Lambda",
      "fr",
    );
  });
});
