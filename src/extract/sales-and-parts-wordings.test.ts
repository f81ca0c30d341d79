import assert from "node:assert/strict";
import { test } from "node:test";
import { claimsOfValue, type MetricProbe, probeReader, runMetricProbes } from "../../test/support/probes.js";
import { defaultGazetteer } from "./gazetteer.js";

/**
 * Metric wordings around a raise and what it costs to run: shares sold by their holders with the amount
 * between the verb and the shares (a deal's value, the company raising nothing), the equity part of a
 * raise split into debt and equity, server and inference costs (compute spending), spending for every
 * dollar earned (a ratio), and an amount taking up the one before it ("with the figure rising to").
 */
const gazetteer = defaultGazetteer({
  companies: [
    { name: "Velorine", kinds: ["lab"] },
    { name: "Quarkon", kinds: ["lab"] },
    { name: "Tessaly", kinds: ["business"] },
  ],
});
const read = probeReader({ gazetteer });

const PROBES: readonly MetricProbe[] = [
  [
    "fr",
    "Des salariés de Velorine ont vendu pour 2,4 milliards de dollars d'actions à des fonds.",
    "deal_value",
  ],
  [
    "fr",
    "Les deux fondateurs de Quarkon ont cédé pour 12 millions d'euros de parts de capital.",
    "deal_value",
  ],
  ["en", "Staff at Velorine sold $2.4 billion of their shares to a group of funds.", "deal_value"],
  ["en", "Early employees of Quarkon sold $700 million worth of their stock last month.", "deal_value"],
  [
    "en",
    "Velorine raised $6 billion, with $2 billion in debt and $4 billion in fresh equity.",
    "funding_round",
    4e9,
  ],
  [
    "en",
    "Velorine raised $6 billion, with $2 billion in debt and $4 billion in fresh equity.",
    "debt_issuance",
    2e9,
  ],
  ["fr", "Quarkon a réuni 800 millions d'euros, dont 500 millions en fonds propres.", "funding_round", 5e8],
  ["en", "Velorine is on track for $7 billion in server costs next year.", "compute_spending_target"],
  ["en", "Quarkon expects $3 billion in inference costs in 2027.", "compute_spending_target"],
  ["fr", "Velorine prévoit 4 milliards d'euros de coûts de serveurs en 2027.", "compute_spending_target"],
  ["en", "For each dollar of sales, Velorine spends $2.10.", "expense_to_revenue"],
  ["en", "For every $1 Quarkon brings in, it spends $1.35.", "expense_to_revenue"],
  ["fr", "Pour chaque dollar encaissé, Velorine dépense 1,60 dollar.", "expense_to_revenue"],
  [
    "en",
    "Tessaly agreed to invest at least $3 billion in Velorine, with the amount rising to as much as $9 billion if targets are met.",
    "investment",
    9e9,
  ],
];

runMetricProbes(
  "metric wordings: shares sold, a raise's parts, server costs, ratios, a figure taken up",
  PROBES,
  [],
  read,
);

/** Near-misses: the same words in a construction of another metric; the figure must not take the metric. */
const NEAR_MISSES: readonly MetricProbe[] = [
  ["en", "Velorine sold $500 million of its shares.", "deal_value", 5e8],
  ["fr", "Velorine a vendu pour 2 milliards de dollars de serveurs à Quarkon.", "deal_value", 2e9],
  ["en", "Velorine sold $1 billion of new shares to investors in its latest round.", "deal_value", 1e9],
  ["en", "Velorine spends $1.35 on marketing.", "expense_to_revenue", 1.35],
];

test("metric wordings: near-misses of shares sold, equity parts and ratios do not take the metric", () => {
  for (const [language, text, metric, value = 0] of NEAR_MISSES) {
    const claims = claimsOfValue(read(text, language), value);
    assert.ok(!claims.some((c) => c.metric === metric), `${text} → ${metric}`);
  }
});
