import { claimsOfValue, type Language, probeReader, runProbeRows } from "../../../test/support/probes.js";
import { defaultGazetteer } from "../gazetteer.js";

/**
 * The company named just before a figure, in its own sentence, as the possessor of what the figure
 * sizes ("the announcement by X of a 900 MW campus", « le lancement par X d'un plan de 5 milliards »,
 * "X's plan for"), owns the figure even when the sentence opens with a phrase ("in the wake of",
 * « dans le cadre de ») that hides it from the cues, rather than the article's subject. Near-misses:
 * a company named as an object or the other side of a deal ("an agreement with X", « avec X »,
 * "chips from X") leaves the figure to the article's subject. Invented companies and wording.
 */

type Probe = readonly [language: Language, text: string, value: number, owner: string];

const FR_LEAD = "Le néocloud Brisalys accélère en Europe.\n\n";
const EN_LEAD = "The cloud provider Tessellis is growing fast.\n\n";

const PROBES: readonly Probe[] = [
  // the possessor of what the figure sizes, behind an opening phrase
  [
    "fr",
    `${FR_LEAD}Peu après l'annonce par Quarkon d'un campus de 800 mégawatts près de Madrid, les opérateurs locaux suivent.`,
    0.8,
    "Quarkon",
  ],
  [
    "fr",
    `${FR_LEAD}Dans le cadre du lancement par Velorine d'un plan d'investissement de 5 milliards d'euros en Italie, la concurrence s'organise.`,
    5_000_000_000,
    "Velorine",
  ],
  [
    "en",
    `${EN_LEAD}In the wake of Norvane's plan for a 900 megawatt campus in Ohio, rivals rushed to follow.`,
    0.9,
    "Norvane",
  ],
  [
    "en",
    `${EN_LEAD}In line with the roadmap of Velorine for 1.2 gigawatts of new capacity, local operators followed suit.`,
    1.2,
    "Velorine",
  ],
  [
    "en",
    `${EN_LEAD}With the announcement by Quarkon of a $7 billion investment plan in Spain, competition has sharpened.`,
    7_000_000_000,
    "Quarkon",
  ],
  // near-misses: an object, the other side of a deal, keeps the figure with the article's subject
  [
    "fr",
    `${FR_LEAD}Dans le cadre d'un accord avec Quarkon, 2 milliards d'euros d'investissements seront engagés en 2027.`,
    2_000_000_000,
    "Brisalys",
  ],
  [
    "en",
    `${EN_LEAD}Under an agreement with Velorine, $2 billion of capital spending will be committed in 2027.`,
    2_000_000_000,
    "Tessellis",
  ],
  [
    "en",
    `${EN_LEAD}Alongside chips from Norvane, 500 megawatts of capacity will be added by 2027.`,
    0.5,
    "Tessellis",
  ],
];

/** The invented companies of the probes. */
const INVENTED = defaultGazetteer({
  companies: [
    { name: "Quarkon", kinds: ["business"] },
    { name: "Norvane", kinds: ["business"] },
    { name: "Brisalys", kinds: ["neocloud"] },
    { name: "Tessellis", kinds: ["neocloud"] },
    { name: "Velorine", kinds: ["business"] },
  ],
});

const read = probeReader({ published: "2026-03-02", gazetteer: INVENTED });

runProbeRows({
  title: "a company named just before the figure, as the possessor of what it sizes, owns it",
  rows: PROBES,
  label: ([language, text]) => `${language}: ${text.replace(/\n+/gu, " / ").slice(0, 150)}`,
  todo: () => undefined,
  wrong: ([language, text, value, owner]) => {
    const claims = read(text, language);
    const found = claimsOfValue(claims, value);
    const got = claims.map((c) => `${c.entity}/${c.metric}/${c.value.low ?? c.value.high}`).join("; ");
    if (found.length === 0) return [`no claim of ${value}; got: ${got}`];
    return found.every((c) => c.entity === owner) ? [] : [`${value} should be ${owner}'s; got: ${got}`];
  },
});
