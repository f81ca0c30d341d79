/**
 * "Amazon plans to spend $125 billion this year", "les hyperscalers prévoient de dépenser 400
 * milliards": a spending plan of a company that builds its own data centres is capital expenditure.
 * Only a model developer's plan, or a plan that names compute bought from others, is a compute
 * spending target (CLAIMS.md §3).
 */
import { foldName } from "../gazetteer.js";
import type { DocumentReading, FigureReading } from "./types.js";

/** Compute bought rather than built: "on compute", "en puissance de calcul", "server rental", "training". */
const COMPUTE_BOUGHT =
  /(?<!\p{L})(?:compute|computing|calcul|cloud|servers?|serveurs?|training|entraînement|inference|inférence|location|rent\p{L}*|GPUs?|puces|chips|processeurs|processors|accélérateurs|accelerators)(?!\p{L})/iu;

/**
 * Collectives of companies that build data centres: hyperscalers, Big Tech, cloud and tech giants,
 * data-centre operators and developers (« les opérateurs de centres de données »).
 */
const BUILDER_COLLECTIVE =
  /hyperscal|géants|mastodontes|big\s+tech|tech\s+(?:giants|companies|groups|firms)|cloud|(?:opérateurs|exploitants|promoteurs|constructeurs|développeurs)\s+de\s+(?:centres\s+de\s+données|data\s*cent(?:er|re)s)|data[\s-]*cent(?:er|re)\s+(?:operators|developers|builders|companies|firms)/iu;

/** A company known to the gazetteer that is no model developer, or a collective of builders. */
function buildsItsOwnSites(r: DocumentReading, name: string): boolean {
  const { gazetteer } = r;
  const known = gazetteer.byFolded.get(foldName(name));
  if (gazetteer.collectives.includes(name) || known === undefined) return BUILDER_COLLECTIVE.test(name);
  return gazetteer.roles.get(known) !== "developer";
}

export function reviseBuilderSpendingPlan(r: DocumentReading, f: FigureReading): void {
  const { candidate } = f;
  if (candidate.metric !== "compute_spending_target" || candidate.counterparty || !candidate.entity) return;
  if (COMPUTE_BOUGHT.test(r.text.slice(f.clauseStart, f.clauseEnd))) return;
  const members = candidate.entity.split("+");
  if (!members.every((name) => buildsItsOwnSites(r, name))) return;
  candidate.metric = "capex";
  f.rules.push(
    "metric: a spending plan of companies that build their own sites, naming no compute bought → capex",
  );
}
