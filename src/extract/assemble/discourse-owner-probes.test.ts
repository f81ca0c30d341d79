import { claimsOfValue, type Language, probeReader, runProbeRows } from "../../../test/support/probes.js";
import type { Claim } from "../../core/index.js";

/**
 * Owners of figures whose sentence names no owner, probed in invented multi-sentence texts (French
 * and English): the company of a bullet owns what "the company" of that bullet announces; a company
 * introduced in an earlier paragraph owns the figures its own sentences give, in an article about
 * another company; a person's job title names a post, not a company, and the company after "at",
 * "chez" or before the title owns the figure. Near-misses keep the subject carried over (the
 * article's company named again, "the company" after a sentence about it). A row gives, for a value,
 * the owner expected; "!X" says X must own no claim. Unmet rows are `todo`, with the reason.
 */

type Probe = readonly [
  language: Language,
  text: string,
  expected: readonly (readonly [value: number, owner: string])[],
  todo?: string,
];

const PROBES: readonly Probe[] = [
  // a bullet opened by its company: "the company" of the bullet is that company
  [
    "fr",
    "Les opérateurs de centres de données relèvent leurs objectifs\n\nVelorine domine le marché cette année.\n\n- Le néocloud Quarkon a publié des ventes en hausse ; l'entreprise a relevé ses prévisions de chiffre d'affaires annuel à 900 millions d'euros.\n- Le néocloud Brisalys a ouvert deux sites ; la société vise désormais 400 mégawatts de capacité d'ici 2028.",
    [
      [900_000_000, "Quarkon"],
      [0.4, "Brisalys"],
    ],
  ],
  [
    "en",
    "Cloud builders raise their sights\n\nVelorine leads the pack this year.\n\n- The cloud provider Pellaro posted higher sales. The company lifted its full-year revenue forecast to $1.2 billion.\n- The cloud provider Tessellis opened two halls. It now expects capital expenditure of $700 million in 2026.",
    [
      [1_200_000_000, "Pellaro"],
      [700_000_000, "Tessellis"],
    ],
  ],
  [
    "en",
    "What the operators said\n\n• Norvane Inc: the group raised its annual revenue outlook to $450 million.\n• Orvanta Inc: the firm expects 250 megawatts online by 2027.",
    [
      [450_000_000, "Norvane Inc"],
      [0.25, "Orvanta Inc"],
    ],
  ],
  [
    "fr",
    "Ce qu'ont annoncé les opérateurs\n\n1. Korvex SAS : le groupe table sur 300 millions d'euros de revenus en 2026.\n2. Halvard SAS : l'entreprise prévoit d'investir 120 millions d'euros dans deux sites.",
    [
      [300_000_000, "Korvex SAS"],
      [120_000_000, "Halvard SAS"],
    ],
  ],
  [
    "en",
    "Cloud builders raise their sights\n\n- Pellaro posted higher sales; the company lifted its revenue forecast to $1.2 billion.\n- Tessellis opened two halls; it now expects capital expenditure of $700 million.",
    [
      [1_200_000_000, "Pellaro"],
      [700_000_000, "Tessellis"],
    ],
  ],
  [
    "fr",
    "Les géants relèvent leurs dépenses\n\n- Halvard Inc a publié un chiffre d'affaires de 20 milliards d'euros.\n- L'assistant Falcor de Korvex SAS compte 40 millions d'utilisateurs, mais l'entreprise a relevé ses dépenses d'investissement prévues à 9 milliards d'euros.",
    [
      [20_000_000_000, "Halvard Inc"],
      [9_000_000_000, "Korvex SAS"],
    ],
  ],
  [
    "en",
    "Big spenders\n\n- Korvex SAS posted revenue of $20 billion.\n- The Falcor chatbot of Halvard Inc drew 40 million users, and the company raised its capex forecast to $9 billion.",
    [
      [20_000_000_000, "Korvex SAS"],
      [9_000_000_000, "Halvard Inc"],
    ],
  ],
  // near-miss: an item that names a company but points back at none leaves its figure to the list's company
  [
    "en",
    "Velorine Inc by the numbers\n\nVelorine Inc depends on a few customers:\n- Quarkon SAS accounted for 62% of revenue in 2025.\n- Halvard Inc accounted for 15% of revenue in 2025.",
    [
      [0.62, "Velorine Inc"],
      [0.15, "Velorine Inc"],
    ],
  ],
  // near-miss: an item that opens on "it" goes on about the company of the item before
  [
    "en",
    "Cloud builders raise their sights\n\n- The cloud provider Pellaro posted higher sales of $300 million.\n- It also lifted its capital expenditure plan to $700 million.",
    [
      [300_000_000, "Pellaro"],
      [700_000_000, "Pellaro"],
    ],
  ],
  // a company introduced in an earlier paragraph, in an article about another company
  [
    "en",
    "Velorine raises $1 billion\n\nVelorine raised $1 billion on Monday from a group of pension funds. Velorine will spend it on chips.\n\nPellaro, a smaller cloud provider based in Oslo, has taken another path. The company secured $400 million in debt last month.",
    [
      [1_000_000_000, "Velorine"],
      [400_000_000, "Pellaro"],
    ],
  ],
  [
    "en",
    "Velorine raises $1 billion\n\nVelorine raised $1 billion on Monday from a group of pension funds.\n\nPellaro, a smaller cloud based in Oslo, has taken another path. The company secured $400 million in debt last month.",
    [[400_000_000, "Pellaro"]],
    "a bare « cloud » in apposition is no corporate cue yet",
  ],
  [
    "fr",
    "Quarkon lève 500 millions d'euros\n\nQuarkon a levé 500 millions d'euros auprès de fonds européens. Quarkon veut doubler ses capacités.\n\nSon concurrent Brisalys, installé à Lyon, mise sur la location. L'entreprise a réalisé un chiffre d'affaires de 80 millions d'euros l'an dernier.",
    [
      [500_000_000, "Quarkon"],
      [80_000_000, "Brisalys"],
    ],
  ],
  [
    "fr",
    "Quarkon lève 500 millions d'euros\n\nQuarkon a levé 500 millions d'euros auprès de fonds européens.\n\nBrisalys, un néocloud installé à Lyon, mise sur la location. Elle a réalisé un chiffre d'affaires de 80 millions d'euros l'an dernier.",
    [[80_000_000, "Brisalys"]],
  ],
  [
    "en",
    "Tessellis doubles its campus\n\nTessellis said on Friday it would double its Lisbon campus.\n\nIts rival Orvanta is moving faster. The firm expects to reach 600 megawatts by 2027.",
    [[0.6, "Orvanta"]],
  ],
  // near-misses: the subject carries over
  [
    "en",
    "Velorine raises $1 billion\n\nVelorine raised $1 billion on Monday from pension funds, beating Pellaro to the money.\n\nThe company also plans 500 megawatts of capacity by 2028.",
    [
      [1_000_000_000, "Velorine"],
      [0.5, "Velorine"],
    ],
  ],
  [
    "fr",
    "Quarkon accélère\n\nQuarkon a signé un bail avec Brisalys pour un site près de Lyon.\n\nLe groupe prévoit d'investir 2 milliards d'euros d'ici 2030.",
    [[2_000_000_000, "Quarkon"]],
  ],
  [
    "fr",
    "Quarkon lève 50 millions d'euros\n\nQuarkon, avec son partenaire Jean Morel, a levé 50 millions d'euros.",
    [
      [50_000_000, "Quarkon"],
      [0, "!Jean Morel"],
    ],
  ],
  // a person's job title: the company after "at", « chez », or before the title
  [
    "en",
    "Jane Roe, Vice-President of Global Data Centers at Velorine, said the company would spend $3 billion on new sites in 2026.",
    [
      [3_000_000_000, "Velorine"],
      [0, "!Global Data Centers"],
    ],
  ],
  [
    "en",
    "The firm will add 300 megawatts next year, said John Poe, Head of Cloud Infrastructure at Pellaro.",
    [
      [0.3, "Pellaro"],
      [0, "!Cloud Infrastructure"],
    ],
  ],
  [
    "en",
    "Tessellis expects revenue of $2 billion in 2026, according to Ada Lind, Senior Director of Hyperscale Operations at Tessellis.",
    [
      [2_000_000_000, "Tessellis"],
      [0, "!Hyperscale Operations"],
    ],
  ],
  [
    "fr",
    "Marie Lenoir, directrice des Opérations Mondiales chez Quarkon, a indiqué que le groupe investirait 600 millions d'euros en 2026.",
    [
      [600_000_000, "Quarkon"],
      [0, "!Opérations Mondiales"],
    ],
  ],
  [
    "fr",
    "Selon Paul Girard, responsable de Digital Infrastructure au sein de Korvex, la société a levé 90 millions d'euros.",
    [
      [90_000_000, "Korvex"],
      [0, "!Digital Infrastructure"],
    ],
  ],
  [
    "en",
    "Halvard Inc's Vice-President of Global Data Centers, Jane Roe, said the company would spend $3 billion on new sites.",
    [
      [3_000_000_000, "Halvard Inc"],
      [0, "!Global Data Centers"],
    ],
  ],
  [
    "fr",
    "Selon Marie Lenoir, directrice des Opérations Mondiales de Korvex SAS, le groupe investira 600 millions d'euros.",
    [
      [600_000_000, "Korvex SAS"],
      [0, "!Opérations Mondiales"],
    ],
  ],
  // near-miss: a company after "director of", with no company after it, is still a company
  [
    "en",
    "Jane Roe, director of Halvard Data Centers, said the company would spend $3 billion on new sites.",
    [[3_000_000_000, "Halvard Data Centers"]],
  ],
  [
    "en",
    "Velorine's Chief Revenue Officer, Sam Okafor, said revenue reached $900 million last year.",
    [
      [900_000_000, "Velorine"],
      [0, "!Chief Revenue Officer"],
    ],
    'a name before a possessive job title ("X\'s Chief Revenue Officer") is not yet read as a company',
  ],
];

const read = probeReader({ published: "2026-03-02" });

/** What the claims get wrong of each expected owner: a figure read with another owner, or a "!X" that owns one. */
function wrongOwners(claims: readonly Claim[], expected: Probe[2]): string[] {
  const got = claims.map((c) => `${c.entity}/${c.metric}/${c.value.low ?? c.value.high}`).join("; ");
  return expected.flatMap(([value, owner]) => {
    if (owner.startsWith("!"))
      return claims.some((c) => c.entity === owner.slice(1)) ? [`${owner}; got: ${got}`] : [];
    const found = claimsOfValue(claims, value);
    if (found.length === 0) return [`no claim of ${value}; got: ${got}`];
    return found.every((c) => c.entity === owner) ? [] : [`${value} should be ${owner}'s; got: ${got}`];
  });
}

runProbeRows({
  title: "owners named before a figure whose sentence names none",
  rows: PROBES,
  label: ([language, text]) => `${language}: ${text.replace(/\n+/gu, " / ").slice(0, 150)}`,
  todo: (probe) => probe[3],
  wrong: ([language, text, expected]) => wrongOwners(read(text, language), expected),
});
