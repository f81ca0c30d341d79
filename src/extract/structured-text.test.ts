import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../test/support/claims.js";
import type { Claim } from "../core/index.js";

/**
 * A corpus of figures written in lists and tables, as blogs, analyst notes and briefs write them:
 * year lists on one line, bullet and numbered lists, "Label: value" lines, Markdown tables with a
 * metric column or a company column, scales in a header or a lead, plain-text tables. Companies are
 * real names; figures and wording are invented.
 */
type Expected = [entity: string, metric: string, value: number, year: string | null];

const yearOf = (c: Claim): string | null => {
  const p = c.period;
  if (!p) return null;
  return ("asOf" in p ? p.asOf : (p.end ?? p.start))?.slice(0, 4) ?? null;
};

function read(text: string, language: "fr" | "en"): Expected[] {
  return extract(text, language, "2025-11-10").map((c) => [
    c.entity ?? "",
    c.metric,
    c.value.low ?? c.value.high ?? Number.NaN,
    yearOf(c),
  ]);
}

/** Compares the claims with the expected ones; a null year in the expectation is not checked. */
function check(text: string, language: "fr" | "en", expected: Expected[]): void {
  const got = read(text, language);
  const shown = got.map((g, k) => (expected[k]?.[3] === null ? [g[0], g[1], g[2], null] : g));
  assert.deepEqual(shown, expected, text);
}

