/**
 * A round and a valuation belong to the company raising, never to a backer (CLAIMS.md §6): a fund
 * "expects to join a round meant to bring in $5 billion" joins the round of the start-up the text is
 * about; "$80 million of new equity from backers led by a venture fund" too; a round that "values the
 * company at $9 billion", after two hyperscalers "bought into Helion", is Helion's; « une offre
 * d'Orbitek, qui aurait porté sa valorisation à 3 milliards » values the company the offer went to. A backer is a fund, or a company whose
 * kind seldom raises (a hyperscaler, a chipmaker: the metric records say which).
 */
import type { Metric } from "../../core/index.js";
import type { NameMention } from "../gazetteer.js";
import { knowledgeOf } from "../metrics.js";
import { ownedBy } from "./owned-by.js";
import { kindFit } from "./owner-kinds.js";
import { namesStartingIn } from "./text.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** A backer's verb between its name and the round: "plans to invest heavily in", « va participer à ». */
const INVESTING_VERB =
  /(?<!\p{L})(?:invest(?:s|ed|ing)?|participat(?:e|es|ed|ing)|(?:take|takes|taking|took|taken)\s+(?:a\s+)?part|pr(?:endre|end|ennent|endra|endrait|is)\s+part|chip(?:s|ped|ping)?\s+in|join(?:s|ed|ing)?|back(?:s|ed|ing)?|lead(?:s|ing)?|led|co-?lead(?:s|ing)?|put(?:s|ting)?\s+money|investi(?:r|t|ra|rait|ssent|ssant)?|participant|menant|particip(?:er|e|era|erait|ent)|mis(?:é|er)|mène|mener|a\s+mené|rejoint|soutien(?:t|nent))(?!\p{L})/iu;

/** A raising verb of the backer's own, coordinated after its verb of backing: "backed X and raised". */
const OWN_RAISE =
  /(?<!\p{L})(?:and|et)\s+(?:has\s+|a\s+|then\s+)?(?:rais\p{L}*|lev\p{L}*|lèv\p{L}*|clos\p{L}*|boucl\p{L}*)/iu;

