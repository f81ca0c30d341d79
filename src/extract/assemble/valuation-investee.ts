/**
 * A valuation is the value of the company backed, never of its backer (CLAIMS.md §6): "ASML invested
 * €1.3 billion in Mistral AI at a valuation of €11.7 billion", "Alphabet and Nvidia backed X in a round
 * valuing the startup at $32 billion", "joined the round at a $183 billion valuation for Anthropic".
 */
import { keepingCapitals } from "../capitals.js";
import { CURRENCY_WORDS_AFTER_FIGURE } from "../lexicon.js";
import { ownedBy } from "./owned-by.js";
import { isBackerMention } from "./side-mention.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** A backer's verb, perhaps its amount, then the preposition that names the company backed. */
const BACKED_LEAD = keepingCapitals(
  new RegExp(
    String.raw`(?<!\p{L})(?:(?:invest(?:ed|s|ing)?|put(?:s|ting)?|pour(?:ed|s|ing)?|pump(?:ed|s|ing)?|inject(?:ed|s|ing)?|(?:a|ont|avait)\s+(?:investi|injecté|misé)|investi(?:t|ssent|ra|ront))(?:\s+(?:money|cash|capital|funds|up\s+to|about|nearly|some)|\s+(?:US)?[$€£]?\s?[\d.,]+(?:\s*(?:billion|million|bn|mn|milliards?|millions?|[BM]))?(?:\s+${CURRENCY_WORDS_AFTER_FIGURE})?)*\s+(?:in|into|dans)|(?:backed|backs|backing|funded|funds|soutenu|soutient|financé))\s+(?:the\s+|la\s+|le\s+|l['’])?(?:[\p{Ll}-]+\s+){0,2}$`,
    "iu",
  ),
);

/** "a $183 billion valuation for Anthropic", "a valuation of … in the ChatGPT maker": the figure's own owner, named after it. */
const VALUATION_FOR_AFTER =
  /^\s*(?:valuation|valorisation)\s+(?:for|of|in|de|d['’]|du|pour)\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu;

/** The company the sentence's backer puts money into, before the figure, or the valuation's own complement after it. */
function backedCompany(r: DocumentReading, s: SentenceReading, f: FigureReading, owner: Party): Party | null {
  const { text } = r;
  const members = f.candidate.entity?.split("+") ?? [];
  for (const p of s.parties) {
    if (p.kind !== "company" && p.kind !== "periphrasis") continue;
    if (members.includes(p.canonical) || p.start < owner.end) continue;
    if (r.gazetteer.roles.get(p.canonical) === "investor" || r.gazetteer.roles.get(p.canonical) === "source")
      continue;
    if (isBackerMention(p, text)) continue;
    const lead = text.slice(Math.max(owner.end, p.start - 90), p.start);
    if (p.end <= f.q.span.start && BACKED_LEAD.test(lead)) return p;
    if (p.start >= f.q.span.end && VALUATION_FOR_AFTER.test(text.slice(f.q.span.end, p.start))) return p;
  }
  return null;
}

/** A valuation the clause gives its backer moves to the company backed. */
export function reviseValuationOfBacked(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (candidate.metric !== "valuation" || !candidate.entity || f.inherited) return;
  const owner = f.entityParty ?? s.parties.find((p) => p.canonical === candidate.entity) ?? null;
  if (!owner || owner.start > f.q.span.start) return;
  const backed = backedCompany(r, s, f, owner);
  if (!backed || backed.canonical === candidate.entity) return;
  ownedBy(candidate, backed);
  f.rules.push(
    `entity: "${owner.surface}" backs "${backed.surface}"; the valuation is the company backed → ${backed.canonical}`,
  );
}