const CASES: [string, "fr" | "en", string, Expected[]][] = [
  [
    "a year list on one line, dots between items",
    "en",
    "Mistral's revenue, by year: 2023: $0.2 billion · 2024: $0.6 billion · 2025: $1.4 billion\n",
    [
      ["Mistral AI", "revenue", 2e8, "2023"],
      ["Mistral AI", "revenue", 6e8, "2024"],
      ["Mistral AI", "revenue", 1.4e9, "2025"],
    ],
  ],
  [
    "a year list on one line, semicolons between items",
    "en",
    "Cohere revenue: 2023: $25 million; 2024: $80 million; 2025: $190 million.\n",
    [
      ["Cohere", "revenue", 25e6, "2023"],
      ["Cohere", "revenue", 80e6, "2024"],
      ["Cohere", "revenue", 190e6, "2025"],
    ],
  ],
  [
    "a year list on one line, pipes between items (FR)",
    "fr",
    "Chiffre d'affaires de Mistral AI : 2023 : 30 millions d'euros | 2024 : 90 millions d'euros | 2025 : 260 millions d'euros\n",
    [
      ["Mistral AI", "revenue", 30e6, "2023"],
      ["Mistral AI", "revenue", 90e6, "2024"],
      ["Mistral AI", "revenue", 260e6, "2025"],
    ],
  ],
  [
    "a year list under a heading with no blank line, semicolons between items (FR)",
    "fr",
    "Chiffre d'affaires de Scaleway\n2024 : 180 M€ ; 2025 : 260 M€\n",
    [
      ["Scaleway", "revenue", 180e6, "2024"],
      ["Scaleway", "revenue", 260e6, "2025"],
    ],
  ],
  [
    "a bullet list of years under a lead",
    "en",
    "Oracle capex by fiscal year:\n- 2024: $6.9 billion\n- 2025: $21.2 billion\n- 2026: $35 billion\n",
    [
      ["Oracle", "capex", 6.9e9, "2024"],
      ["Oracle", "capex", 21.2e9, "2025"],
      ["Oracle", "capex", 35e9, "2026"],
    ],
  ],
  [
    "a bullet list of years, amounts in Md$ (FR)",
    "fr",
    "Les investissements de Meta :\n- 2024 : 39,2 Md$\n- 2025 : 70 Md$\n",
    [
      ["Meta", "capex", 39.2e9, "2024"],
      ["Meta", "capex", 70e9, "2025"],
    ],
  ],
  [
    "label lines under a heading (FR)",
    "fr",
    "Résultats annuels de Capgemini\n\nChiffre d'affaires : 22,4 milliards d'euros\nMarge brute : 26,3 %\n",
    [
      ["Capgemini", "revenue", 22.4e9, null],
      ["Capgemini", "gross_margin", 0.263, null],
    ],
  ],
  [
    "label lines under a heading",
    "en",
    "Alphabet outlook\n\nCapex guidance: $91bn\nRevenue: $102.3bn\n",
    [
      ["Alphabet", "capex", 91e9, null],
      ["Alphabet", "revenue", 102.3e9, null],
    ],
  ],
  [
    "a table of metric rows and year columns, its company in the line over it",
    "en",
    "CoreWeave at a glance\n\n| Metric | 2024 | 2025 |\n|---|---|---|\n| Revenue | $1.9bn | $5.1bn |\n| Capex | $8.7bn | $20bn |\n",
    [
      ["CoreWeave", "revenue", 1.9e9, "2024"],
      ["CoreWeave", "revenue", 5.1e9, "2025"],
      ["CoreWeave", "capex", 8.7e9, "2024"],
      ["CoreWeave", "capex", 20e9, "2025"],
    ],
  ],
  [
    "a table whose scale is in the line over it",
    "en",
    "Microsoft's results (in $bn)\n\n| | FY2024 | FY2025 |\n|---|---|---|\n| Revenue | 245.1 | 281.7 |\n| Capex | 55.7 | 88.2 |\n",
    [
      ["Microsoft", "revenue", 245.1e9, "2024"],
      ["Microsoft", "revenue", 281.7e9, "2025"],
      ["Microsoft", "capex", 55.7e9, "2024"],
      ["Microsoft", "capex", 88.2e9, "2025"],
    ],
  ],
  [
    "a table whose scale is in the line over it (FR)",
    "fr",
    "Les comptes de Capgemini (en millions d'euros)\n\n| | 2023 | 2024 |\n|---|---|---|\n| Chiffre d'affaires | 10 693 | 9 577 |\n| Perte nette | 3 441 | 2 387 |\n",
    [
      ["Capgemini", "revenue", 10693e6, "2023"],
      ["Capgemini", "revenue", 9577e6, "2024"],
      ["Capgemini", "net_loss", 3441e6, "2023"],
      ["Capgemini", "net_loss", 2387e6, "2024"],
    ],
  ],
  [
    "a company per row, the metric and year in the column's header",
    "en",
    "Capital spending plans for 2026:\n\n| Company | Capex 2026 |\n|---|---|\n| Amazon | $125bn |\n| Alphabet | $91bn |\n| Meta | $72bn |\n",
    [
      ["Amazon", "capex", 125e9, "2026"],
      ["Alphabet", "capex", 91e9, "2026"],
      ["Meta", "capex", 72e9, "2026"],
    ],
  ],
  [
    "a company per row, the metric in the column's header (FR)",
    "fr",
    "Les dernières valorisations :\n\n| Société | Valorisation |\n|---|---|\n| Mistral AI | 11,7 milliards d'euros |\n| Anthropic | 183 milliards de dollars |\n",
    [
      ["Mistral AI", "valuation", 11.7e9, null],
      ["Anthropic", "valuation", 183e9, null],
    ],
  ],
  [
    "a company per row, the scale in the column's header (FR)",
    "fr",
    "| Entreprise | Investissements 2025 (en milliards de dollars) |\n|---|---|\n| Microsoft | 88 |\n| Alphabet | 91 |\n",
    [
      ["Microsoft", "capex", 88e9, "2025"],
      ["Alphabet", "capex", 91e9, "2025"],
    ],
  ],
  [
    "dated lines under a lead that names owner and metric",
    "en",
    "Anthropic's run-rate revenue:\n- January 2025: $1 billion\n- May 2025: $3 billion\n- August 2025: $5 billion\n",
    [
      ["Anthropic", "revenue_run_rate", 1e9, "2025"],
      ["Anthropic", "revenue_run_rate", 3e9, "2025"],
      ["Anthropic", "revenue_run_rate", 5e9, "2025"],
    ],
  ],
  [
    "dated lines under a lead that names owner and metric (FR)",
    "fr",
    "Les revenus annualisés d'OpenAI :\n- juin 2024 : 3,4 milliards de dollars\n- juin 2025 : 10 milliards de dollars\n",
    [
      ["OpenAI", "revenue_run_rate", 3.4e9, "2024"],
      ["OpenAI", "revenue_run_rate", 10e9, "2025"],
    ],
  ],
  [
    "a numbered list of years",
    "en",
    "Amazon's capex over three years:\n1. 2023: $48 billion\n2. 2024: $83 billion\n3. 2025: $125 billion\n",
    [
      ["Amazon", "capex", 48e9, "2023"],
      ["Amazon", "capex", 83e9, "2024"],
      ["Amazon", "capex", 125e9, "2025"],
    ],
  ],
  [
    "a list numbered with brackets (FR)",
    "fr",
    "Capex de Microsoft, année fiscale :\n1) 2024 : 55,7 milliards de dollars\n2) 2025 : 88,2 milliards de dollars\n",
    [
      ["Microsoft", "capex", 55.7e9, "2024"],
      ["Microsoft", "capex", 88.2e9, "2025"],
    ],
  ],
  [
    "a tab-separated table under its scale",
    "en",
    "Capex (in $bn)\nCompany\t2024\t2025\nMicrosoft\t55.7\t88.2\nMeta\t39.2\t70.0\n",
    [
      ["Microsoft", "capex", 55.7e9, "2024"],
      ["Microsoft", "capex", 88.2e9, "2025"],
      ["Meta", "capex", 39.2e9, "2024"],
      ["Meta", "capex", 70e9, "2025"],
    ],
  ],
  [
    "a table aligned by spaces, its scale and metric in the lead (FR)",
    "fr",
    "Les dépenses d'investissement des géants du cloud en 2025, en milliards de dollars :\nAmazon    125\nMicrosoft    88\nAlphabet    91\n",
    [
      ["Amazon", "capex", 125e9, "2025"],
      ["Microsoft", "capex", 88e9, "2025"],
      ["Alphabet", "capex", 91e9, "2025"],
    ],
  ],
  [
    "a list of rounds with their months",
    "en",
    "xAI funding rounds:\n- May 2024: $6 billion Series B\n- December 2024: $6 billion Series C\n",
    [
      ["xAI", "funding_round", 6e9, "2024"],
      ["xAI", "funding_round", 6e9, "2024"],
    ],
  ],
  [
    "a table of companies with two metric columns",
    "en",
    "| Company | Valuation | Last round |\n|---|---|---|\n| Anthropic | $183bn | $13bn |\n| xAI | $200bn | $10bn |\n",
    [
      ["Anthropic", "valuation", 183e9, null],
      ["Anthropic", "funding_round", 13e9, null],
      ["xAI", "valuation", 200e9, null],
      ["xAI", "funding_round", 10e9, null],
    ],
  ],
  [
    "a table of years with the company and metric in the header",
    "en",
    "| Year | Nvidia revenue |\n|---|---|\n| 2024 | $60.9bn |\n| 2025 | $130.5bn |\n",
    [
      ["Nvidia", "revenue", 60.9e9, "2024"],
      ["Nvidia", "revenue", 130.5e9, "2025"],
    ],
  ],
  [
    "label lines under a lead that gives the year (FR)",
    "fr",
    "Les chiffres clés d'OVHcloud pour l'exercice 2025 :\n- Chiffre d'affaires : 1,08 milliard d'euros\n- Investissements : 420 millions d'euros\n",
    [
      ["OVHcloud", "revenue", 1.08e9, "2025"],
      ["OVHcloud", "capex", 420e6, "2025"],
    ],
  ],
  [
    "bullets under a lead that gives a coming year",
    "en",
    "Nebius guidance for 2026:\n• ARR: $7 billion to $9 billion\n• Capex: about $20 billion\n",
    [
      ["Nebius", "revenue_run_rate", 7e9, "2026"],
      ["Nebius", "capex", 20e9, "2026"],
    ],
  ],
  [
    "quarter lines aligned under a heading",
    "en",
    "Broadcom AI revenue\nQ1 FY2025  $4.1bn\nQ2 FY2025  $4.4bn\nQ3 FY2025  $5.2bn\n",
    [
      ["Broadcom", "revenue", 4.1e9, "2025"],
      ["Broadcom", "revenue", 4.4e9, "2025"],
      ["Broadcom", "revenue", 5.2e9, "2025"],
    ],
  ],
  [
    "dated lines with pipes on one line",
    "en",
    "Anthropic revenue run-rate | Jan 2025: $1bn | Jul 2025: $4bn | Oct 2025: $7bn\n",
    [
      ["Anthropic", "revenue_run_rate", 1e9, "2025"],
      ["Anthropic", "revenue_run_rate", 4e9, "2025"],
      ["Anthropic", "revenue_run_rate", 7e9, "2025"],
    ],
  ],
  [
    "bold labels",
    "en",
    "Key figures for Nscale\n\n**Revenue:** $410 million\n**Valuation:** $3.1 billion\n",
    [
      ["Nscale", "revenue", 410e6, null],
      ["Nscale", "valuation", 3.1e9, null],
    ],
  ],
  [
    "year labels in a sentence, commas and 'and' between items",
    "en",
    "Lambda's revenue grew fast: 2022: $0.9 billion, 2023: $3.1 billion and 2024: $5.2 billion.\n",
    [
      ["Lambda", "revenue", 0.9e9, "2022"],
      ["Lambda", "revenue", 3.1e9, "2023"],
      ["Lambda", "revenue", 5.2e9, "2024"],
    ],
  ],
  [
    "years as rows, metrics with their scale as columns",
    "en",
    "Oracle in figures\n\n| Year | Revenue ($bn) | Capex ($bn) |\n|---|---|---|\n| 2024 | 53.0 | 6.9 |\n| 2025 | 57.4 | 21.2 |\n",
    [
      ["Oracle", "revenue", 53e9, "2024"],
      ["Oracle", "capex", 6.9e9, "2024"],
      ["Oracle", "revenue", 57.4e9, "2025"],
      ["Oracle", "capex", 21.2e9, "2025"],
    ],
  ],
  [
    "quarter lines under a lead (FR)",
    "fr",
    "Chiffre d'affaires trimestriel de Nvidia :\n- T1 2025 : 44,1 Md$\n- T2 2025 : 46,7 Md$\n",
    [
      ["Nvidia", "revenue", 44.1e9, "2025"],
      ["Nvidia", "revenue", 46.7e9, "2025"],
    ],
  ],
  [
    "year lines with a dash between label and figure, under a heading with no blank line",
    "en",
    "CoreWeave backlog\n2024 – $15.1bn\n2025 – $55.6bn\n",
    [
      ["CoreWeave", "compute_commitment", 15.1e9, "2024"],
      ["CoreWeave", "compute_commitment", 55.6e9, "2025"],
    ],
  ],
  [
    "a tab-separated table of companies with metric columns",
    "en",
    "Company\tRevenue\tValuation\nDatabricks\t$3bn\t$100bn\nScale AI\t$0.9bn\t$29bn\n",
    [
      ["Databricks", "revenue", 3e9, null],
      ["Databricks", "valuation", 100e9, null],
      ["Scale AI", "revenue", 0.9e9, null],
      ["Scale AI", "valuation", 29e9, null],
    ],
  ],
  [
    "a list of companies under a lead naming the metric (FR)",
    "fr",
    "Les investissements annoncés en France :\n- Amazon : 1,2 milliard d'euros\n- Microsoft : 4 milliards d'euros\n",
    [
      ["Amazon", "capex", 1.2e9, null],
      ["Microsoft", "capex", 4e9, null],
    ],
  ],
  [
    "a year list whose scale is declared once before its items",
    "en",
    "Meta's capex (in billions of dollars): 2023: 28.1 · 2024: 39.2 · 2025: 70\n",
    [
      ["Meta", "capex", 28.1e9, "2023"],
      ["Meta", "capex", 39.2e9, "2024"],
      ["Meta", "capex", 70e9, "2025"],
    ],
  ],
  [
    "year lines whose scale is declared in the lead (FR)",
    "fr",
    "Chiffre d'affaires de Capgemini (en milliards d'euros) :\n- 2023 : 22,5\n- 2024 : 22,1\n",
    [
      ["Capgemini", "revenue", 22.5e9, "2023"],
      ["Capgemini", "revenue", 22.1e9, "2024"],
    ],
  ],
  [
    "quarter items with pipes under a heading with no blank line",
    "en",
    "Microsoft capex by quarter\nQ1 FY26: $34.9bn | Q2 FY26: $37.5bn\n",
    [
      ["Microsoft", "capex", 34.9e9, "2025"],
      ["Microsoft", "capex", 37.5e9, "2025"],
    ],
  ],
  [
    "year labels with no colon, each right before its amount",
    "en",
    "Meta capex: 2023 $28.1bn, 2024 $39.2bn, 2025 $70bn.\n",
    [
      ["Meta", "capex", 28.1e9, "2023"],
      ["Meta", "capex", 39.2e9, "2024"],
      ["Meta", "capex", 70e9, "2025"],
    ],
  ],
  [
    "a plain-text table whose four-digit figures look like years",
    "en",
    "Revenue, $ millions\nCompany      2024      2025\nCoreWeave    1915      5100\nNebius       117       550\n",
    [
      ["CoreWeave", "revenue", 1915e6, "2024"],
      ["CoreWeave", "revenue", 5100e6, "2025"],
      ["Nebius", "revenue", 117e6, "2024"],
      ["Nebius", "revenue", 550e6, "2025"],
    ],
  ],
];

describe("figures in lists and tables", () => {
  for (const [name, language, text, expected] of CASES) {
    it(`reads ${name} (${language})`, () => check(text, language, expected));
  }
});
