/**
 * "$2 billion was put up by pension funds", « 300 millions ont été apportés par des fonds
 * souverains », "the rest came from other investors": an unnamed plural collective that is the agent
 * of a passive verb of money right after the figure owns it, written as in the text without its
 * determiner (CLAIMS.md §6), even when the clause names no one before the figure.
 */
import { COLLECTIVE_ACTORS } from "../lexicon.js";
import { ROUND_METRICS } from "./collective-owner.js";
import type { FigureReading } from "./types.js";

const S = "[\\s\\u00a0]+";

/** Plural nouns of those who put money in, beside the actors of lexicon.ts: "sovereign funds", « fonds de pension ». */
const AGENT_NOUNS = `(?:(?:co[-\u2011])?(?:${COLLECTIVE_ACTORS})|funds|backers|shareholders|actionnaires|family${S}offices|business${S}angels|fonds(?=${S}(?:souverains|de${S}pension|d['’]investissement|priv[ée]s|publics|[ée]trangers)))`;

/** Up to three modifiers before the noun: "other", "Gulf", "Middle Eastern", "sovereign wealth", "institutional". */
const MODIFIERS = `(?:(?!(?:the|a|an|its|their|le|la|les|des|un|une|and|et|of|de)${S})[\\p{L}-]+${S}){0,3}?`;

/** French adjectives and a complement after the noun: « fonds souverains du Golfe », « investisseurs privés ». */
const AFTER_NOUN = `(?:${S}(?:souverains|de${S}pension|d['’]investissement|priv[ée]s|publics|[ée]trangers|institutionnels|am[ée]ricains|europ[ée]ens|fran[çc]ais|internationaux|du${S}Golfe))*`;

/**
 * « de la part de », "investment from", "commitments from": the source of the money written after it
 * with no verb (« une participation de 2 milliards de la part de fonds souverains »).
 */
const SOURCE_OF_MONEY = `de${S}la${S}part${S}d(?:e|['’]|es)|(?:investments?|contributions?|commitments?)${S}from`;

const SOURCE_ONLY = new RegExp(`^(?:${SOURCE_OF_MONEY})$`, "iu");

/** A passive verb of money, its auxiliary allowed: "was raised", "have been invested", « ont été apportés », « injectés ». */
const PASSIVE_VERB = `(?:(?:(?:was|were|is|are|will${S}be|has${S}been|have${S}been|had${S}been|being)${S}(?:\\p{Ll}+ly${S})?)?(?:raised|invested|provided|contributed|put${S}up|committed|pledged|financed|funded|injected|lent|subscribed|spent|paid)${S}by|(?:came|comes|will${S}come|is${S}coming|are${S}coming)${S}from|(?:(?:a|ont|avait|avaient|sera|seront|est|sont|aurait|auraient)${S}été${S})?(?:apport[ée]s?|investis?|lev[ée]s?|financ[ée]s?|inject[ée]s?|engag[ée]s?|promis|pr[êe]t[ée]s?|souscrits?|d[ée]pens[ée]s?|vers[ée]s?|mis${S}sur${S}la${S}table)${S}par|(?:vient|viennent|viendra|viendront|proviennent|provient)${S}d(?:e|['’]|es)|${SOURCE_OF_MONEY})`;

/**
 * The verb, then a determiner ("other", "the", « des »), the collective (group 2), and no list of its
 * members next: "by investors including Nvidia", « par des investisseurs existants : Nvidia, … » name
 * who they are, and other rules read those.
 */
const AGENT = new RegExp(
  `^[^.;:!?]{0,40}?(?<![\\p{L}])(${PASSIVE_VERB})(?:${S}|(?<=['’]))(?:(?:the|les|des|ces|de|plusieurs|several|various)${S}|d['’](?:${S})?)?(${MODIFIERS}(?:${AGENT_NOUNS})${AFTER_NOUN})(?![\\p{L}])(?!(?:${S}[\\p{Ll}-]+){0,2}[\\s\\u00a0,]*(?:[:(—–]|including|such${S}as|like|led${S}by|notamment|dont|comme|parmi${S}lesquels|tels${S}que|menés${S}par))`,
  "iu",
);

/**
 * "5 milliards de capital apportés par des investisseurs", "$2 billion of equity provided by funds":
 * a figure named as a kind of financing is the company's raise told by its parts, and the company's.
 */
const KIND_OF_FINANCING =
  /^\s*(?:de|d['’]|of|en|in)\s*(?:capital|capitaux|fonds\s+propres|equity|actions|new\s+shares)(?![\p{L}])/iu;

/** A word for one company before the noun: "its investors" are a company's, not an unnamed collective. */
const OWNED_BY_ONE = /^(?:its|their|ses|leurs)\s/iu;

/**
 * The collective that is the agent of a passive verb of money right after the figure, in its
 * sentence, as written without its determiner, or null. A company named between the figure and the
 * collective ("raised by Nvidia and other investors") leaves the figure to the company rules.
 */
export function agentCollective(
  text: string,
  names: readonly { start: number; kind: string }[],
  f: FigureReading,
  sentenceEnd: number,
): string | null {
  const after = text.slice(f.q.span.end, Math.min(sentenceEnd, f.q.span.end + 160));
  const m = AGENT.exec(after);
  if (!m || KIND_OF_FINANCING.test(after)) return null;
  if (ROUND_METRICS.has(f.candidate.metric ?? "") && SOURCE_ONLY.test(m[1]!)) return null;
  const name = m[2]!.replace(/\s+/gu, " ").trim();
  const end = f.q.span.end + m.index + m[0].length;
  const named = names.some((n) => n.kind !== "product" && n.start >= f.q.span.end && n.start < end);
  return named || OWNED_BY_ONE.test(name) ? null : name;
}
