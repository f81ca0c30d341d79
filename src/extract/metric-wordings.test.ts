import assert from "node:assert/strict";
import { test } from "node:test";
import { claimsOfValue, type MetricProbe, probeReader, runMetricProbes } from "../../test/support/probes.js";
import { defaultGazetteer } from "./gazetteer.js";

/**
 * Metric wordings business news uses for five kinds of figure, each in several invented sentences: revenue
 * coming in at a pace over a year (a run-rate), a stake bought for an amount (an investment), a pledge to
 * spend with a cloud supplier (a compute commitment), money given over to one's own servers or buildings
 * (capex), a sum spent with no object (total expenses), and a headline's round whose currency is written
 * only once, after it. Near-misses below must not take the metric.
 */
const gazetteer = defaultGazetteer({
  companies: [
    { name: "Velotrix", kinds: ["business"] },
    { name: "Quorra Labs", kinds: ["lab"] },
    { name: "Quorra", kinds: ["lab"] },
    { name: "Blenhold Capital", kinds: ["fund"] },
    { name: "Blenhold", kinds: ["fund"] },
  ],
});
const read = probeReader({ gazetteer });

const PROBES: readonly MetricProbe[] = [
  [
    "en",
    "Velotrix is bringing in sales at a rate of $450 million per year, the company said.",
    "revenue_run_rate",
  ],
  [
    "en",
    "Revenue at Quorra Labs is now arriving at an annual pace of $1.1 billion a year.",
    "revenue_run_rate",
  ],
  [
    "fr",
    "Selon la direction, les revenus de Velotrix arrivent désormais au rythme de 450 millions de dollars par an.",
    "revenue_run_rate",
  ],
  [
    "fr",
    "Le chiffre d'affaires de Quorra Labs progresse à une cadence de 1,1 milliard d'euros par an.",
    "revenue_run_rate",
  ],
  ["en", "Blenhold Capital took a $300 million minority stake in Quorra Labs last week.", "investment"],
  ["en", "Velotrix has taken a $150 million stake in Quorra Labs, the filing shows.", "investment"],
  ["en", "A $2 billion equity stake in Quorra Labs was bought by Velotrix.", "investment"],
  [
    "fr",
    "Ce tour de table de 800 millions, mené par Blenhold, porte la valorisation de Quorra à 9 milliards d'euros.",
    "funding_round",
    8e8,
  ],
  ["en", "Velotrix spent a total of $1.4 billion in 2024.", "total_expenses"],
  ["en", "Quorra Labs spent $640 million last year, up from $300 million.", "total_expenses", 6.4e8],
  ["fr", "Velotrix a dépensé au total 1,4 milliard de dollars en 2024.", "total_expenses"],
  ["fr", "Quorra Labs a dépensé 640 millions d'euros l'an dernier.", "total_expenses"],
  // the spender named in a relative clause after its figure
  ["en", "Velotrix's new plan is twice the $2.5 billion it spent in 2024.", "total_expenses", 2.5e9],
  ["en", "That tops the $900 million that Quorra Labs spent last year.", "total_expenses", 9e8],
  [
    "fr",
    "Le plan de Velotrix double les 2,5 milliards de dollars dépensés en 2024.",
    "total_expenses",
    2.5e9,
  ],
  [
    "fr",
    "Quorra Labs s'est engagée à dépenser 8 milliards de dollars chez Velotrix sur cinq ans.",
    "compute_commitment",
  ],
  [
    "en",
    "Quorra Labs has pledged to spend $8 billion on Velotrix's cloud through 2030.",
    "compute_commitment",
  ],
  ["en", "Quorra Labs committed to spend $8 billion with Velotrix over five years.", "compute_commitment"],
  [
    "fr",
    "Quorra Labs s'est engagé à dépenser 3 milliards d'euros sur le cloud de Velotrix.",
    "compute_commitment",
  ],
  ["fr", "Velotrix consacrera 12 milliards d'euros à ses serveurs l'an prochain.", "capex"],
  ["fr", "Velotrix a consacré 4 milliards de dollars à ses bâtiments et à ses réseaux.", "capex"],
  ["en", "Velotrix will dedicate $12 billion to its own servers next year.", "capex"],
  ["en", "Velotrix allocated $4 billion to its buildings and networks in 2024.", "capex"],
];

runMetricProbes("metric wordings: pace, stake, pledge, own equipment, spending", PROBES, [], read);

/** Near-misses: the same words in a construction of another metric; the figure must not take the metric. */
const NEAR_MISSES: readonly MetricProbe[] = [
  ["en", "Quorra Labs is burning cash at a pace of $900 million a year.", "revenue_run_rate", 9e8],
  ["en", "Blenhold Capital sold its $300 million stake in Quorra Labs.", "investment", 3e8],
  ["en", "Velotrix spent $1.4 billion on data centers in 2024.", "total_expenses", 1.4e9],
  [
    "en",
    "Velotrix will invest $6 billion in Chile; $2 billion has already been spent.",
    "total_expenses",
    2e9,
  ],
  ["fr", "Quorra Labs prévoit de dépenser 8 milliards de dollars en cinq ans.", "compute_commitment", 8e9],
  ["fr", "Velotrix a vendu pour 4 milliards de dollars de serveurs à Quorra Labs.", "capex", 4e9],
];

test("metric wordings: near-misses do not take the metric", () => {
  for (const [language, text, metric, value = 0] of NEAR_MISSES) {
    const claims = claimsOfValue(read(text, language), value);
    assert.ok(!claims.some((c) => c.metric === metric), `${text} → ${metric}`);
  }
});
