import { type Language, ownersShown, probeReader, runProbeRows } from "../../../test/support/probes.js";
import type { Claim } from "../../core/index.js";

/**
 * The owner among several parties of one sentence, probed in invented sentences (French and
 * English): a builder's campus "for" or "to serve" a customer, capacity contracted "with
 * hyperscalers", a buyer's power or reactor plans struck with a seller or developer, a subsidiary
 * whose parent is named in apposition, a company followed by its list of customers; and each
 * construction's mirror, where the other party is the owner. A row names the owner expected of
 * the claim of `metric`, and "!X" a party that must own no claim of it. Rows the extractor does not
 * meet yet are `todo`, with the reason.
 */

type Probe = readonly [language: Language, text: string, metric: string, owner: string, todo?: string];

const CO_BUILT =
  "co-builders.ts reads a site developed in partnership with a named company as built by both (A+B); whether the partner shares the capacity is not settled by CLAIMS.md";

const PROBES: readonly Probe[] = [
  // a builder's campus for a customer: CLAIMS.md §6 reads capacity built, run or leased for a customer as
  // a capacity deal, buyer → supplier (served-capacity.ts), so the customer served owns it
  [
    "en",
    "Harlow Compute is building a 1.4-gigawatt campus in Nevada for Quillon Labs.",
    "datacenter_capacity",
    "Quillon Labs",
  ],
  [
    "en",
    "Brevik Compute plans two campuses totalling 900 megawatts to serve Quillon Labs.",
    "datacenter_capacity",
    "Quillon Labs",
  ],
  [
    "fr",
    "Orvane Computing construit pour Quillon Labs un campus de 1,2 GW dans la Drôme.",
    "datacenter_capacity",
    "Quillon Labs",
  ],
  [
    "fr",
    "Orvane Computing va bâtir deux campus d'une puissance totale de 800 MW destinés à Quillon Labs.",
    "datacenter_capacity",
    "Quillon Labs",
  ],
  // a campus developed with a partner: the developer's, the partner only helps
  [
    "en",
    "Brevik Compute runs two sites in Texas. The larger, a 900-megawatt campus developed in partnership with Quillon Labs, opens in May.",
    "datacenter_capacity",
    "Brevik Compute",
  ],
  [
    "en",
    "Brevik Compute's first site, a 600-megawatt campus developed in partnership with Quillon Labs, opens next year.",
    "datacenter_capacity",
    "Brevik Compute",
    CO_BUILT,
  ],
  [
    "fr",
    "Orvane Computing exploite déjà trois sites. Le prochain, un campus de 700 MW conçu en partenariat avec Quillon Labs, ouvrira en 2027.",
    "datacenter_capacity",
    "Orvane Computing",
  ],
  // mirror: the customer's own deal for capacity
  [
    "en",
    "Quillon Labs signed a deal with Harlow Compute for 1.4 gigawatts of capacity.",
    "datacenter_capacity",
    "Quillon Labs",
  ],
  [
    "fr",
    "Quillon Labs a réservé 700 MW de capacité auprès d'Orvane Computing.",
    "datacenter_capacity",
    "Quillon Labs",
  ],
  // capacity contracted with a collective: the contracting company's
  [
    "en",
    "Brevik Compute has signed 700 megawatts of capacity contracts with hyperscalers this year.",
    "datacenter_capacity",
    "Brevik Compute",
  ],
  [
    "en",
    "Harlow Compute contracted a further 1.1 gigawatts with hyperscalers in the quarter.",
    "datacenter_capacity",
    "Harlow Compute",
  ],
  [
    "fr",
    "Orvane Computing a contractualisé 500 MW avec des hyperscalers depuis janvier.",
    "datacenter_capacity",
    "Orvane Computing",
  ],
  [
    "en",
    "Brevik Compute added 300 megawatts of contracted power with large cloud providers.",
    "datacenter_capacity",
    "Brevik Compute",
  ],
  // a collective modifying a deal or demand noun is the other side of the company's deals
  [
    "en",
    "Brevik Compute reported on Tuesday. New hyperscaler contracts lifted demand, alongside a 400 MW rise in contracted power that brings the total to 1.6 GW.",
    "datacenter_capacity",
    "Brevik Compute",
  ],
  [
    "en",
    "Harlow Compute closed the year strongly. Hyperscaler demand pushed its contracted power up by 300 megawatts.",
    "datacenter_capacity",
    "Harlow Compute",
  ],
  [
    "fr",
    "Orvane Computing a publié ses comptes. Grâce à de nouveaux contrats hyperscalers, sa capacité contractée atteint 900 MW.",
    "datacenter_capacity",
    "Orvane Computing",
  ],
  // mirror: the collective's own measure, and the collective as subject
  [
    "en",
    "Hyperscaler capex will reach $500 billion next year, Velmont Research estimates.",
    "capex",
    "hyperscalers",
  ],
  [
    "en",
    "Hyperscalers have contracted 5 gigawatts of new capacity this year, Velmont Research said.",
    "datacenter_capacity",
    "hyperscalers",
  ],
  // a buyer's power and reactor plans struck with a seller or developer: the buyer's
  [
    "en",
    "Under the agreement, Norwell Power will supply Quillon Labs with 900 megawatts, rising to 1.5 gigawatts by 2030.",
    "datacenter_capacity",
    "Quillon Labs",
  ],
  [
    "en",
    "Quillon Labs struck an agreement with Pellion Nuclear to develop 400 megawatts of small modular reactors.",
    "datacenter_capacity",
    "Quillon Labs",
  ],
  [
    "fr",
    "Quillon Labs a signé avec Norwell Énergie un contrat d'achat d'électricité de 600 MW.",
    "datacenter_capacity",
    "Quillon Labs",
  ],
  [
    "en",
    "Quillon Labs signed a power purchase agreement with Norwell Power for 800 megawatts.",
    "datacenter_capacity",
    "Quillon Labs",
  ],
  // mirror: the producer's own fleet
  [
    "en",
    "Norwell Power operates 4 gigawatts of nuclear plants, including one that sells power to Quillon Labs.",
    "datacenter_capacity",
    "!Quillon Labs",
    "served-capacity.ts reads a verb of selling in a relative clause after the figure as handing the whole figure over",
  ],
  // a subsidiary with its parent in apposition: the subsidiary's
  [
    "en",
    "Corvel Data Centers, owned by the fund Arnhelm Capital, will invest $3 billion in a campus near Lyon.",
    "capex",
    "Corvel Data Centers",
  ],
  [
    "en",
    "Corvel Data Centers, a subsidiary of Arnhelm Capital, plans to spend $2 billion on a campus.",
    "capex",
    "Corvel Data Centers",
  ],
  [
    "fr",
    "Corvel Data Centers, filiale du fonds Arnhelm Capital, investira 2 milliards d'euros dans un campus.",
    "capex",
    "Corvel Data Centers",
  ],
  [
    "fr",
    "Le campus de Corvel Data Centers, filiale du fonds Arnhelm Capital, aura une puissance de 800 MW.",
    "datacenter_capacity",
    "Corvel Data Centers",
  ],
  [
    "fr",
    "Le projet de Corvel Data Centers, détenue par le fonds Arnhelm Capital, représente 2 milliards d'euros d'investissement.",
    "capex",
    "Corvel Data Centers",
    "the project's « investissement » is read as an investment, not as capex (the owner is met)",
  ],
  [
    "en",
    "Corvel Data Centers, which is controlled by Arnhelm Capital, will build a 500-megawatt campus.",
    "datacenter_capacity",
    "Corvel Data Centers",
  ],
  [
    "en",
    "Corvel Data Centers, part of Arnhelm Capital since 2021, operates 450 megawatts across Spain.",
    "datacenter_capacity",
    "Corvel Data Centers",
  ],
  // the same with a name the gazetteer does not know and no corporate word: the apposition makes it a company
  [
    "fr",
    "Autre grand chantier, celui de Corvex, filiale du fonds suédois Arnhelm Capital, s'installera à Lestrem (Pas-de-Calais), avec une puissance de 900 MW.",
    "datacenter_capacity",
    "Corvex",
  ],
  [
    "en",
    "Brisko, a subsidiary of Arnhelm Capital, reported revenue of $300 million in 2025.",
    "revenue",
    "Brisko",
  ],
  [
    "en",
    "Brisko, owned by Arnhelm Capital, now runs 350 megawatts of capacity in Ohio.",
    "datacenter_capacity",
    "Brisko",
  ],
  // mirror: the parent as the subject
  [
    "en",
    "Arnhelm Capital, which owns Corvel Data Centers, will invest $3 billion in new campuses.",
    "capex",
    "Arnhelm Capital",
  ],
  [
    "fr",
    "Arnhelm Capital, propriétaire de Corvel Data Centers, investira 2 milliards d'euros dans de nouveaux campus.",
    "capex",
    "Arnhelm Capital",
  ],
  [
    "en",
    "Corvel Data Centers was bought by Arnhelm Capital, which will invest $3 billion in new campuses.",
    "capex",
    "Arnhelm Capital",
  ],
  // a company followed by its list of customers: the company's
  [
    "en",
    "Brevik Compute, whose customers include Quillon Labs and Tessellis Labs, reported revenue of $420 million for the quarter.",
    "revenue",
    "Brevik Compute",
  ],
  [
    "en",
    "Serving clients such as Quillon Labs and Tessellis Labs, Harlow Compute grew its backlog to $9 billion.",
    "compute_commitment",
    "Harlow Compute",
  ],
  [
    "fr",
    "Orvane Computing, qui compte parmi ses clients Quillon Labs et Tessellis Labs, a réalisé un chiffre d'affaires de 300 millions d'euros.",
    "revenue",
    "Orvane Computing",
  ],
  [
    "fr",
    "Orvane Computing, dont les clients incluent Quillon Labs, a vu son carnet de commandes atteindre 5 milliards d'euros.",
    "compute_commitment",
    "Orvane Computing",
  ],
  [
    "en",
    "Harlow Compute operates 20 data centres serving major clients like Quillon Labs, with 1.3 gigawatts of power.",
    "datacenter_capacity",
    "Harlow Compute",
  ],
  // mirror: a customer named as the subject
  [
    "en",
    "Quillon Labs, a customer of Brevik Compute, reported revenue of $2 billion.",
    "revenue",
    "Quillon Labs",
  ],
];

function meets(claims: Claim[], metric: string, owner: string): boolean {
  const mine = claims.filter((c) => c.metric === metric);
  if (owner.startsWith("!")) return !mine.some((c) => c.entity === owner.slice(1));
  return mine.some((c) => c.entity === owner);
}

const read = probeReader({ published: "2026-03-02" });

runProbeRows({
  title: "the owner among several parties of one sentence",
  rows: PROBES,
  label: ([language, text, metric, owner]) => `${language}: ${text} → ${owner}/${metric}`,
  todo: (probe) => probe[4],
  wrong: ([language, text, metric, owner]) => {
    const claims = read(text, language);
    return meets(claims, metric, owner) ? [] : [`got: ${ownersShown(claims)}`];
  },
});
