import { isCurrencyCode } from "../../core/index.js";
import { extractMessages } from "../messages.js";
import type { QuantityMention } from "../numbers/types.js";
import { type DocumentReading, issue, type SentenceReading } from "./types.js";

/**
 * Figures that are read right but record nothing the ledger keeps: a day's move of a share price,
 * a change in market value, the demand for a bond issue, a profit. Each is set aside with an issue
 * that says what it is, before any metric word nearby can claim it.
 */
interface Setting {
  why: string;
  /** Whether the figure's unit is of this kind. */
  unit: (unit: string) => boolean;
  /** The text just before the figure (in its sentence) and just after it. */
  before?: RegExp;
  after?: RegExp;
  /** How far back `before` reads (80 characters unless given). */
  reach?: number;
}

const MOVE_VERB =
  "(?:a\\s+|ont\\s+|has\\s+|have\\s+|had\\s+)?(?:cédé|gagné|perdu|chuté|bondi|reculé|grimpé|plongé|dévissé|s['’]est\\s+envolée?|recul\\p{L}*|gagne|perd|cède|fell|rose|jumped|dropped|slid|slipped|gained|lost|climbed|surged|tumbled|sank|soared|(?:was|were|closed)\\s+(?:up|down))";

const SETTINGS: Setting[] = [
  {
    why: "a move of a share price, not a stake or a growth",
    unit: (u) => u === "fraction",
    before: new RegExp(
      `(?:l['’]action|le\\s+titre|les\\s+titres|le\\s+cours|shares?|stock)\\s+(?:(?:de|d['’]|of)\\s*)?(?:\\p{Lu}[\\p{L}.&-]*\\s+)?${MOVE_VERB}(?:\\s+de)?\\s+(?:(?:environ|près\\s+de|about|nearly|some|almost)\\s+)?$`,
      "iu",
    ),
  },
  {
    why: "a change in market value, not the market value",
    unit: isCurrencyCode,
    before:
      /(?:added|adds|adding|wiped|erased|lost|gained|ajouté|effacé|perdu|gagné)\s+(?:(?:about|some|nearly|almost|more\s+than|environ|près\s+de|plus\s+de)\s+)?$/iu,
    after:
      /^\s+(?:to|from|off|à|de)\s+(?:(?:its|their|the|sa|leur|la)\s+)?(?:\p{Lu}\S*\s+)?(?:market\s+(?:value|capitali[sz]ation)|valeur\s+boursière|capitalisation)/iu,
  },
  {
    why: "the demand for an issue (its order book), not the amount raised",
    unit: isCurrencyCode,
    before:
      /(?:carnet\s+d['’]ordres|livre\s+d['’]ordres|order\s+book|demande\s+des\s+investisseurs|investor\s+demand)\s+(?:(?:de|d['’]|of|reached|atteignant|topping|totalling|totaling)\s*)?(?:(?:plus\s+de|près\s+de|more\s+than|over|nearly|about)\s+)?$/iu,
  },
  {
    why: "the growth of a backlog, not of revenue",
    unit: (u) => u === "fraction",
    before:
      /(?:backlog|remaining\s+performance\s+obligations|\bRPO\b|carnet\s+de\s+commandes|obligations\s+de\s+prestation)(?![^.;]*(?:revenue|sales|revenus|chiffre\s+d['’]affaires|ventes)[^.;]{0,40}$)[^.;]*$/iu,
    reach: 250,
  },
  {
    why: "earnings per share, which no metric records",
    unit: (u) => u === "fraction" || isCurrencyCode(u) || u.endsWith("_per_share"),
    before:
      /(?:earnings\s+per\s+share|\bEPS\b|bénéfice\s+(?:net\s+)?par\s+action|\bBPA\b)(?:\s+\p{L}+){0,4}(?:\s+(?:of|de|à|to))?\s+(?:(?:about|some|nearly|environ|près\s+de)\s+)?(?:[+−-]?\d[\d.,\s]*%?\s+(?:to|à)\s+)?$/iu,
  },
  {
    why: "a profit, which no metric records",
    unit: isCurrencyCode,
    after:
      /^\s+(?:de|d['’]|of|in)\s*(?:bénéfices?|profits?|net\s+income|résultats?\s+nets?|earnings)(?!\p{L})/iu,
  },
];

/** Why the figure records nothing (and an issue says so), or null when it may be a claim. */
export function settingAside(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): string | null {
  const after = r.text.slice(q.span.end, Math.min(s.sentence.end, q.span.end + 60));
  for (const setting of SETTINGS) {
    if (!setting.unit(unit)) continue;
    const before = r.text.slice(
      Math.max(s.sentence.start, q.span.start - (setting.reach ?? 80)),
      q.span.start,
    );
    if (setting.before && !setting.before.test(before)) continue;
    if (setting.after && !setting.after.test(after)) continue;
    issue(
      r.context,
      "not_a_claim",
      extractMessages.not_a_claim(r.text.slice(q.span.start, q.span.end), setting.why),
      q.span,
    );
    return setting.why;
  }
  return null;
}
