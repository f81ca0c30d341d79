import { periodEndYear } from "../../../test/support/claims.js";
import { type Language, type OpenProbe, probeReader, runProbeTable } from "../../../test/support/probes.js";
import type { Claim } from "../../core/index.js";

/**
 * The strict fields of CLAIMS.md §10 probed construction by construction: the year of a period read on a
 * company's fiscal calendar, a level dated "as of" or by an earlier announcement, the buyer and supplier of
 * compute, chip and capacity deals in both voices, and a commitment told from a target. Invented sentences
 * in French and English; each row gives the figure and the fields it must carry.
 */

interface Expected {
  entity?: string;
  counterparty?: string | null;
  qualifier?: Claim["qualifier"];
  year?: string;
  metric?: Claim["metric"];
}

type Probe = readonly [
  language: Language,
  published: string,
  sentence: string,
  value: number,
  expected: Expected,
];

const PROBES: readonly Probe[] = [
  // A fiscal quarter or year, on the company's calendar (gazetteer.json: fiscalYearEnd).
  [
    "en",
    "2025-11-20",
    "Nvidia reported revenue of $46.7 billion for the second quarter of fiscal 2026.",
    46.7e9,
    { year: "2025" },
  ],
  [
    "en",
    "2025-11-10",
    "Microsoft said its capital spending reached $34.9 billion in the first quarter of fiscal 2026.",
    34.9e9,
    { year: "2025" },
  ],
  [
    "fr",
    "2025-09-12",
    "Oracle a dégagé un chiffre d'affaires de 14,7 milliards de dollars au premier trimestre de son exercice 2026.",
    14.7e9,
    { year: "2025" },
  ],
  [
    "en",
    "2026-02-26",
    "Nvidia posted fourth-quarter revenue of $68.2 billion, up from a year earlier.",
    68.2e9,
    { year: "2026" },
  ],
  [
    "fr",
    "2026-02-26",
    "Nvidia a publié un chiffre d'affaires de 68,2 milliards de dollars pour son quatrième trimestre.",
    68.2e9,
    { year: "2026" },
  ],
  [
    "en",
    "2025-11-10",
    "Velorine, whose fiscal year ends in June, booked revenue of $2.3 billion in the first quarter of fiscal 2026.",
    2.3e9,
    { year: "2025" },
  ],
  [
    "en",
    "2025-09-05",
    "Broadcom expects AI semiconductor revenue of $6.2 billion in its fiscal fourth quarter.",
    6.2e9,
    { year: "2025", qualifier: "target" },
  ],
  [
    "en",
    "2025-11-20",
    "Nvidia expects revenue of $65 billion in the current quarter.",
    65e9,
    { year: "2026", qualifier: "target" },
  ],
  [
    "fr",
    "2025-11-20",
    "Nvidia table sur un chiffre d'affaires de 65 milliards de dollars pour le trimestre en cours.",
    65e9,
    { year: "2026", qualifier: "target" },
  ],
  [
    "en",
    "2025-12-11",
    "Oracle expects cloud infrastructure revenue to grow 70% this fiscal year.",
    0.7,
    { year: "2026", qualifier: "target" },
  ],
  // The fiscal quarter names its year after the figure.
  [
    "en",
    "2025-12-11",
    "Oracle booked fiscal second-quarter sales of $16.1 billion for 2026.",
    16.1e9,
    { year: "2025" },
  ],
  [
    "en",
    "2026-03-11",
    "Oracle posted fiscal third-quarter revenue of $17.2 billion for 2026, up 15%.",
    17.2e9,
    { year: "2026" },
  ],
  // A company's own quarter named as it reports it ("its Q1 2026"), on its calendar; a calendar company's stays.
  [
    "en",
    "2025-10-30",
    "Microsoft posted $31 billion of Azure sales in its Q1 2026, beating forecasts.",
    31e9,
    { year: "2025" },
  ],
  [
    "fr",
    "2025-10-30",
    "Microsoft a publié un chiffre d'affaires de 77,7 milliards de dollars pour son T1 2026.",
    77.7e9,
    { year: "2025" },
  ],
  ["en", "2026-02-26", "Nvidia reported $68 billion of revenue for its Q4 2026.", 68e9, { year: "2026" }],
  ["en", "2025-10-30", "Alphabet said its Q3 2025 revenue climbed to $102 billion.", 102e9, { year: "2025" }],
  // The full year a company guides for: its fiscal year under way, or the calendar year.
  [
    "en",
    "2025-12-11",
    "Oracle kept its full-year revenue forecast at $67 billion.",
    67e9,
    { year: "2026", qualifier: "target" },
  ],
  [
    "en",
    "2025-09-10",
    "Oracle lifted its full-year capital spending plan to $35 billion.",
    35e9,
    { year: "2026", qualifier: "target" },
  ],
  [
    "en",
    "2025-11-10",
    "Meta raised its full-year capex guidance to $72 billion.",
    72e9,
    { year: "2025", qualifier: "target" },
  ],
  // A level dated by the text, not by publication.
  [
    "en",
    "2026-02-10",
    "As of September 30, 2025, CoreWeave held $1.9 billion in cash.",
    1.9e9,
    { year: "2025" },
  ],
  [
    "fr",
    "2025-11-10",
    "Au 31 décembre 2024, Anthropic comptait 210 000 clients professionnels.",
    210000,
    { year: "2024" },
  ],
  [
    "fr",
    "2026-01-15",
    "À fin 2024, la trésorerie de Mistral AI s'élevait à 1,2 milliard d'euros.",
    1.2e9,
    { year: "2024" },
  ],
  [
    "en",
    "2026-02-10",
    "OpenAI counted 700 million weekly users at the end of last year.",
    700e6,
    { year: "2025" },
  ],
  // A pledge sized when it was announced.
  [
    "fr",
    "2026-01-20",
    "Samsung a annoncé en mai dernier son intention d'investir 40 milliards de dollars au Texas.",
    40e9,
    { year: "2025" },
  ],
  [
    "en",
    "2026-01-20",
    "In May last year, Samsung announced plans to invest $40 billion in Texas.",
    40e9,
    { year: "2025" },
  ],
  [
    "en",
    "2026-02-05",
    "Samsung unveiled in October a pledge to invest $26 billion in American chip plants.",
    26e9,
    { year: "2025" },
  ],
  // A deal signed in an earlier year, recalled later.
  [
    "en",
    "2026-03-01",
    "In 2024, Microsoft signed a $10 billion contract with CoreWeave for cloud capacity.",
    10e9,
    { year: "2024", entity: "Microsoft", counterparty: "CoreWeave", qualifier: "commitment" },
  ],
  [
    "fr",
    "2026-02-10",
    "En septembre 2025, OpenAI avait signé avec Oracle un contrat de 300 milliards de dollars.",
    300e9,
    { year: "2025", entity: "OpenAI", counterparty: "Oracle", qualifier: "commitment" },
  ],
  // Compute, chip and capacity deals: buyer or user → supplier, in both voices.
  [
    "en",
    "2025-11-10",
    "OpenAI will buy $38 billion of cloud capacity from Amazon.",
    38e9,
    { entity: "OpenAI", counterparty: "Amazon", qualifier: "commitment", metric: "compute_commitment" },
  ],
  [
    "en",
    "2025-11-10",
    "Amazon will supply OpenAI with $38 billion of cloud capacity.",
    38e9,
    { entity: "OpenAI", counterparty: "Amazon", qualifier: "commitment", metric: "compute_commitment" },
  ],
  [
    "fr",
    "2025-11-10",
    "Microsoft a commandé 100 000 GPU à Nvidia.",
    100000,
    { entity: "Microsoft", counterparty: "Nvidia", metric: "gpu_count" },
  ],
  [
    "fr",
    "2025-11-10",
    "Nvidia fournira à xAI 200 000 processeurs graphiques.",
    200000,
    { entity: "xAI", counterparty: "Nvidia", metric: "gpu_count" },
  ],
  [
    "en",
    "2025-11-10",
    "Oracle signed a deal under which it provides OpenAI with 4.5 GW of data-centre capacity.",
    4.5,
    { entity: "OpenAI", counterparty: "Oracle", metric: "datacenter_capacity" },
  ],
  [
    "en",
    "2025-11-10",
    "Under the agreement, AMD will deliver 6 gigawatts of its GPUs to OpenAI.",
    6,
    { entity: "OpenAI", counterparty: "AMD" },
  ],
  [
    "fr",
    "2025-11-10",
    "Aux termes de ce contrat, Nebius mettra à la disposition d'Amazon 6 milliards de dollars de puissance de calcul.",
    6e9,
    { entity: "Amazon", counterparty: "Nebius", metric: "compute_commitment" },
  ],
  [
    "fr",
    "2025-11-10",
    "Anthropic louera à Alphabet jusqu'à un million de TPU.",
    1e6,
    { entity: "Anthropic", counterparty: "Alphabet", metric: "gpu_count" },
  ],
  [
    "en",
    "2025-11-10",
    "Last year xAI bought 100,000 chips from Nvidia.",
    100000,
    { entity: "xAI", counterparty: "Nvidia", year: "2024" },
  ],
  [
    "fr",
    "2025-11-10",
    "Oracle achètera pour 40 milliards de dollars de puces à Nvidia.",
    40e9,
    { entity: "Oracle", counterparty: "Nvidia", metric: "compute_commitment" },
  ],
  [
    "en",
    "2025-11-10",
    "IREN will sell Microsoft $9.7 billion of GPU capacity over five years.",
    9.7e9,
    { entity: "Microsoft", counterparty: "IREN", metric: "compute_commitment" },
  ],
  [
    "fr",
    "2025-11-10",
    "AMD livrera à OpenAI 6 GW de processeurs graphiques.",
    6,
    { entity: "OpenAI", counterparty: "AMD" },
  ],
  [
    "en",
    "2025-11-10",
    "Under the contract, Meta will pay CoreWeave $14 billion through 2031.",
    14e9,
    { qualifier: "commitment", entity: "Meta", counterparty: "CoreWeave" },
  ],
  [
    "fr",
    "2025-11-10",
    "Le contrat prévoit que Meta versera 14 milliards de dollars à CoreWeave d'ici 2031.",
    14e9,
    { qualifier: "commitment", entity: "Meta", counterparty: "CoreWeave" },
  ],
  [
    "fr",
    "2025-11-10",
    "OpenAI s'est engagé à verser 300 milliards de dollars à Oracle sur cinq ans.",
    300e9,
    { qualifier: "commitment", entity: "OpenAI", counterparty: "Oracle" },
  ],
  [
    "fr",
    "2025-11-10",
    "Anthropic s'est engagé à acheter pour 30 milliards de dollars de capacité de calcul sur Azure.",
    30e9,
    { qualifier: "commitment", entity: "Anthropic", counterparty: "Microsoft" },
  ],
  // Commitment (money to change hands) against target (an aim), and reported against target.
  [
    "en",
    "2025-11-10",
    "OpenAI has committed to spend $1.4 trillion on compute over the next eight years.",
    1.4e12,
    { qualifier: "commitment", metric: "compute_commitment" },
  ],
  [
    "en",
    "2025-11-10",
    "OpenAI aims to spend about $600 billion on compute by 2030.",
    600e9,
    { qualifier: "target", metric: "compute_spending_target" },
  ],
  [
    "fr",
    "2025-11-10",
    "Microsoft compte investir 250 milliards de dollars en Europe d'ici 2029.",
    250e9,
    { qualifier: "target" },
  ],
  [
    "en",
    "2025-11-10",
    "Microsoft plans to spend $80 billion on AI data centres this fiscal year.",
    80e9,
    { qualifier: "target" },
  ],
  ["fr", "2025-11-10", "xAI a l'intention de déployer un million de GPU.", 1e6, { qualifier: "target" }],
  [
    "fr",
    "2025-11-10",
    "Meta a l'intention d'investir 2 milliards d'euros dans ses centres de données.",
    2e9,
    { qualifier: "target" },
  ],
  [
    "en",
    "2025-11-10",
    "Amazon has every intention of raising its capex to $150 billion next year.",
    150e9,
    { qualifier: "target" },
  ],
  [
    "en",
    "2025-11-10",
    "Anthropic's annualized revenue reached $5 billion in August.",
    5e9,
    { qualifier: "reported", year: "2025" },
  ],
  [
    "en",
    "2025-11-10",
    "Anthropic expects its annualized revenue to reach $9 billion by the end of the year.",
    9e9,
    { qualifier: "target", year: "2025" },
  ],
  [
    "fr",
    "2025-11-10",
    "OpenAI table sur un chiffre d'affaires de 30 milliards de dollars en 2026.",
    30e9,
    { qualifier: "target", year: "2026" },
  ],
  [
    "en",
    "2025-11-10",
    "CoreWeave now sees 2025 revenue of between $5.05 billion and $5.15 billion.",
    5.05e9,
    { qualifier: "target", year: "2025" },
  ],
  [
    "en",
    "2025-11-10",
    "OpenAI's goal is to bring 30 gigawatts of capacity online by 2030.",
    30,
    { qualifier: "target" },
  ],
  [
    "fr",
    "2025-11-10",
    "L'objectif d'OpenAI est de disposer de 30 gigawatts de capacité d'ici 2030.",
    30,
    { qualifier: "target" },
  ],
  // A bare quarter reported for a company whose fiscal year does not end in December, when only the
  // fiscal reading had ended by publication.
  ["en", "2025-10-30", "Microsoft's revenue for Q1 2026 climbed to $77.7 billion.", 77.7e9, { year: "2025" }],
  [
    "fr",
    "2025-10-01",
    "Le chiffre d'affaires cloud d'Oracle au T1 2026 a atteint 7,2 milliards de dollars.",
    7.2e9,
    { year: "2025" },
  ],
  // Compute bought for an amount: the buyer owns it, the supplier is the counterparty (CLAIMS.md §6).
  [
    "en",
    "2025-11-10",
    "CoreWeave will provide Meta with up to $14 billion of computing power.",
    14e9,
    { entity: "Meta", counterparty: "CoreWeave" },
  ],
  [
    "en",
    "2025-11-10",
    "Microsoft agreed to rent $9.7 billion of GPU capacity from IREN over five years.",
    9.7e9,
    { entity: "Microsoft", counterparty: "IREN" },
  ],
  [
    "en",
    "2025-11-10",
    "The deal calls for OpenAI to pay Oracle about $300 billion over five years.",
    300e9,
    { entity: "OpenAI", counterparty: "Oracle" },
  ],
  [
    "fr",
    "2025-11-10",
    "CoreWeave fournira à Meta jusqu'à 14 milliards de dollars de puissance de calcul.",
    14e9,
    { entity: "Meta", counterparty: "CoreWeave" },
  ],
  [
    "fr",
    "2025-11-10",
    "Selon le contrat, OpenAI devra verser 300 milliards de dollars à Oracle.",
    300e9,
    { entity: "OpenAI", counterparty: "Oracle" },
  ],
  // A stake its holder will own: a term of the deal, or its forward-looking figure after a step still to come.
  [
    "en",
    "2025-11-10",
    "Once the deal closes, Salesforce will own 35% of Cohere.",
    0.35,
    { entity: "Salesforce", counterparty: "Cohere", metric: "equity_stake", qualifier: "target" },
  ],
  [
    "en",
    "2025-11-10",
    "Salesforce will own 35% of Cohere after the transaction.",
    0.35,
    { entity: "Salesforce", counterparty: "Cohere", metric: "equity_stake", qualifier: "target" },
  ],
  [
    "fr",
    "2025-11-10",
    "Une fois la transaction bouclée, Orange détiendra 35 % de Kyutai.",
    0.35,
    { entity: "Orange", counterparty: "Kyutai", metric: "equity_stake", qualifier: "target" },
  ],
  [
    "en",
    "2025-11-10",
    "Under the deal, Salesforce will own 35% of Cohere.",
    0.35,
    { entity: "Salesforce", counterparty: "Cohere", metric: "equity_stake", qualifier: "commitment" },
  ],
  [
    "fr",
    "2025-11-10",
    "Aux termes de l'accord, Orange détiendra 35 % de Kyutai.",
    0.35,
    { entity: "Orange", counterparty: "Kyutai", metric: "equity_stake", qualifier: "commitment" },
  ],
  // The price of a part of a company bought is the buyer's; what a stake costs is an investment.
  [
    "en",
    "2025-11-10",
    "Qualcomm agreed to buy Intel's networking unit for $1.1 billion.",
    1.1e9,
    { entity: "Qualcomm", counterparty: "Intel", metric: "acquisition_price", qualifier: "commitment" },
  ],
  [
    "fr",
    "2025-11-10",
    "Qualcomm va racheter la division serveurs d'Intel pour 1,1 milliard de dollars.",
    1.1e9,
    { entity: "Qualcomm", counterparty: "Intel", metric: "acquisition_price", qualifier: "commitment" },
  ],
  [
    "en",
    "2025-11-10",
    "Nvidia acquired a $500 million stake in Nebius last year.",
    500e6,
    { entity: "Nvidia", counterparty: "Nebius", metric: "investment" },
  ],
];

