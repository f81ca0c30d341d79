import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import { defaultGazetteer } from "../gazetteer.js";
import { buysComputeFrom, sellsTo } from "./supply-chain.js";

function roles(text: string, language: "fr" | "en", value: number): [string | null, string | null] {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.counterparty];
}

describe("supply chain: the gazetteer's kinds say who sells compute to whom", () => {
  const gazetteer = defaultGazetteer();

  it("a cloud buys from a neocloud or a data-centre operator, never the other way", () => {
    assert.equal(sellsTo(gazetteer, "Nebius", "Microsoft"), true);
    assert.equal(sellsTo(gazetteer, "Data4", "Amazon"), true);
    assert.equal(sellsTo(gazetteer, "Microsoft", "Nebius"), false);
  });

  it("a chip maker and a neocloud deal both ways: the kinds say nothing", () => {
    assert.equal(sellsTo(gazetteer, "Nvidia", "CoreWeave"), false);
    assert.equal(sellsTo(gazetteer, "CoreWeave", "Nvidia"), false);
  });

  it("a company's link follows its kinds alone: a hardware maker with no sector sells to a hyperscaler", () => {
    assert.equal(sellsTo(gazetteer, "Cisco", "Microsoft"), true);
    assert.equal(sellsTo(gazetteer, "Microsoft", "Cisco"), false);
  });

  it("a neocloud that builds no sites leases them from a data-centre operator, never the other way", () => {
    assert.equal(sellsTo(gazetteer, "Applied Digital", "CoreWeave"), true);
    assert.equal(sellsTo(gazetteer, "Core Scientific", "Nebius"), true);
    assert.equal(sellsTo(gazetteer, "CoreWeave", "Applied Digital"), false);
    assert.equal(sellsTo(gazetteer, "Crusoe", "Microsoft"), true);
  });

  it("'X signed leases with Y': the neocloud takes the site of the data-centre operator, whichever signs (EN)", () => {
    assert.deepEqual(
      roles(
        "Nebius has signed two 12-year lease agreements with Core Scientific for 180 megawatts.",
        "en",
        0.18,
      ),
      ["Nebius", "Core Scientific"],
    );
    assert.deepEqual(
      roles("Crusoe signed 15-year leases with CoreWeave for 300 MW at its Abilene campus.", "en", 0.3),
      ["CoreWeave", "Crusoe"],
    );
  });

  it("« X a signé des baux avec Y » : le néocloud prend le site de l'opérateur, qui que soit le signataire (FR)", () => {
    assert.deepEqual(
      roles(
        "CoreWeave a conclu deux baux de quinze ans avec Applied Digital pour 250 MW dans le Dakota.",
        "fr",
        0.25,
      ),
      ["CoreWeave", "Applied Digital"],
    );
    assert.deepEqual(
      roles("Core Scientific a signé des baux avec Nebius pour 120 MW au Texas.", "fr", 0.12),
      ["Nebius", "Core Scientific"],
    );
  });

  it("a user's gazetteer gives kinds only: a neocloud sells to a hyperscaler, power to a data-centre operator", () => {
    const extended = defaultGazetteer({
      companies: [
        { name: "Nordcalc", role: "supplier", kinds: ["neocloud"] },
        { name: "Megascale", role: "supplier", kinds: ["hyperscaler"] },
        { name: "Hydrovolt", role: "supplier", kinds: ["energy"] },
      ],
    });
    assert.equal(sellsTo(extended, "Nordcalc", "Megascale"), true);
    assert.equal(sellsTo(extended, "Megascale", "Nordcalc"), false);
    assert.equal(sellsTo(extended, "Hydrovolt", "Nordcalc"), true);
  });

  it("two clouds, or a company the gazetteer does not know: the kinds say nothing", () => {
    assert.equal(sellsTo(gazetteer, "Oracle", "Microsoft"), false);
    assert.equal(sellsTo(gazetteer, "Acme Compute", "Microsoft"), false);
  });
});

