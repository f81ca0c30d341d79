/**
 * Money for a site or a project, announced with no date of its own, is a pledge (CLAIMS.md §7:
 * commitment), not a forecast of the year's spending: "un investissement de 2 milliards d'euros pour
 * un campus à Valence", "construira à Valence un centre de données de 2 milliards d'euros", "will
 * build a €2 billion data centre". A plan, a wish or a hedge ("prévoit", "envisage", "plans") keeps
 * it a target; a date keeps it the year's spending.
 */
import { QUALIFIER_RULES } from "../lexicon.js";
import { hasMatch } from "../patterns.js";
import type { Decision } from "./qualifier.js";
import type { FigureReading, SentenceReading } from "./types.js";

/** Sites and projects money is put into. */
const SITE_NOUN = String.raw`(?:campus|centres?\s+de\s+données|data\s*cent(?:er|re)s?|sites?|usines?|supercalculateurs?|supercomputers?|projets?|projects?|plants?|factor(?:y|ies)|fabs?)`;

/** After the figure: where it goes, "pour un campus", "dans un centre de données", "in a data centre". */
const SITE_AFTER_FIGURE = new RegExp(
  String.raw`^\s*(?:(?:de\s+dollars|d['’]euros|de\s+livres|d['’]investissements?)\s+)?(?:pour|dans|in|into|for|on)\s+(?:(?:un|une|des|le|la|les|ses|son|sa|leur|leurs|a|an|the|its|their|new|nouveaux?|nouvelles?|nouvel)\s+){0,2}${SITE_NOUN}(?!\p{L})`,
  "iu",
);
/** Before the figure: the site it measures, "un centre de données de", "un projet de … de". */
const SITE_BEFORE_FIGURE = new RegExp(
  String.raw`(?<!\p{L})${SITE_NOUN}(?:\s+[\p{Ll}-]+){0,3}?\s+(?:de|d['’]un\s+montant\s+de|d['’]une\s+valeur\s+de)\s+$`,
  "iu",
);
/** After the figure's unit, in English: "a €2 billion data centre". */
const SITE_AFTER_UNIT = new RegExp(String.raw`^\s*(?:[\p{Ll}-]+\s+)?${SITE_NOUN}(?!\p{L})`, "iu");
/** "représente un investissement de", "with an investment of": the amount a site costs. */
const INVESTMENT_OF = /(?<!\p{L})(?:un\s+investissement\s+de|an\s+investment\s+of)\s+$/iu;

/** A plan, a wish, a hedge or a condition: the amount is not decided. */
const UNDECIDED =
  /(?<!\p{L})(?:envisag\p{L}*|souhait\p{L}*|pourrai\p{L}*|devrai\p{L}*|aurai\p{L}*|étudi\p{L}*|could|may|might|would|should|wants?|intends?|consider\p{L}*|studying)(?!\p{L})/iu;

const TARGET_WORD = QUALIFIER_RULES.find((rule) => rule.qualifier === "target")!.pattern;

export function reviseBySitePledge(
  text: string,
  s: SentenceReading,
  f: FigureReading,
  ownBody: string,
  qualifier: Decision,
): void {
  const { candidate, q } = f;
  if (candidate.metric !== "capex" || qualifier.qualifier !== "target") return;
  if (candidate.periodExplicit || s.times.length > 0) return;
  if (hasMatch(TARGET_WORD, ownBody) || hasMatch(UNDECIDED, ownBody)) return;
  const before = text.slice(Math.max(s.sentence.start, q.span.start - 60), q.span.start);
  const after = text.slice(q.span.end, Math.min(s.sentence.end, q.span.end + 60));
  const forSite =
    SITE_AFTER_FIGURE.test(after) ||
    SITE_BEFORE_FIGURE.test(before) ||
    SITE_AFTER_UNIT.test(after) ||
    (INVESTMENT_OF.test(before) && new RegExp(SITE_NOUN, "iu").test(s.body));
  if (!forSite) return;
  qualifier.qualifier = "commitment";
  qualifier.rule =
    "money announced for a site or a project, with no date or plan word, is a pledge → commitment";
}
