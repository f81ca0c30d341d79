import { isCurrencyCode } from "../../core/index.js";
import type { QuantityMention } from "../numbers/types.js";
import { testInSentence } from "./text.js";
import type { DocumentReading, SentenceReading } from "./types.js";

/**
 * Figures of an earlier era the text compares the AI build-out with (CLAIMS.md §8: a historical
 * yardstick, not a company's figure): the dot-com bubble, the railway boom, the 1990s (« lors de la bulle internet », « à la fin des années 1990 », "back in 2000").
 */

/**
 * An era named as such. Past programmes (Apollo, the Manhattan Project) are left out: the reports
 * name today's projects after them ("the Manhattan Project of AI"), the figure then being today's.
 */
const ERA = String.raw`(?:dot[-\s]?com|internet|télécoms?|telecoms?|fibre|fiber)\s+(?:bubble|boom|bust|era|crash|mania)|(?:bubble|boom|bust|era|crash)\s+(?:of\s+the\s+)?dot[-\s]?com|bulle\s+(?:internet|des\s+(?:télécoms|valeurs\s+technologiques|dot[-\s]?com)|technologique|de\s+l['’]an\s+2000)|krach\s+de\s+(?:2000|2001)|(?:railroad|railway)s?\s+(?:boom|mania|bubble|era|age)|(?:boom|bulle|ruée|âge\s+d['’]or)\s+(?:des|du)\s+chemins?\s+de\s+fer`;

/** A decade or a year long past, not a founding date: "the late 1990s", « la fin des années 1990 », "back in 2000", « en 1999 ». */
const PAST_TIME = String.raw`(?:(?:the\s+)?(?:(?:late|early|mid)[-\s])?(?:18|19)\d0s|(?:(?:la\s+)?(?:fin|début|milieu)\s+des\s+)?années\s+(?:18|19)?\d0|back\s+in\s+(?:18|19|200)\d|(?<!(?:founded|created|established|incorporated|born|fondée?s?|créée?s?|née?s?)\s)(?<!\p{L})(?:in|en)\s+(?:18|19)\d\d(?!\d))`;

/** Words that set today against the era ("unlike the dot-com bubble", "bigger than the railway boom", « contrairement à la bulle internet »). */
const CONTRAST = String.raw`(?:unlike|contrary\s+to|in\s+contrast\s+(?:to|with)|than|contrairement|à\s+la\s+différence|loin|que|dwarf\p{L}*|eclips\p{L}*|surpass\p{L}*|exceed\p{L}*|dépass\p{L}*)\s+(?:[\p{L}'’]+\s+){0,3}?`;

/** An era or a past time heading the figure's clause, with no clause break before the figure. */
const ERA_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?<!${CONTRAST})(?:${ERA}|${PAST_TIME})(?!\p{L})(?:[^.;!?]|(?<=\d)[.](?=\d)){0,120}$`,
  "iu",
);

/** The reason a figure belongs to an earlier era; null when the text gives it as today's. */
export function historicalEra(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): string | null {
  if (!isCurrencyCode(unit) && unit !== "fraction" && unit !== "GW") return null;
  return testInSentence(ERA_BEFORE, s, r.text, s.sentence.start, q.span.start)
    ? "a figure of an earlier era, a historical yardstick"
    : null;
}