describe("whether money paid buys compute of the payee", () => {
  const gazetteer = defaultGazetteer();

  it("does when the payee's kinds sell compute and the chain does not run from the payer to it", () => {
    assert.equal(buysComputeFrom(gazetteer, "OpenAI", "Oracle"), true);
    assert.equal(buysComputeFrom(gazetteer, "Meta", "Alphabet"), true);
    assert.equal(buysComputeFrom(gazetteer, "Nvidia", "CoreWeave"), true);
  });

  it("does not when the payee is a model developer, sells nothing, or buys from the payer", () => {
    assert.equal(buysComputeFrom(gazetteer, "Nvidia", "Mistral AI"), false);
    assert.equal(buysComputeFrom(gazetteer, "Microsoft", "Blue Owl"), false);
    assert.equal(buysComputeFrom(gazetteer, "Constellation Energy", "Equinix"), false);
  });
});

describe("roles: a deal between a cloud and a neocloud runs cloud → neocloud, whatever the word order", () => {
  it("nominal 'the agreement between A and B', the supplier first (EN)", () => {
    assert.deepEqual(
      roles("The 1 GW agreement between Crusoe and Oracle covers a campus in Texas.", "en", 1),
      ["Oracle", "Crusoe"],
    );
  });

  it("nominal « le contrat entre A et B », the supplier first (FR)", () => {
    assert.deepEqual(
      roles("Le contrat de 700 MW entre Nscale et Amazon couvre deux sites en Norvège.", "fr", 0.7),
      ["Amazon", "Nscale"],
    );
  });

  it("nominal 'the lease between A and B', a data-centre operator first (EN)", () => {
    assert.deepEqual(
      roles("The 500 MW lease between CyrusOne and Alphabet covers a campus in Ohio.", "en", 0.5),
      ["Alphabet", "CyrusOne"],
    );
  });

  it("nominal « l'accord entre A et B », un opérateur de centres de données d'abord (FR)", () => {
    assert.deepEqual(
      roles("L'accord de 400 MW entre Opcore et Microsoft porte sur un campus en Bourgogne.", "fr", 0.4),
      ["Microsoft", "Opcore"],
    );
  });

  it("passive 'signed by A with B': signing names no buyer (EN)", () => {
    assert.deepEqual(roles("A $14 billion agreement was signed by CoreWeave with Meta.", "en", 14e9), [
      "Meta",
      "CoreWeave",
    ]);
  });

  it("passive « signé par A avec B »: signing names no buyer (FR)", () => {
    assert.deepEqual(
      roles("Un contrat de 3 milliards de dollars a été signé par Lambda avec Alphabet.", "fr", 3e9),
      ["Alphabet", "Lambda"],
    );
  });

  it("« X louera … à Y », a cloud renting from a data-centre operator (FR)", () => {
    assert.deepEqual(roles("Microsoft louera 200 MW de capacité à Data4 près de Paris.", "fr", 0.2), [
      "Microsoft",
      "Data4",
    ]);
  });

  it("a neocloud still serves a cloud when it rents out to it (FR, active)", () => {
    assert.deepEqual(roles("Nebius louera 300 MW de capacité à Microsoft dans le New Jersey.", "fr", 0.3), [
      "Microsoft",
      "Nebius",
    ]);
  });
});

describe("roles: an apposition names one side the other's supplier or customer", () => {
  it("'X, a supplier to Y, signed …' (EN)", () => {
    assert.deepEqual(roles("Lambda, a supplier to Microsoft, signed a $9 billion contract.", "en", 9e9), [
      "Microsoft",
      "Lambda",
    ]);
  });

  it("« X, fournisseur de Y, a signé … » (FR)", () => {
    assert.deepEqual(
      roles("IREN, fournisseur d'Amazon, a signé un contrat de 5,8 milliards de dollars.", "fr", 5.8e9),
      ["Amazon", "IREN"],
    );
  });

  it("« Y, client de X, a signé … » keeps the customer as the buyer (FR)", () => {
    assert.deepEqual(
      roles("Microsoft, client de Nebius, a signé un contrat de 17,4 milliards de dollars.", "fr", 17.4e9),
      ["Microsoft", "Nebius"],
    );
  });

  it("'Y, a customer of X, committed …' keeps the customer as the buyer (EN)", () => {
    assert.deepEqual(
      roles("Oracle, a long-time customer of Crusoe, committed $15 billion to the deal.", "en", 15e9),
      ["Oracle", "Crusoe"],
    );
  });
});
