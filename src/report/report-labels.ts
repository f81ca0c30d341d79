import type { Language } from "../core/index.js";

/** The report's own words, in both languages. */
const REPORT_LABELS = {
  en: {
    htmlLang: "en",
    reportTitle: (scenario: string) => `Frontier Ledger report: ${scenario}`,
    answers: "Answers",
    positiveBy: (year: number) => `Probability that yearly cash flow turns positive by ${year}`,
    fundingNeeded: (year: number) => `Outside funding needed until ${year}`,
    newFundingFromVendors: "New funding from the company's own vendors",
    newFundingFromOthers: "New funding from others",
    vendorShare: "vendors' share",
    median: "median",
    interval: "p5–p95",
    run: (samples: string, seed: number) => `${samples} Monte Carlo samples, seed ${seed}`,
    generated: "Generated",
    charts: "Charts",
    inputs: "Inputs",
    input: "Input",
    distribution: "Distribution",
    evidence: "Evidence",
    unbound: "not bound to a claim",
    checks: "Reconciliation checks",
    whatChanged: "What changed",
    status: "Status",
    subject: "Check",
    arithmetic: "Arithmetic",
    noChecks: "No arithmetic check applied to these claims.",
    sources: "Sources",
    notes: "Notes",
    undated: "undated",
    statusLabel: { pass: "pass", warn: "warn", fail: "fail" },
    fanTitle: (output: string) => `${output}: simulated range`,
    fanCaption:
      "Shaded bands: p5–p95 and p25–p75 of the simulated values; line: median; diamonds: reported figures.",
    compareTitle: (output: string, a: string, b: string) => `${output}: ${a} vs ${b}`,
    histogramTitle: (output: string, year: number | null) =>
      year === null ? `${output}: distribution` : `${output} in ${year}: distribution`,
    histogramCaption: (p: string) => `Red bars lie below zero; ${p} of the samples do.`,
    tornadoTitle: (target: string) => `What moves ${target} most`,
    tornadoCaption:
      "Median of the target with each input at the low and at the high end of its range, the others as sampled.",
    timelineTitle: (entity: string, metric: string) => `${entity}: ${metric} as reported`,
    timelineCaption:
      "Each reported figure at the period it measures, coloured by qualifier; arrows go from a figure to the one that replaced it.",
    commitmentsTitle: (entity: string) => `${entity}: compute commitments and targets by counterparty`,
    commitmentsCaption: "Solid: contracted commitments; pale: spending targets.",
    noEvidence: "No claim",
    noSources: "The ledger holds no documents: no reported figures, timelines or sources to show.",
    noLedger: "No ledger was read (give --db): the report shows the scenario alone.",
    ledgerOff: "No ledger was read (--no-ledger): the report shows the scenario alone.",
    ledgerUnavailable: (reason: string) =>
      `The ledger could not be opened (${reason}): the report shows the scenario alone.`,
    noFacts: "The ledger holds no facts: no timelines, commitments or reported figures on the fans.",
    fallbackUsed: (input: string, ref: string) =>
      `${input}: no ledger claim for ${ref}; the scenario's fallback distribution was used.`,
    backtest: "Backtest: reported actuals against the model",
    backtestIntro: (passed: boolean) =>
      passed
        ? "Every actual the ledger reports for the scenario's outputs is inside the model's p5–p95, or excepted by the scenario with a reason."
        : "Some actuals the ledger reports fall outside the model's p5–p95 with no reason given in the scenario.",
    noBacktest: "The ledger reports no actuals for the outputs the scenario maps.",
    output: "Output",
    period: "Period",
    reported: "Reported",
    modelRange: "Model p5–p95",
    result: "Result",
    backtestStatus: { inside: "inside", outside: "outside", excepted: "excepted" },
    boundInput: "an input is bound to this claim",
  },
  fr: {
    htmlLang: "fr",
    reportTitle: (scenario: string) => `Rapport Frontier Ledger : ${scenario}`,
    answers: "Réponses",
    positiveBy: (year: number) =>
      `Probabilité que le flux de trésorerie annuel devienne positif d'ici ${year}`,
    fundingNeeded: (year: number) => `Financement extérieur nécessaire jusqu'en ${year}`,
    newFundingFromVendors: "Argent frais venant des propres fournisseurs de l'entreprise",
    newFundingFromOthers: "Argent frais venant des autres investisseurs",
    vendorShare: "part des fournisseurs",
    median: "médiane",
    interval: "p5–p95",
    run: (samples: string, seed: number) => `${samples} tirages Monte-Carlo, graine ${seed}`,
    generated: "Produit le",
    charts: "Graphiques",
    inputs: "Hypothèses",
    input: "Hypothèse",
    distribution: "Distribution",
    evidence: "Source",
    unbound: "non liée à une affirmation",
    checks: "Contrôles de cohérence",
    whatChanged: "Ce qui a changé",
    status: "Statut",
    subject: "Contrôle",
    arithmetic: "Calcul",
    noChecks: "Aucun contrôle arithmétique ne s'applique à ces affirmations.",
    sources: "Sources",
    notes: "Remarques",
    undated: "non daté",
    statusLabel: { pass: "cohérent", warn: "à vérifier", fail: "incohérent" },
    fanTitle: (output: string) => `${output} : plage simulée`,
    fanCaption:
      "Bandes : p5–p95 et p25–p75 des valeurs simulées ; ligne : médiane ; losanges : chiffres publiés.",
    compareTitle: (output: string, a: string, b: string) => `${output} : ${a} contre ${b}`,
    histogramTitle: (output: string, year: number | null) =>
      year === null ? `${output} : distribution` : `${output} en ${year} : distribution`,
    histogramCaption: (p: string) => `Barres rouges : sous zéro ; ${p} des tirages.`,
    tornadoTitle: (target: string) => `Ce qui fait le plus varier ${target}`,
    tornadoCaption:
      "Médiane de la cible avec chaque hypothèse au bas et au haut de sa plage, les autres tirées au hasard.",
    timelineTitle: (entity: string, metric: string) => `${entity} : ${metric}, chiffres publiés`,
    timelineCaption:
      "Chaque chiffre à la période qu'il mesure, coloré selon son qualificatif ; les flèches vont d'un chiffre à celui qui l'a remplacé.",
    commitmentsTitle: (entity: string) => `${entity} : engagements et objectifs de calcul par contrepartie`,
    commitmentsCaption: "Plein : engagements contractuels ; pâle : objectifs de dépenses.",
    noEvidence: "Aucune affirmation",
    noSources:
      "Le registre ne contient aucun document : pas de chiffres publiés, de chronologies ni de sources à montrer.",
    noLedger: "Aucun registre lu (option --db) : le rapport montre le scénario seul.",
    ledgerOff: "Aucun registre lu (--no-ledger) : le rapport montre le scénario seul.",
    ledgerUnavailable: (reason: string) =>
      `Le registre n'a pas pu être ouvert (${reason}) : le rapport montre le scénario seul.`,
    noFacts:
      "Le registre ne contient aucun fait : pas de chronologies, d'engagements ni de chiffres publiés sur les éventails.",
    fallbackUsed: (input: string, ref: string) =>
      `${input} : aucune affirmation du registre pour ${ref} ; la distribution de repli du scénario a été utilisée.`,
    backtest: "Contrôle a posteriori : chiffres publiés face au modèle",
    backtestIntro: (passed: boolean) =>
      passed
        ? "Chaque chiffre réalisé que le registre publie pour les sorties du scénario est dans l'intervalle p5–p95 du modèle, ou excepté par le scénario avec sa raison."
        : "Des chiffres réalisés publiés tombent hors de l'intervalle p5–p95 du modèle sans raison donnée par le scénario.",
    noBacktest: "Le registre ne publie aucun chiffre réalisé pour les sorties que le scénario associe.",
    output: "Sortie",
    period: "Période",
    reported: "Publié",
    modelRange: "Modèle p5–p95",
    result: "Résultat",
    backtestStatus: { inside: "dedans", outside: "dehors", excepted: "excepté" },
    boundInput: "une hypothèse est liée à cette affirmation",
  },
} as const;

export type ReportLabels = (typeof REPORT_LABELS)["en"] | (typeof REPORT_LABELS)["fr"];

export function reportLabels(lang: Language): ReportLabels {
  return REPORT_LABELS[lang];
}
