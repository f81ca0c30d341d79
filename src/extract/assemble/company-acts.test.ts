import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/**
 * Companies the gazetteer does not know, read from their grammar, probed in invented sentences (French
 * and English): the subject of a company's act whose clause gives a figure of money, power or chips;
 * the owner of a site with a figure, when the document puts the name in a second such position (its
 * title, another act); a list item opening on a name beside items opening on companies; a trade noun
 * with its complement before the subject. Near-misses (a place something is built in, a product after
 * a count, a person's surname, a month, a day, an ordinary word opening a sentence, a plural of
 * actors, a non-name opening list items) must own nothing. A row gives, for a value, the owner
 * expected; "!X" says X must own no claim and be no claim's counterparty. Before these rules, 12 of
 * the 42 rows were met; all 42 are now.
 */

type Probe = readonly [
  language: "fr" | "en",
  text: string,
  expected: readonly (readonly [value: number, owner: string])[],
];

const PROBES: readonly Probe[] = [
  // the subject of a company's act whose clause gives a figure (lexicon.ts COMPANY_ACTS)
  ["en", "Quillon now operates 450 megawatts across four sites in Iberia.", [[0.45, "Quillon"]]],
  ["fr", "Orbelis exploite 120 mégawatts de capacité en Bretagne.", [[0.12, "Orbelis"]]],
  ["en", "Tessaly runs 40,000 GPUs in two halls.", [[40000, "Tessaly"]]],
  ["en", "Varnel will build a 300 MW campus for $4 billion.", [[0.3, "Varnel"]]],
  ["fr", "Orbelis construira un campus de 300 MW pour 4 milliards d'euros.", [[4000000000, "Orbelis"]]],
  ["en", "Varnel is building 600 megawatts of capacity in the desert.", [[0.6, "Varnel"]]],
  ["en", "Varnel plans 1 gigawatt of capacity by 2028.", [[1, "Varnel"]]],
  ["fr", "Orbelis vise 500 mégawatts de capacité d'ici 2028.", [[0.5, "Orbelis"]]],
  ["en", "Tessaly is spending $1 billion on accelerators this year.", [[1_000_000_000, "Tessaly"]]],
  ["fr", "Tessaly dépensera 1 milliard d'euros en serveurs cette année.", [[1_000_000_000, "Tessaly"]]],
  ["en", "Varnel earned $90 million in revenue last year.", [[90000000, "Varnel"]]],
  [
    "en",
    "Quillon struck an agreement with Halvard Compute worth $2 billion to rent GPUs.",
    [[2000000000, "Quillon"]],
  ],
  [
    "fr",
    "Orbelis a noué un partenariat de 300 millions d'euros avec un fonds de pension.",
    [[300000000, "Orbelis"]],
  ],
  ["en", "Quillon sealed a $700 million financing package with a group of banks.", [[700000000, "Quillon"]]],
  ["en", "Tessaly unveiled plans to invest $1 billion in two campuses.", [[1_000_000_000, "Tessaly"]]],
  ["en", "Tessaly, meanwhile, raised $200 million in debt.", [[200000000, "Tessaly"]]],
  [
    "fr",
    "Orbelis, de son côté, a levé 30 millions d'euros auprès de ses actionnaires.",
    [[30000000, "Orbelis"]],
  ],
  ["fr", "Orbelis vient de boucler un tour de table de 60 millions d'euros.", [[60000000, "Orbelis"]]],
  [
    "en",
    "Velorine is building a campus in Oporto. Oporto will spend $200 million on grid upgrades.",
    [[0, "!Oporto"]],
  ],
  [
    "fr",
    "Velorine construit un campus près de Grenoble. Grenoble consacrera 50 millions d'euros au réseau.",
    [[0, "!Grenoble"]],
  ],
  ["en", "Velorine sold 40,000 Falcor boards. Falcor runs 2,000 GPUs per rack.", [[0, "!Falcor"]]],
  [
    "en",
    "Chief executive Jane Morrow said Velorine plans 1 gigawatt. Morrow built 300 megawatts at her last firm.",
    [[0, "!Morrow"]],
  ],
  [
    "fr",
    "Le PDG Jean Morel a indiqué que Quarkon vise 500 MW. Morel a construit 200 MW chez son ancien employeur.",
    [[0, "!Morel"]],
  ],
  ["en", "In March, Velorine raised $1 billion. March earned the company $90 million.", [[0, "!March"]]],
  ["en", "Construction will build 300 megawatts in two phases, Velorine said.", [[0, "!Construction"]]],
  [
    "fr",
    "Quarkon a levé 40 millions d'euros lundi. Vendredi, Brisalys construira 300 MW.",
    [[0, "!Vendredi"]],
  ],
  // the owner of a site with a figure, in a document that puts the name in a second such position
  [
    "en",
    "Varnel doubles down on Ohio\n\nVarnel's Ohio campus will cost $3 billion, the developer said.",
    [[3000000000, "Varnel"]],
  ],
  [
    "en",
    "Varnel expands\n\nVarnel opened a second hall in May. Varnel's data centres will draw 800 megawatts by 2028.",
    [[0.8, "Varnel"]],
  ],
  [
    "fr",
    "Orbelis s'agrandit\n\nLes centres de données d'Orbelis consommeront 800 mégawatts en 2028.",
    [[0.8, "Orbelis"]],
  ],
  [
    "fr",
    "Orbelis exploite déjà deux sites en Bretagne. Le campus d'Orbelis coûtera 900 millions d'euros.",
    [[900000000, "Orbelis"]],
  ],
  ["en", "Lisbon's data centres will draw 800 megawatts by 2028, Velorine said.", [[0, "!Lisbon"]]],
  [
    "fr",
    "Les centres de données de Marseille consommeront 300 mégawatts, selon Quarkon.",
    [[0, "!Marseille"]],
  ],
  // a list item opening on a name, beside items opening on companies
  [
    "en",
    "Cloud builders raise their sights\n\n- Quarkon SAS posted higher sales of $300 million.\n- Tessellis opened two halls; it now expects capital expenditure of $700 million.",
    [
      [300000000, "Quarkon SAS"],
      [700000000, "Tessellis"],
    ],
  ],
  [
    "fr",
    "Ce qu'ont annoncé les opérateurs\n\n- Korvex SAS a relevé ses prévisions de chiffre d'affaires à 300 millions d'euros.\n- Halvard accélère ; l'entreprise prévoit d'investir 120 millions d'euros.",
    [
      [300000000, "Korvex SAS"],
      [120000000, "Halvard"],
    ],
  ],
  [
    "en",
    "Cloud builders raise their sights\n\n- Pellaro posted higher sales; the company lifted its revenue forecast to $1.2 billion.\n- Tessellis opened two halls; it now expects capital expenditure of $700 million.",
    [
      [1200000000, "Pellaro"],
      [700000000, "Tessellis"],
    ],
  ],
  [
    "en",
    "Velorine Inc by the numbers\n\n- Net loss in 2024: $594 million\n- Net loss in 2025: $863 million",
    [
      [594000000, "Velorine Inc"],
      [0, "!Net"],
    ],
  ],
  [
    "en",
    "Who moved this week\n\n- Quarkon SAS hired forty engineers.\n- Jane Roe joined the board of Velorine Inc, which raised $50 million.",
    [[0, "!Jane Roe"]],
  ],
  // a trade noun of the lexicon, with the complement of its trade, just before the subject
  ["en", "Software vendor Kellig booked revenue of $410 million last year.", [[410000000, "Kellig"]]],
  ["fr", "Le spécialiste du refroidissement Aubrac a levé 80 millions d'euros.", [[80000000, "Aubrac"]]],
  ["en", "The maker of cooling pumps Tervane raised $120 million from Velmont.", [[120000000, "Tervane"]]],
  [
    "fr",
    "L'opérateur de réseaux privés Sorvane a signé un contrat de 400 millions d'euros avec Quarkon.",
    [[400000000, "Sorvane"]],
  ],
  [
    "en",
    "The fund's founding partner Jane Morrow raised $120 million for a second vehicle.",
    [[0, "!Jane Morrow"]],
  ],
];

describe("companies read from their grammar", () => {
  for (const [language, text, expected] of PROBES) {
    it(`${language}: ${text.replace(/\n+/gu, " / ").slice(0, 150)}`, () => {
      const claims = extract(text, language, "2026-03-02");
      const got = claims.map((c) => `${c.entity}/${c.metric}/${c.value.low ?? c.value.high}`).join("; ");
      for (const [value, owner] of expected) {
        if (owner.startsWith("!")) {
          const name = owner.slice(1);
          assert.ok(!claims.some((c) => c.entity === name || c.counterparty === name), `got: ${got}`);
          continue;
        }
        const found = claims.filter((c) => (c.value.low ?? c.value.high) === value);
        assert.ok(found.length > 0, `no claim of ${value}; got: ${got}`);
        assert.ok(
          found.every((c) => c.entity === owner),
          `${value} should be ${owner}'s; got: ${got}`,
        );
      }
    });
  }
});
