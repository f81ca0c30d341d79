/**
 * "for every $1 of revenue it spends $1.40", « pour chaque euro gagné, elle dépense 1,30 euro »: one unit
 * of currency after "for every", "per", « pour chaque », « par » is what a ratio is counted against,
 * no amount of its own.
 */
import type { Language } from "../../core/index.js";
import type { Amount } from "./amounts.js";
import { RATIO_BASE_BEFORE } from "./lexicon.js";

export function isRatioBase(text: string, amount: Amount, language: Language): boolean {
  if (!amount.unit?.currency || amount.scale || amount.plain !== "1") return false;
  return RATIO_BASE_BEFORE[language].test(text.slice(Math.max(0, amount.start - 30), amount.start));
}
