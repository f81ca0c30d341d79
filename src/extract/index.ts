/**
 * Extract: a document's analysed text (with its language and publication date) in, claims out —
 * each figure with its entity, counterparty, metric, value, unit, period, qualifier, attribution
 * and the exact span it came from (CLAIMS.md), plus issues for what could not be decided. Pure:
 * the numbers recognizer finds quantities, claim assembly gives them meaning.
 */
import type { Claim, Issue, Language } from "../core/index.js";
import { type AssemblyOptions, assembleClaims } from "./assemble/index.js";
import { type WorkAllowance, WorkBudget, WorkBudgetExceeded } from "./budget.js";

export { DEFAULT_WORK_ALLOWANCE, type WorkAllowance } from "./budget.js";

import { defaultGazetteer, type Gazetteer, type GazetteerData } from "./gazetteer.js";
import type { QuantityMention } from "./numbers/types.js";

export {
  type AssemblyInput,
  type AssemblyOptions,
  ENTITY_FEATURES,
  ENTITY_WEIGHTS,
  type EntityFeature,
  type FieldDecision,
} from "./assemble/index.js";
export {
  buildGazetteer,
  canonicalName,
  defaultGazetteer,
  findNames,
  foldName,
  type Gazetteer,
  type GazetteerData,
} from "./gazetteer.js";
export { extractMessages } from "./messages.js";

import { extractMessages } from "./messages.js";

export { findQuantities, type QuantityMention } from "./numbers/index.js";

import { findQuantities } from "./numbers/index.js";

export { findTimeMentions } from "./periods.js";
export { type ComparableClaim, combineScores, type ModeScore, type Score, scoreClaims } from "./score.js";
export { type Sentence, splitSentences } from "./sentences.js";

export interface ExtractionInput {
  text: string;
  language: Language;
  /** ISO date (partial allowed) the relative periods resolve against, or null. */
  published: string | null;
  /** Ledger document id, or the file name for `extract` ("-" for stdin). */
  document: string;
}

export type QuantityFinder = (text: string, language: Language) => QuantityMention[];

export interface ExtractionOptions {
  /** Extra names (a user's gazetteer file, already parsed) added to the shipped gazetteer. */
  gazetteer?: GazetteerData | Gazetteer;
  /** The quantity recognizer; the numbers stage's by default. */
  findQuantities?: QuantityFinder;
  /**
   * The work a document may cost, in steps (figures weighed against words, names, dates); one that
   * needs more is refused with a `work_budget` issue. DEFAULT_WORK_ALLOWANCE unless given.
   */
  workAllowance?: WorkAllowance;
  /** Receives the steps the document cost (up to where it stopped when over its allowance). */
  onWorkSpent?: (steps: number) => void;
  /** The entity scorer's weights (data/entity-weights.json unless given), and an observer of its choices. */
  assembly?: AssemblyOptions;
}

function isGazetteer(value: GazetteerData | Gazetteer): value is Gazetteer {
  return "byFolded" in value;
}

/**
 * Claims of one document.
 *
 * @example
 * const { claims } = extractClaims({ text, language: "fr", published: "2025-10", document: "a.txt" });
 */
export function extractClaims(
  input: ExtractionInput,
  options: ExtractionOptions = {},
): { claims: Claim[]; issues: Issue[] } {
  const gazetteer = options.gazetteer
    ? isGazetteer(options.gazetteer)
      ? options.gazetteer
      : defaultGazetteer(options.gazetteer)
    : defaultGazetteer();
  const finder = options.findQuantities ?? findQuantities;
  const budget = new WorkBudget(input.text.length, options.workAllowance);
  try {
    return assembleClaims(input, finder(input.text, input.language), gazetteer, budget, options.assembly);
  } catch (error) {
    if (!(error instanceof WorkBudgetExceeded)) throw error;
    return {
      claims: [],
      issues: [
        {
          code: "work_budget",
          message: extractMessages.work_budget(error.spent, error.limit),
          severity: "error",
          location: { kind: "none" },
        },
      ],
    };
  } finally {
    options.onWorkSpent?.(budget.spent);
  }
}
