import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertOwnedUnderTitle, ownersOfValue, sameGroup } from "../../../test/support/probes.js";

/**
 * Invented companies (Quarkon, Norvane, Velorine, Brisalys, Tessellis) and invented sentences: a
 * venture formed in a sentence before owns the building figures of a sentence that names no company.
 */
const owns = assertOwnedUnderTitle;

/** Fails if an owner of the figure of `value` is the group `group`. */
function notOwnedBy(text: string, value: number, group: string, language: "fr" | "en" = "en"): void {
  const owners = ownersOfValue(`Titre\n\n${text}`, value, language);
  assert.ok(owners.length > 0, `${text}\n  no claim of ${value}`);
  assert.ok(
    !owners.some((o) => sameGroup(o, group)),
    `${text}\n  expected no ${group}, got ${JSON.stringify(owners)}`,
  );
}

describe("a venture formed before owns what a later sentence naming no company builds", () => {
  it("founders coordinated before « vont créer une coentreprise », 'will form a joint venture'", () => {
    owns(
      "Orange, Brisalys et Tessellis vont créer une coentreprise pour bâtir un campus près de Lille. Les travaux commenceront en 2027. 3 milliards d'euros seront investis dans la première phase.",
      3e9,
      "Orange+Brisalys+Tessellis",
      "fr",
    );
    owns(
      "Nvidia, Norvane and Velorine will form a joint venture to build a campus in Ohio. Work begins next spring. The first phase is to draw 600 MW.",
      0.6,
      "Nvidia+Norvane+Velorine",
    );
  });

  it("members a participle lists after the venture, each with its description", () => {
    owns(
      "Le projet est porté par un consortium réunissant Capgemini, la société de services française, Iliad et Orange. Le site atteindra une capacité de 700 MW.",
      0.7,
      "Capgemini+Iliad+Orange",
      "fr",
    );
    owns(
      "The campus is backed by a consortium comprising Microsoft, a US software house, Oracle and Nvidia. The site is set to reach 700 MW.",
      0.7,
      "Microsoft+Oracle+Nvidia",
    );
  });

  it("a name completing a member's description is no member", () => {
    owns(
      "Le chantier est confié à une coentreprise regroupant Iliad, Orange et MGX, le fonds souverain des Émirats arabes unis. Le campus visera 400 MW en 2029.",
      0.4,
      "Iliad+Orange+MGX",
      "fr",
    );
  });

  it("« une alliance entre A, B et C », 'a consortium (A, B and C)'", () => {
    owns(
      "Le futur centre de calcul est le fruit d'une alliance entre Orange, Tessellis et Brisalys. Doté d'une puissance de 300 MW, le site ouvrira en 2028.",
      0.3,
      "Orange+Tessellis+Brisalys",
      "fr",
    );
    owns(
      "A consortium (Oracle, Norvane and Tessellis) was picked to develop the site. The campus will draw 900 MW once complete.",
      0.9,
      "Oracle+Norvane+Tessellis",
    );
  });
});

describe("figures a venture formed before does not own (near misses)", () => {
  it("a sentence naming a company of its own", () => {
    notOwnedBy(
      "Nvidia, Norvane and Velorine will form a joint venture to build a campus in Ohio. Separately, Norvane plans to spend $2 billion on its own sites.",
      2e9,
      "Nvidia+Norvane+Velorine",
    );
  });

  it("a figure no venture builds: a member's revenue", () => {
    notOwnedBy(
      "Orange, Brisalys et Tessellis vont créer une coentreprise pour bâtir un campus près de Lille. Le chiffre d'affaires a atteint 400 millions d'euros l'an dernier.",
      4e8,
      "Orange+Brisalys+Tessellis",
      "fr",
    );
  });

  it("a venture formed too many sentences before", () => {
    notOwnedBy(
      "Nvidia, Norvane and Velorine will form a joint venture. Talks lasted a year. Lawyers met often. Terms changed twice. Staff were hired. Offices opened. Permits came late. Norvane runs a campus in Iowa. The first phase is to draw 250 MW.",
      0.25,
      "Nvidia+Norvane+Velorine",
    );
  });

  it("a relative clause after a member ends the list", () => {
    notOwnedBy(
      "Le site est porté par un consortium réunissant Orange, qui a signé avec Iliad l'an dernier. Le campus atteindra 500 MW.",
      0.5,
      "Orange+Iliad",
      "fr",
    );
  });
});
