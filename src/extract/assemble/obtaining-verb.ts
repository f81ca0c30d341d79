import type { QuantityMention } from "../numbers/types.js";
import { hasNecessaryWords } from "../patterns.js";
import { unitClass } from "./text.js";
import type { DocumentReading, SentenceReading } from "./types.js";

/** The giver named between the verb and the amount: « a obtenu d'Amazon 4 milliards », "obtained from Amazon $4 billion". */
const GIVER_FIRST = {
  fr: String.raw`(?:(?:auprès\s+d(?:e\s+|u\s+|['’])|de\s+la\s+part\s+d(?:e\s+|u\s+|['’])|d['’]|de\s+|du\s+)\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,2},?\s+)?`,
  en: String.raw`(?:from\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,2},?\s+)?`,
} as const;

/**
 * A verb of obtaining money whose direct object is the amount: "secured a total of $16.5 billion",
 * "landed $2 billion", "nabs $600 million", "vient de réunir une somme colossale : 10 milliards de
 * dollars", "a obtenu 500 millions d'euros", « décroche 600 millions d'euros ». The article before the amount is left out on purpose: "secured a $2 billion
 * contract" names the thing obtained, not money.
 */
const OBTAINS_MONEY = {
  fr: new RegExp(
    String.raw`(?<!\p{L})(réuni[rst]?|réunissant|obten(?:ir|u|ue|us|ait|aient)|obtient|obtiennent|récolt(?:er|é|ée|és|e|ent|ait|aient)|sécuris(?:er|é|ée|és|e|ent)|décroch(?:er|é|ée|és|e|ent|ait|aient)|empoch(?:er|é|ée|és|e|ent|ait|aient))\s+${GIVER_FIRST.fr}(?:(?:un\s+total\s+de|une\s+(?:somme|enveloppe)(?:\s+\p{L}+)?\s*:|environ|près\s+de|plus\s+de|quelque|au\s+total)\s+)?$`,
    "iu",
  ),
  en: new RegExp(
    String.raw`\b(secur(?:es|ed|ing)|land(?:s|ed|ing)|garner(?:s|ed|ing)|amass(?:es|ed|ing)|pull(?:s|ed|ing)\s+in|haul(?:s|ed|ing)\s+in|reel(?:s|ed|ing)\s+in|fetch(?:es|ed|ing)|bag(?:s|ged|ging)|snag(?:s|ged|ging)|nab(?:s|bed|bing)|rak(?:es|ed|ing)\s+in|obtain(?:s|ed|ing))\s+${GIVER_FIRST.en}(?:(?:a\s+total\s+of|an?\s+(?:additional|further)|another|some|about|roughly|nearly|almost|around|more\s+than|over|up\s+to)\s+)?$`,
    "iu",
  ),
} as const;

/** A noun after the amount that names what was obtained when it is no money raised: a contract, an order. */
const THING_OBTAINED =
  /^\s*(?:[-–]?\s*)?(?:contracts?|deals?|orders?|awards?|grants?|subsid\p{L}*|subventions?|contrats?|commandes?|marchés?|(?:in|of|en|de|d['’])\s+(?:revenue|sales|orders|contracts?|grants?|subsid\p{L}*|chiffre|ventes|commandes|contrats?|subventions?))(?!\p{L})/iu;

/**
 * An amount no metric word claims, the direct object of a verb of obtaining money: money the
 * subject raised. The reading names the verb; the owner is the clause's subject as for any figure.
 */
export function obtainingVerbMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): { metric: "funding_round"; at: { start: number; end: number }; rule: string } | null {
  if (unitClass(unit) !== "currency") return null;
  const obtains = OBTAINS_MONEY[r.input.language === "fr" ? "fr" : "en"];
  if (!hasNecessaryWords(obtains, s.body)) return null;
  const before = r.text.slice(Math.max(s.sentence.start, q.span.start - 70), q.span.start);
  const verb = obtains.exec(before);
  if (!verb) return null;
  const after = r.text.slice(q.span.end, Math.min(s.sentence.end, q.span.end + 40));
  if (THING_OBTAINED.test(after)) return null;
  const start = q.span.start - before.length + verb.index;
  const word = verb[1]!;
  return {
    metric: "funding_round",
    at: { start, end: start + word.length },
    rule: `"${word}" governs the amount: money obtained`,
  };
}
