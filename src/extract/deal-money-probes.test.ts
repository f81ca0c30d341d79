import { type MetricProbe, type OpenProbe, probeReader, runMetricProbes } from "../../test/support/probes.js";
import { defaultGazetteer } from "./gazetteer.js";

/**
 * The money of builders and their backers probed by construction (CLAIMS.md §2, §3, §6): a round aimed
 * at, a debt facility beside equity, an investment that buys a stake or builds one's own plant, the
 * price of a company or a site bought, the value of a capacity contract and its ceiling, a segment's
 * revenue, a plan to spend on one's own infrastructure by a far year. Each construction is said in
 * several invented wordings (other verbs, order, tense, voice; French and English) with near misses
 * that must keep their own metric. Companies are invented.
 */

const PROBES: readonly MetricProbe[] = [
  // A round aimed at or sought: the round's size, never the spender's capex.
  ["en", "Brennock Compute aims to raise $1.5 billion to build data centres in Norway.", "funding_round"],
  ["en", "Brennock Compute is seeking to raise $600 million to expand its GPU fleet.", "funding_round"],
  ["en", "Brennock Compute hopes to raise as much as $2 billion to fund new sites.", "funding_round"],
  [
    "fr",
    "Brennock Compute cherche à lever 800 millions d'euros pour construire des centres de données.",
    "funding_round",
  ],
  [
    "fr",
    "Brennock Compute ambitionne de lever 1 milliard d'euros afin de financer ses campus.",
    "funding_round",
  ],
  // near miss: spending aimed at its own sites.
  ["en", "Brennock Compute aims to spend $1.5 billion building data centres in Norway.", "capex"],
  // Debt beside equity: a credit deal, a loan, a facility is debt; preferred or convertible equity is the round.
  [
    "en",
    "Brennock Compute is arranging a $1.2 billion private credit deal for its new campus.",
    "debt_issuance",
  ],
  ["en", "Brennock Compute secured a $750 million debt facility from a group of lenders.", "debt_issuance"],
  ["en", "Brennock Compute has closed $400 million of private credit to finance GPUs.", "debt_issuance"],
  ["fr", "Brennock Compute a obtenu une facilité de crédit de 500 millions d'euros.", "debt_issuance"],
  ["fr", "Brennock Compute négocie un financement en dette privée de 900 millions d'euros.", "debt_issuance"],
  ["en", "Brennock Compute is raising $600 million in preferred equity from two funds.", "funding_round"],
  ["en", "Brennock Compute sold $350 million of convertible shares to investors.", "funding_round"],
  ["fr", "Brennock Compute lève 300 millions d'euros en actions de préférence.", "funding_round"],
  [
    "en",
    "Brennock Compute wants to raise a $1.2 billion private credit deal and $500 million in preferred equity.",
    "debt_issuance",
    1.2e9,
  ],
  [
    "en",
    "Brennock Compute wants to raise a $1.2 billion private credit deal and $500 million in preferred equity.",
    "funding_round",
    5e8,
  ],
  // near miss: convertible notes are debt.
  ["en", "Brennock Compute sold $400 million of convertible notes due 2030.", "debt_issuance"],
  // An investment that buys a stake is in the other company; one that builds one's own plant is capex.
  [
    "en",
    "Harrowgate Capital would invest $200 million in cash and land, giving it a 12% stake in Brennock Compute.",
    "investment",
    2e8,
  ],
  [
    "en",
    "Harrowgate Capital will put $150 million into Brennock Compute in exchange for a 10% stake.",
    "investment",
    1.5e8,
  ],
  [
    "fr",
    "Harrowgate Capital investira 200 millions d'euros dans Brennock Compute, dont il prendra 12 %.",
    "investment",
    2e8,
  ],
  ["en", "Solvane Power said it will invest $1.2 billion to restart its idle reactor by 2028.", "capex"],
  ["en", "Solvane Power will invest $900 million, which will allow its shuttered plant to reopen.", "capex"],
  ["fr", "Solvane Power investira 1,2 milliard de dollars pour relancer sa centrale à l'arrêt.", "capex"],
  // An acquisition's price: the acquirer pays it for the company or the site bought.
  ["en", "Brennock Compute is pursuing a $4bn all-stock acquisition of Pellrow Mining.", "acquisition_price"],
  ["en", "Brennock Compute agreed to buy Pellrow Mining for $4 billion in stock.", "acquisition_price"],
  [
    "en",
    "Brennock Compute bought the Ardley campus from Solvane Power for $500 million.",
    "acquisition_price",
  ],
  [
    "en",
    "The Ardley campus was sold by Solvane Power to Brennock Compute for $500 million.",
    "acquisition_price",
  ],
  ["fr", "Brennock Compute a racheté Pellrow Mining pour 4 milliards de dollars.", "acquisition_price"],
  [
    "fr",
    "Brennock Compute finalise l'acquisition de Pellrow Mining pour 4 milliards de dollars en actions.",
    "acquisition_price",
  ],
  [
    "en",
    "Brennock Compute is pressing ahead with a $4bn all-stock acquisition of Pellrow Mining, securing 1.3 GW of power capacity.",
    "acquisition_price",
    4e9,
  ],
  [
    "en",
    "The deal follows an earlier campus sale from Solvane Power to Halvern Cloud for $500 million.",
    "acquisition_price",
  ],
  [
    "fr",
    "La cession du site de Solvane Power à Halvern Cloud pour 500 millions de dollars a été bouclée en 2024.",
    "acquisition_price",
  ],
  // near miss: a contract to buy capacity is a compute commitment.
  [
    "en",
    "Brennock Compute signed a $4 billion contract to buy capacity from Pellrow Mining.",
    "compute_commitment",
  ],
  // A capacity contract's value, and the ceiling its options could take it to.
  [
    "en",
    "Halvern Cloud agreed to buy GPU capacity from Brennock Compute valued at $8 billion over four years.",
    "compute_commitment",
    8e9,
  ],
  [
    "en",
    "Halvern Cloud signed a capacity agreement with Brennock Compute worth $8 billion.",
    "compute_commitment",
    8e9,
  ],
  [
    "en",
    "Halvern Cloud signed a GPU deal with Brennock Compute that includes options which could take the total to about $9.5 billion.",
    "compute_commitment",
    9.5e9,
  ],
  [
    "fr",
    "Halvern Cloud a signé avec Brennock Compute un contrat de capacité de calcul évalué à 8 milliards de dollars.",
    "compute_commitment",
    8e9,
  ],
  [
    "fr",
    "Halvern Cloud loue des serveurs à Brennock Compute pour 5 milliards de dollars, des options pouvant porter le total à environ 6 milliards de dollars.",
    "compute_commitment",
    6e9,
  ],
  [
    "en",
    "Halvern Cloud agreed to rent chips from Brennock Compute priced at $3 billion over three years.",
    "compute_commitment",
    3e9,
  ],
  // near miss: the company itself valued.
  ["en", "Brennock Compute is now valued at $8 billion after its latest round.", "valuation"],
  [
    "en",
    "Halvern Cloud signed a deal with Brennock Compute, valued at $8 billion in its latest round.",
    "valuation",
  ],
  // A segment's revenue: what the business brought in, never capex.
  [
    "fr",
    "Chez Orlane, l'activité de centres de données a contribué pour 30 milliards de dollars.",
    "revenue",
  ],
  ["en", "Orlane's data-center segment brought in $30 billion in the quarter.", "revenue"],
  ["en", "Orlane's data centre business generated $30 billion of the quarter's sales.", "revenue"],
  ["en", "At Orlane, the data center unit contributed $30 billion.", "revenue"],
  [
    "fr",
    "Chez Orlane, le pôle centres de données a pesé 30 milliards de dollars sur le trimestre.",
    "revenue",
  ],
  [
    "fr",
    "La division centres de données d'Orlane a rapporté 30 milliards de dollars au trimestre.",
    "revenue",
  ],
  // near miss: spending on data centres.
  ["en", "Orlane spent $30 billion on data centres in the quarter.", "capex"],
  // A lab's plan to spend on its own infrastructure by a far year: a spending target, not capex.
  [
    "fr",
    "Kalvion Labs compte consacrer quelque 900 milliards de dollars à son infrastructure de calcul d'ici 2032.",
    "compute_spending_target",
  ],
  [
    "en",
    "Kalvion Labs plans to devote more than $900 billion to its infrastructure by 2032.",
    "compute_spending_target",
  ],
  [
    "fr",
    "Kalvion Labs compte dépenser 900 milliards de dollars dans ses infrastructures de calcul d'ici 2032.",
    "compute_spending_target",
  ],
  [
    "en",
    "Kalvion Labs plans to spend more than $900 billion on its infrastructure by 2032.",
    "compute_spending_target",
  ],
  // near misses: a developer building a named site, a cloud giant's plan for its own sites.
  [
    "fr",
    "Kalvion Labs prévoit d'investir 2 milliards d'euros pour construire un campus près de Nantes d'ici 2028.",
    "capex",
  ],
  [
    "fr",
    "Halvern Cloud entend investir 380 milliards de dollars dans ses propres centres de données d'ici 2029.",
    "capex",
  ],
  ["en", "Halvern Cloud plans to spend $600 billion on its infrastructure by 2028.", "capex"],
];

/**
 * Wordings not read yet, with the reason: each would need a mechanism of its own, not a word more.
 */
const OPEN: readonly OpenProbe<MetricProbe>[] = [];

/** The invented companies of the probes, with the kinds that decide their senses. */
const INVENTED = defaultGazetteer({
  companies: [
    { name: "Brennock Compute", kinds: ["neocloud"] },
    { name: "Pellrow Mining", kinds: ["business"] },
    { name: "Harrowgate Capital", kinds: ["fund"] },
    { name: "Solvane Power", kinds: ["energy"] },
    { name: "Halvern Cloud", kinds: ["hyperscaler"] },
    { name: "Orlane", kinds: ["chipmaker"] },
    { name: "Kalvion Labs", kinds: ["lab"] },
  ],
});

const read = probeReader({ gazetteer: INVENTED });

runMetricProbes(
  "the money of builders and backers is read with the metric of its construction",
  PROBES,
  OPEN,
  read,
);
