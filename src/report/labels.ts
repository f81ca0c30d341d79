import type { Language, Qualifier } from "../core/index.js";

/** Every word a chart or a report prints, in both languages. */
const LABELS = {
  en: {
    year: "Year",
    median: "Median",
    band90: "p5–p95",
    band50: "p25–p75",
    band: "Band",
    reported: "Reported figure",
    source: "Source",
    reportDate: "Reported",
    period: "Period",
    value: "Value",
    qualifier: "Qualifier",
    attribution: "According to",
    revision: "Revision",
    counterparty: "Counterparty",
    amount: "Amount",
    kind: "Kind",
    committed: "committed",
    targeted: "targeted",
    input: "Input",
    inputLow: "input at its low end",
    inputHigh: "input at its high end",
    median_of: "median of",
    vague: "vague",
    notDrawnAsYear: "running total over part of a year, not drawn as that year's bar",
    vagueAmount: "vague amount: an order of magnitude, not a figure",
    lowConfidence: (c: string) => `low confidence (${c})`,
    noSwing: (rho: string) =>
      `no p10–p90 swing, yet rank correlation ${rho}: acts only through a threshold or a tail`,
    count: "Samples",
    scenario: "Scenario",
    probabilityBelow: (threshold: string, p: string) => `P(< ${threshold}) = ${p}`,
    belowThreshold: "below",
    aboveThreshold: "at or above",
  },
  fr: {
    year: "Année",
    median: "Médiane",
    band90: "p5–p95",
    band50: "p25–p75",
    band: "Intervalle",
    reported: "Chiffre publié",
    source: "Source",
    reportDate: "Publié le",
    period: "Période",
    value: "Valeur",
    qualifier: "Qualificatif",
    attribution: "Selon",
    revision: "Révision",
    counterparty: "Contrepartie",
    amount: "Montant",
    kind: "Nature",
    committed: "engagé",
    targeted: "objectif",
    input: "Entrée",
    inputLow: "entrée au bas de sa plage",
    inputHigh: "entrée au haut de sa plage",
    median_of: "médiane de",
    vague: "imprécis",
    notDrawnAsYear: "cumul sur une partie de l'année, non dessiné comme la barre de l'année",
    vagueAmount: "montant imprécis : un ordre de grandeur, pas un chiffre",
    lowConfidence: (c: string) => `confiance faible (${c.replace(".", ",")})`,
    noSwing: (rho: string) =>
      `aucun écart p10–p90, mais corrélation de rang ${rho} : n'agit qu'au-delà d'un seuil ou dans une queue`,
    count: "Tirages",
    scenario: "Scénario",
    probabilityBelow: (threshold: string, p: string) => `P(< ${threshold}) = ${p}`,
    belowThreshold: "sous le seuil",
    aboveThreshold: "au-dessus du seuil",
  },
} as const;

export type Labels = (typeof LABELS)["en"] | (typeof LABELS)["fr"];

export function labelsFor(lang: Language): Labels {
  return LABELS[lang];
}

const QUALIFIER_LABELS: Record<Language, Record<Qualifier, string>> = {
  en: {
    letter_of_intent: "letter of intent",
    rumoured: "rumoured",
    target: "target",
    commitment: "commitment",
    estimated: "estimated",
    reported: "reported",
  },
  fr: {
    letter_of_intent: "lettre d'intention",
    rumoured: "rumeur",
    target: "objectif",
    commitment: "engagement",
    estimated: "estimation",
    reported: "publié",
  },
};

export function qualifierLabel(qualifier: Qualifier, lang: Language): string {
  return QUALIFIER_LABELS[lang][qualifier];
}
