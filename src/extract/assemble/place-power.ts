/**
 * The power a country's or a region's data centres draw, outside AI-company finance (CLAIMS.md §8):
 * "Data centres in Ireland draw 5 GW", « En France, les centres de données consomment 3 GW »,
 * "Germany's data centers use about 4 GW". The figure is the place's electricity use, not the
 * capacity of the company the article is about. A company's own data centres ("Microsoft's data
 * centres draw 5 GW", "its data centres in Ireland consume 1 GW") stay its claims.
 */
import { PLACE_NAMES } from "../lexicon.js";
import type { NotAClaimRule } from "./not-a-claim.js";

/** The data centres of a place, in the plural: a stock, not one site. */
const DATA_CENTRES = String.raw`(?:data[- ]?cent(?:er|re)s|datacent(?:er|re)s|centres\s+de\s+données|centres\s+informatiques)`;

/** Verbs of drawing power: "draw", "consume", "use", « consomment », « absorbent », « mobilisent ». */
const DRAW = String.raw`(?:draw|drew|drawing|draws|consum\p{L}*|consomm\p{L}*|use|used|uses|using|absorb\p{L}*|need|needs|needed|require[sd]?|account(?:s|ed)?\s+for|represent\p{L}*|représent\p{L}*|utilis\p{L}*|mobilis\p{L}*|nécessit\p{L}*|demand\p{L}*|pès(?:e|ent))`;

/** The place, after a preposition ("in Ireland", « en France », « au Texas », « aux États-Unis »). */
const IN_PLACE = String.raw`(?<!\p{L})(?:in|across|throughout|en|au|aux|dans\s+(?:toute\s+)?(?:la\s+|le\s+|l['’]))\s*(?:the\s+)?(?:${PLACE_NAMES})(?![\p{L}'’])`;

/** The place as possessor: "Ireland's data centres", « les centres de données de la France ». */
const PLACE_OWNS = String.raw`(?:(?:${PLACE_NAMES})['’]s\s+(?:\p{L}+\s+)?${DATA_CENTRES}|${DATA_CENTRES}\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+|of\s+(?:the\s+)?)(?:${PLACE_NAMES})(?!\p{L}))`;

/** A possessive that makes the data centres a company's: "its", « ses », "Microsoft's". */
const OWNED = String.raw`(?<!\p{L})(?:its|their|ses|leurs|sa|son)\s+(?:\p{L}+\s+)?${DATA_CENTRES}`;

/** Data centres no company owns: no possessive before them ("its", « ses », "Microsoft's"). */
const UNOWNED = String.raw`(?<!(?:its|their|ses|leurs|['’]s)\s+(?:\p{L}+\s+)?)`;

/** Up to the verb, no other clause: no mark but an apostrophe, and no possessive of a company. */
const TO_VERB = `(?:(?!${OWNED})[^.;:,]){0,40}?`;

/** Between the verb and the figure: a hedge or an article at most. */
const TO_FIGURE = String.raw`\s+(?:(?:about|around|roughly|nearly|some|over|more\s+than|almost|environ|près\s+de|plus\s+de|quelque|presque)\s+)?$`;

export const PLACE_POWER_RULES: NotAClaimRule[] = [
  {
    reason: "the power a country's or a region's data centres draw, outside company finance",
    units: (unit) => unit === "GW",
    before: new RegExp(
      String.raw`(?:${PLACE_OWNS}|${IN_PLACE}\s*,?\s*(?:(?:the|les|des)\s+)?${DATA_CENTRES}|${UNOWNED}${DATA_CENTRES}\s+(?:located\s+|situés\s+|implantés\s+)?${IN_PLACE})${TO_VERB}(?<!\p{L})${DRAW}${TO_FIGURE}`,
      "iu",
    ),
  },
];
