/**
 * The size of a change is no claim when the new value follows it: "revenue rose by $2 billion to $9
 * billion", "jumped $2bn, or 28%, to $9bn", « a augmenté de 2 milliards de dollars, à 9 milliards »,
 * « a progressé de 2 milliards pour atteindre 9 milliards », « a relevé ses investissements de 2 milliards
 * pour les porter à 9 milliards ». The new value is the claim (CLAIMS.md
 * §4, §9); the difference measures no stock nor flow of its own. A change with no new value after
 * it stays as it was read.
 */

import type { Language } from "../../core/index.js";
import { isCurrencyCode } from "../../core/index.js";
import { CHANGE_WORDS } from "../numbers/lexicon.js";
import type { QuantityMention } from "../numbers/types.js";

/** Words of direction that stand for a change verb: "up $2bn to", « en hausse de 2 milliards à ». */
const DIRECTION = /^(?:up|down|hausse|baisse)$/u;

/** Right before the size: "by", « de », « d' », and an adverb of degree. */
const SIZE_OPENER = /(?:^|\s)((?:by|de|d['’])\s*)?(?:(?:another|some|encore|quelque)\s+)?$/iu;

/**
 * Between the size and the new value: "to", « à », « pour atteindre », after at most a restatement
 * as a percentage (", or 28%,", « , soit 28 %, ») and a comparison basis ("year on year", « sur un an »).
 */
const TO_NEW_VALUE =
  /^\s*,?\s*(?:(?:or|soit)\s+[^,;]{1,14},\s*)?(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|from\s+a\s+year\s+(?:earlier|ago)|sur\s+un\s+an|en\s+un\s+an|in\s+a\s+year)\s*,?\s*)?(?:to|à|pour\s+(?:atteindre|s['’]établir\s+à|se\s+hisser\s+à|(?:le|la|les|l['’])\s*(?:porter|amener|hisser)\s+à)|reaching|atteignant)\s*$/iu;

/** How many words an object may hold between the change verb and "by"/« de » ("raised its capex forecast by"). */
const OBJECT_WORDS = 4;

/**
 * Whether a word of change governs the amount: right before it ("rose $2bn", "up $2bn"), or a few
 * words of its object before when "by"/« de » opens the amount ("raised its forecast by $10bn"), in
 * the same clause.
 */
function changeGoverns(text: string, from: number, q: QuantityMention, language: Language): boolean {
  const lead = text.slice(from, q.span.start);
  const opener = SIZE_OPENER.exec(lead);
  const head = opener ? lead.slice(0, opener.index) : lead;
  const clause = head.slice(Math.max(0, head.search(/[,;:.!?][^,;:.!?]*$/u) + 1));
  const words = clause.match(/\p{L}+/gu) ?? [];
  const reach = opener?.[1] ? OBJECT_WORDS + 1 : 1;
  // "raised $6.6bn": funds raised; "raised its forecast by $10bn": a change of what it raised
  const withObject = CHANGE_WORDS[language].withObject;
  return words
    .slice(-reach)
    .some(
      (w, k, all) =>
        isChangeWord(w.toLowerCase(), language) &&
        !(k === all.length - 1 && !opener?.[1] && withObject.test(w.toLowerCase())),
    );
}

function isChangeWord(word: string, language: Language): boolean {
  const words = CHANGE_WORDS[language];
  return words.always.test(word) || words.amounts.test(word) || DIRECTION.test(word);
}

/**
 * Why `q` is the size of a change rather than a claim, or null: a word of change before it, and an
 * amount in the same currency after it that the change reaches.
 */
export function changeSizeReason(
  text: string,
  language: Language,
  sentenceStart: number,
  sentenceQs: readonly QuantityMention[],
  q: QuantityMention,
  unit: string,
): string | null {
  if (!isCurrencyCode(unit) || q.changedFrom) return null;
  if (!changeGoverns(text, Math.max(sentenceStart, q.span.start - 80), q, language)) return null;
  const next = sentenceQs.find(
    (n) =>
      n.span.start >= q.span.end &&
      (n.unit === unit || (n.unit === null && n.currencyElided)) &&
      TO_NEW_VALUE.test(text.slice(q.span.end, n.span.start)),
  );
  return next ? "the size of a change whose new value follows" : null;
}

/**
 * The size of a change written right before `q`, its new value: "raised its spending by $3 billion to
 * $19 billion", « a relevé son budget de 2 milliards pour le porter à 14 milliards ». The
 * word naming what changed reaches the new value across the size, as if the size were not there.
 */
export function changeSizeBefore(
  text: string,
  q: QuantityMention,
  figures: readonly QuantityMention[],
): QuantityMention | undefined {
  const at = figures.indexOf(q);
  const size = at > 0 ? figures[at - 1]! : undefined;
  if (!size || size.unit !== q.unit || !isCurrencyCode(q.unit ?? "")) return undefined;
  if (!TO_NEW_VALUE.test(text.slice(size.span.end, q.span.start))) return undefined;
  const opener = SIZE_OPENER.exec(text.slice(Math.max(0, size.span.start - 20), size.span.start));
  return opener?.[1] ? size : undefined;
}