/** The backer named after the amount as its source: "from investors led by", « auprès de », "backed by". */
const SOURCE_BEFORE =
  /(?<!\p{L})(?:led\s+by|co-led\s+by|backed\s+by|from|auprès\s+d(?:e|u|es|['’])|men[ée]e?\s+par|pilotée?\s+par)\s+(?:[\p{L}'’-]+\s+){0,3}?$/iu;

/**
 * A fund, or a company of a kind that seldom owns the metric even when another of its kinds would
 * (Alphabet is a lab too, and raises no round); a group is a backer when one of its members is.
 */
function isBacker(r: DocumentReading, name: string, metric: Metric): boolean {
  const unlikely = knowledgeOf(metric)?.unlikelyOwnerKinds ?? [];
  return name.split("+").some((member) => {
    const kinds = r.gazetteer.kinds.get(member) ?? [];
    return (
      r.gazetteer.roles.get(member) === "investor" ||
      kinds.includes("fund") ||
      kinds.some((k) => unlikely.includes(k))
    );
  });
}

/**
 * A company that raises such a figure: its kind fits, and it is no backer. An unnamed collective
 * ("Big Tech", « les hyperscalers ») raises no round: a round is one company's, and a collective
 * beside it is money in or kept out ("lacked Big Tech participation").
 */
function isRaiser(r: DocumentReading, name: string, metric: Metric, unknownKind: boolean): boolean {
  if (isBacker(r, name, metric) || r.gazetteer.collectives.includes(name)) return false;
  const fit = kindFit(r.gazetteer, name, metric);
  return fit === "fits" || (unknownKind && fit === null);
}

/** Whether the backer's own words make the figure someone else's round. */
function backsTheRound(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  owner: Party | undefined,
): boolean {
  const { candidate, q } = f;
  // Written nowhere in the sentence: a fallback that landed on a backer (an alliance of them owns its own money).
  if (!owner) return !candidate.entity?.includes("+");
  const { text } = r;
  // "Nvidia, qui aurait porté sa valorisation à 7 milliards": the valuation's word is right by the figure, after the backer.
  if (candidate.metric === "valuation") {
    const at = candidate.metricAt;
    if (!at || at.start < s.sentence.start || at.end > s.sentence.end) return false;
    if (owner.via === "name" && at.start < owner.end) return false;
    // Near, and no other figure between: "valued the company at $300 billion, and … $30 billion" sizes the first.
    const between =
      at.end <= q.span.start ? text.slice(at.end, q.span.start) : text.slice(q.span.end, at.start);
    return between.length <= 60 && !/\d/u.test(between);
  }
  // A pronoun that landed on backers: "Their participation anchors a $2 billion round".
  if (owner.via !== "name") return true;
  // "Quellix, backed by a venture fund, raised $100 million": the backer is a complement, not the subject.
  if (SOURCE_BEFORE.test(text.slice(Math.max(s.sentence.start, owner.start - 40), owner.start))) return true;
  if (owner.end <= q.span.start) {
    const between = text.slice(owner.end, q.span.start);
    // "General Catalyst backed Mistral AI and raised a new $8 billion fund": the backer's own raise.
    return INVESTING_VERB.test(between) && !OWN_RAISE.test(between);
  }
  // "… from backers led by a venture fund", "…, un fonds américain apportant à lui seul 50 millions".
  return (
    SOURCE_BEFORE.test(text.slice(Math.max(q.span.end, owner.start - 60), owner.start)) ||
    INVESTING_VERB.test(text.slice(owner.end, owner.end + 30).split(/[,;:.]/u)[0] ?? "")
  );
}

/** A round's own word: "round", "funding", « tour de table », « levée ». */
const ROUND_WORD = /(?<!\p{L})(?:round|funding|raise|tour|levée|financement)(?!\p{L})/iu;

/** Whether the word that made the figure a round names one, not an investment turned into a round. */
function namesARound(text: string, f: FigureReading): boolean {
  const at = f.candidate.metricAt;
  return at !== null && at !== undefined && ROUND_WORD.test(text.slice(at.start, at.end));
}

/** How many sentences back the raiser may have been named. */
const NAMED_BEFORE = 3;

/** The raiser: a company of the sentence that raises such figures, else the latest one named just before. */
function raiserOf(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  metric: Metric,
): NameMention | null {
  const inSentence = s.parties.find(
    (p) => p.kind === "company" && p.via === "name" && isRaiser(r, p.canonical, metric, true),
  );
  if (inSentence) return inSentence;
  // Named a few sentences before at the farthest ("Orbitek Inc. and Nordwind Corp. bought into
  // Helion": abbreviations may cut a sentence in pieces).
  const from = r.context.sentences[Math.max(0, s.sentenceIndex - NAMED_BEFORE)]?.start ?? s.sentence.start;
  const named = namesStartingIn(r.names, from, f.q.span.start).filter(
    (n) => n.kind === "company" && n.start >= from && n.end <= f.q.span.start,
  );
  // A company whose kind raises, else, when the figure's own word is a round's, one the gazetteer
  // does not know (a start-up new to it).
  const known = named.findLast((n) => isRaiser(r, n.canonical, metric, false));
  if (known || !namesARound(r.text, f)) return known ?? null;
  return named.findLast((n) => isRaiser(r, n.canonical, metric, true)) ?? null;
}

export function reviseRoundRaiser(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const metric = candidate.metric;
  if (metric !== "funding_round" && metric !== "valuation") return;
  const entity = candidate.entity;
  if (!entity || !isBacker(r, entity, metric)) return;
  const members = entity.split("+");
  const owner =
    f.entityParty && members.includes(f.entityParty.canonical)
      ? f.entityParty
      : s.parties.find((p) => p.canonical === entity || p.canonical === members[0]);
  if (!backsTheRound(r, s, f, owner)) return;
  const raiser = raiserOf(r, s, f, metric);
  if (!raiser || members.includes(raiser.canonical)) return;
  ownedBy(candidate, raiser);
  if (candidate.counterparty === entity) candidate.counterparty = null;
  f.rules.push(
    `entity: ${entity} backs the round; the ${metric} is the company raising → ${raiser.canonical}`,
  );
}
