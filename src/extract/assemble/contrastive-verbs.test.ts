import { describe, it } from "node:test";
import { assertOwner } from "../../../test/support/probes.js";

/**
 * Invented companies (Calderon, Brimwood) and invented sentences: "the former", « la première », « la
 * seconde », « cette dernière » before a present-tense verb of business news (PRONOUN_SUBJECT_VERBS)
 * pick one of the two companies named just before.
 */
const owns = assertOwner;

const FR =
  "Zentrix face à ses rivaux\n\nZentrix a levé 50 millions d'euros en 2023. Calderon a racheté Brimwood en 2022.\n\n";
const EN = "Zentrix and its rivals\n\nZentrix raised $50 million in 2023.\n\n";

describe("a contrastive reference before a present-tense verb", () => {
  it("« la première revendique », « la seconde affiche », « cette dernière emploie … et génère » (fr)", () => {
    owns(
      `${FR}Calderon devance Brimwood ; la première revendique 5 millions d'utilisateurs actifs par semaine.`,
      5e6,
      "Calderon",
      "fr",
    );
    owns(
      `${FR}Calderon a racheté Brimwood. La seconde affiche un chiffre d'affaires de 70 millions d'euros.`,
      7e7,
      "Brimwood",
      "fr",
    );
    owns(
      `${FR}Calderon concurrence Brimwood. Cette dernière emploie 300 ingénieurs et génère 90 millions d'euros de revenus.`,
      9e7,
      "Brimwood",
      "fr",
    );
  });

  it("'the former boasts', 'the latter generates', 'the latter counts' (en)", () => {
    owns(
      `${EN}Calderon Systems overtook Brimwood Labs; the former boasts 5 million weekly active users.`,
      5e6,
      "Calderon Systems",
    );
    owns(
      `${EN}Calderon Systems acquired Brimwood Labs. The latter generates revenue of $70 million a year.`,
      7e7,
      "Brimwood Labs",
    );
    owns(
      `${EN}Calderon Systems competes with Brimwood Labs, and the latter counts 4 million paying subscribers.`,
      4e6,
      "Brimwood Labs",
    );
  });
});

describe("an ordinal that is an adjective, not a reference (near misses)", () => {
  it("« le premier trimestre », « la dernière mise à jour »: the sentence's own subject owns the figure", () => {
    owns(
      `${FR}Calderon a dépassé Brimwood. Sur le premier trimestre, Zentrix a réalisé un chiffre d'affaires de 80 millions d'euros.`,
      8e7,
      "Zentrix",
      "fr",
    );
    owns(
      `${FR}Calderon concurrence Brimwood. Selon la dernière mise à jour, Zentrix compte 6 millions d'abonnés payants.`,
      6e6,
      "Zentrix",
      "fr",
    );
  });
});