/** Near misses: a calendar company's quarter, an intention that is hearsay, a sale that is no deal. */
const NEAR_MISSES: readonly Probe[] = [
  ["en", "2025-10-30", "Alphabet said its Q1 2026 capex would reach $40 billion.", 40e9, { year: "2026" }],
  [
    "fr",
    "2025-11-10",
    "Selon des sources, xAI aurait l'intention de déployer un million de GPU.",
    1e6,
    { qualifier: "rumoured" },
  ],
  [
    "en",
    "2025-10-16",
    "Microsoft will receive 12,000 GPUs at the Sines site starting in Q1 2026.",
    12000,
    { year: "2026" },
  ],
  [
    "fr",
    "2025-11-10",
    "Mistral AI a annoncé en mai un chiffre d'affaires de 200 millions d'euros pour 2024.",
    200e6,
    { year: "2024" },
  ],
];

/** Rows not read yet, with why. */
const OPEN: readonly OpenProbe<Probe>[] = [
  [
    [
      "fr",
      "2025-12-11",
      "Oracle maintient sa prévision de chiffre d'affaires annuel à 67 milliards de dollars.",
      67e9,
      { year: "2026" },
    ],
    "« prévision de chiffre d'affaires annuel »: the full-year cue needs « prévisions annuelles » side by side",
  ],
  [
    [
      "en",
      "2026-02-10",
      "The $14 billion agreement that Meta struck with CoreWeave last September runs until 2031.",
      14e9,
      { year: "2025" },
    ],
    "not settled by CLAIMS.md: §5 dates deal sizes as levels (asOf) but sums over a term as ranges to its end, and deal-term.ts (with the tuning sets' gold) reads a deal signed with a term as start..end, whose year is the end's",
  ],
  [
    [
      "fr",
      "2026-02-10",
      "En 2023, Amazon avait promis 4 milliards de dollars à Anthropic.",
      4e9,
      { year: "2023", entity: "Amazon" },
    ],
    "« promettre » a sum to a company is not read as an investment",
  ],
];

const read = probeReader();

function claimOf([language, published, text, value]: Probe): Claim | undefined {
  return read(text, language, published).find((c) => c.value.low === value || c.value.high === value);
}

/** The fields of the row the claim gets wrong, or that no claim of the figure was read. */
function wrongFields(probe: Probe): string[] {
  const claim = claimOf(probe);
  if (!claim) return [`no claim of ${probe[3]}`];
  const got: Record<keyof Expected, unknown> = {
    entity: claim.entity,
    counterparty: claim.counterparty,
    qualifier: claim.qualifier,
    year: periodEndYear(claim),
    metric: claim.metric,
  };
  return Object.entries(probe[4]).flatMap(([field, want]) =>
    got[field as keyof Expected] === want
      ? []
      : [`${field} ${String(got[field as keyof Expected])} (want ${String(want)})`],
  );
}

runProbeTable({
  title: "the strict fields are read in each construction's common wordings",
  rows: PROBES,
  open: OPEN,
  label: (probe) => probe[2],
  wrong: wrongFields,
});

runProbeTable({
  title: "the near misses keep their own reading",
  rows: NEAR_MISSES,
  label: (probe) => probe[2],
  wrong: wrongFields,
});
