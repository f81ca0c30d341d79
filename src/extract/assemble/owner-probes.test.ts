import {
  type Language,
  ownersShown,
  probeReader,
  runProbeRows,
  sameGroup,
} from "../../../test/support/probes.js";
import type { Claim } from "../../core/index.js";

/**
 * Owners and counterparties the gazetteer does not list, probed in invented sentences (French and
 * English): an unknown company as the object of a deal, a company in a title line, a name after a
 * description of its trade, a programme or project, a public body or sovereign fund, a group acting
 * together; and near-misses (a person, a place, a product, a publication, a month, a sentence start)
 * that must own nothing. A row's owner is one of the names given; "!X" says X must neither own nor be
 * the counterparty of any claim. Rows the extractor does not meet yet are `todo`, with the reason.
 */

type Probe = readonly [
  language: Language,
  text: string,
  owner: string | readonly string[],
  counterparty?: string | undefined,
  todo?: string,
];

const PROBES: readonly Probe[] = [
  // an unknown company as the object or complement of a deal
  [
    "en",
    "Velorine signed a $4 billion contract with Halvard Compute to rent GPUs through 2029.",
    "Velorine",
    "Halvard Compute",
  ],
  [
    "fr",
    "Quarkon a conclu un accord de 2 milliards d'euros avec Brunelle pour louer des serveurs.",
    "Quarkon",
    "Brunelle",
  ],
  ["en", "Norvane inked a $2.2 billion compute deal with Pellaro on Tuesday.", "Norvane", "Pellaro"],
  [
    "en",
    "Under a five-year agreement, Tessellis will pay Orvanta $900 million for cloud capacity.",
    "Tessellis",
    "Orvanta",
    "Orvanta, unknown and with no corporate cue, is no company yet (with known names the payee after the verb is the supplier: payer-before-verb.test.ts)",
  ],
  [
    "fr",
    "Brisalys s'est engagée à acheter pour 1,5 milliard de dollars de capacité de calcul à Korvex.",
    "Brisalys",
    "Korvex",
    "« acheter … à X » does not yet make X the seller",
  ],
  // a company in a title line, named again in the body
  [
    "en",
    "Ostrava Cloud lands $700 million\n\nOstrava Cloud has raised $700 million in a round led by Velmont.",
    "Ostrava Cloud",
  ],
  [
    "fr",
    "Vireo lève 300 millions d'euros\n\nVireo a bouclé un tour de table de 300 millions d'euros, mené par des fonds américains.",
    "Vireo",
  ],
  [
    "en",
    "Calderra doubles capacity\n\nCalderra now operates 450 megawatts of data-centre capacity across Iberia.",
    "Calderra",
  ],
  // a name after a description of its trade
  ["en", "The robotics maker Fennick raised $250 million at a $2 billion valuation.", "Fennick"],
  ["fr", "Le spécialiste du refroidissement Aubrac a levé 80 millions d'euros.", "Aubrac"],
  [
    "fr",
    "L'opérateur de réseaux privés Sorvane a signé un contrat de 400 millions d'euros avec Quarkon.",
    "Sorvane",
  ],
  ["en", "The maker of cooling pumps Tervane raised $120 million from Velmont.", "Tervane"],
  ["en", "Software vendor Kellig booked revenue of $410 million last year.", "Kellig"],
  // a name ending in a corporate word
  ["en", "Poe Companies will build a 400 MW campus near Tarn.", "Poe Companies"],
  ["en", "Velmont Ventures invested $50 million in Quarkon.", "Velmont Ventures", "Quarkon"],
  // programmes and projects
  [
    "en",
    "Project Aurelia, a joint venture of Velorine and Quarkon, will cost $40 billion to build.",
    ["Project Aurelia", "Aurelia"],
  ],
  [
    "fr",
    "Le projet Nordlys représente un investissement de 12 milliards d'euros d'ici 2030.",
    ["Nordlys", "projet Nordlys"],
  ],
  [
    "en",
    "The Halcyon initiative plans 3 gigawatts of data-centre capacity across five sites.",
    ["Halcyon", "Halcyon initiative"],
  ],
  [
    "fr",
    "Le programme Atlas prévoit 2 gigawatts de capacité de calcul d'ici 2028.",
    ["Atlas", "programme Atlas"],
  ],
  ["en", "Stargate will reach 7 gigawatts of planned capacity, the partners said.", "Stargate"],
  // public bodies and sovereign funds
  [
    "fr",
    "La Commission européenne prévoit de mobiliser 20 milliards d'euros pour des usines d'IA.",
    "European Commission",
  ],
  ["en", "The European Commission will put €20 billion into five AI gigafactories.", "European Commission"],
  ["fr", "L'État français a promis 2 milliards d'euros au supercalculateur.", "France"],
  ["en", "Saudi Arabia will buy 18,000 Nvidia chips for its AI push.", "Saudi Arabia"],
  [
    "en",
    "Kestrel Holdings, the sovereign wealth fund of Norland, invested $3 billion in Velorine.",
    "Kestrel Holdings",
    "Velorine",
  ],
  ["fr", "Le fonds souverain Hadeel a investi 1 milliard de dollars dans Quarkon.", "Hadeel", "Quarkon"],
  // a group acting together
  ["en", "Velorine and Quarkon together committed $6 billion to the Tarn campus.", "Quarkon+Velorine"],
  [
    "fr",
    "Brisalys et Tessellis se sont engagées à investir 3 milliards d'euros dans le campus de Tarn.",
    "Brisalys+Tessellis",
    undefined,
    "a French pair before « se sont engagées à investir » is read as one of its members",
  ],
  // near-misses
  ["en", "Velorine signed a $3 billion contract with Jane Morrow's approval, the company said.", "Velorine"],
  ["en", "Velorine signed a $3 billion lease with Lisbon for a campus on the river.", "!Lisbon"],
  ["fr", "Quarkon a signé un contrat de 500 millions d'euros avec Marseille pour un campus.", "!Marseille"],
  ["en", "According to The Clarion, Velorine raised $1 billion.", "Velorine"],
  ["en", "In March, Velorine raised $1 billion from investors.", "Velorine"],
  ["fr", "Selon Les Échos, Quarkon a levé 400 millions d'euros.", "Quarkon"],
  ["en", "Meanwhile, Velorine secured $500 million in debt.", "Velorine"],
  ["en", "Velorine sold 40,000 Falcor boards worth $1.2 billion.", "!Falcor"],
  ["en", "Velorine is building a campus in Lisbon. The Lisbon project will cost $2 billion.", "!Lisbon"],
  ["en", "The Tokyo project will cost $2 billion, Velorine said.", "!Tokyo"],
  ["fr", "Le projet Jean Morel coûtera 300 millions d'euros, selon Quarkon.", "!Jean Morel"],
  ["en", "In the March project update, Velorine raised its capex to $8 billion.", "Velorine"],
  [
    "en",
    "Paid users of Velorine committed $40 million to the pilot, the chief executive Jane Morrow said.",
    "!Jane Morrow",
  ],
];

function meets(claims: Claim[], owner: Probe[2], counterparty: string | undefined): boolean {
  if (typeof owner === "string" && owner.startsWith("!")) {
    const name = owner.slice(1);
    return !claims.some((c) => c.entity === name || c.counterparty === name);
  }
  return claims.some(
    (c) =>
      [owner].flat().some((o) => sameGroup(c.entity, o)) &&
      (counterparty === undefined || c.counterparty === counterparty),
  );
}

const read = probeReader({ published: "2026-03-02" });

runProbeRows({
  title: "owners and counterparties the gazetteer does not list",
  rows: PROBES,
  label: ([language, text, owner, counterparty]) =>
    `${language}: ${text.replace(/\n+/gu, " / ")} → ${[owner].flat().join(" | ")}${counterparty ? ` → ${counterparty}` : ""}`,
  todo: (probe) => probe[4],
  wrong: ([language, text, owner, counterparty]) => {
    const claims = read(text, language);
    return meets(claims, owner, counterparty) ? [] : [`got: ${ownersShown(claims)}`];
  },
});
