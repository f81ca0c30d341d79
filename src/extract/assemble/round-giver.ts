import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/**
 * The words between an amount taken in and the companies it comes from: "from", « auprès de »,
 * « de la part de », « d' », a few words of what the money is at most ("$4 billion in new funding from").
 */
const FROM_GIVER =
  /^(?:\s+[\p{L}-]+){0,4}?\s*(?:from|auprès\s+d(?:e|u|es|['’])|de\s+la\s+part\s+d(?:e|u|es|['’])|d['’]|de|du|des)\s*(?:(?:the|la|le|les|l['’])\s*)?$/iu;

/** Verbs of taking money in that say nothing of a round: "secured", "obtained", « a obtenu », « a reçu ». */
const TAKING_VERB =
  /(?<!\p{L})(?:secur\p{L}*|obtain\p{L}*|got|gets|took|takes|taking|receiv\p{L}*|obt(?:enu|ient|iendra|enir)\p{L}*|reçu\p{L}*|reçoi\p{L}*|recevr\p{L}*|décroch\p{L}*|bénéfici\p{L}*)(?!\p{L})/iu;

/** Words of a round: the money is raised from many, the named companies only among them. */
const ROUND_WORD =
  /(?<!\p{L})(?:rais\p{L}*|round|series|funding|levé\p{L}*|levée\p{L}*|lève|tour\s+de\s+table|série)(?!\p{L})/iu;

/** The words before a giver named between the verb and the amount: « a obtenu d'Amazon 4 milliards », "obtained from Amazon $4 billion". */
const GIVER_LEAD =
  /(?<!\p{L})(?:from|auprès\s+d(?:e|u|['’])|de\s+la\s+part\s+d(?:e|u|['’])|d['’]|de|du)\s*(?:the\s+)?$/iu;
/** What may stand between that giver and the amount: a comma, a hedge. */
const GIVER_TO_AMOUNT =
  /^,?\s*(?:(?:environ|près\s+de|plus\s+de|quelque|au\s+total|about|some|nearly|roughly|around|more\s+than|over|an?\s+(?:additional|further)|another)\s+)?$/iu;

/** A company right before the amount, led by "from" or « d' », the verb of taking right before it. */
function giverBeforeAmount(r: DocumentReading, p: Party, amountStart: number): boolean {
  const lead = r.text.slice(Math.max(0, p.start - 40), p.start);
  return GIVER_LEAD.test(lead) && GIVER_TO_AMOUNT.test(r.text.slice(p.end, amountStart));
}

/** The companies coordinated from `first` on ("Microsoft and Nvidia", « ASML, Nvidia et Microsoft »). */
function coordinatedFrom(r: DocumentReading, s: SentenceReading, first: Party): Party[] {
  const list = [first];
  for (const p of s.parties) {
    const last = list.at(-1)!;
    if (p.start <= last.end || p.kind !== "company") continue;
    if (
      !/^\s*(?:,|and|et|&)\s*(?:,\s*)?(?:(?:from|de|du|d['’])\s*)?$/iu.test(r.text.slice(last.end, p.start))
    )
      break;
    list.push(p);
  }
  return list;
}

/**
 * Money a company takes "from" named companies with a verb of taking and no word of a round — "Anthropic secured
 * $4 billion from Amazon", « Mistral AI a obtenu 1,3 milliard d'euros auprès d'ASML », "takes $15
 * billion from Microsoft and Nvidia" — is those companies' investment in it (giver → receiver).
 */
export function reviseRoundGiver(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, rules, q } = f;
  if (candidate.metric !== "funding_round" || !candidate.entity) return;
  const company = (p: Party) => p.kind === "company" && p.via === "name";
  const firstBefore = s.parties.find(
    (p) => company(p) && p.end <= q.span.start && giverBeforeAmount(r, p, q.span.start),
  );
  // « Anthropic a obtenu d'Amazon 4 milliards »: the giver is nearest the amount, the taker the company before it.
  const raiser =
    firstBefore?.canonical === candidate.entity
      ? (s.parties.findLast(
          (p) => company(p) && p.end <= firstBefore.start && p.canonical !== candidate.entity,
        )?.canonical ?? candidate.entity)
      : candidate.entity;
  const named = (p: Party) => company(p) && p.canonical !== raiser;
  const first =
    s.parties.find(
      (p) => named(p) && p.start >= q.span.end && FROM_GIVER.test(r.text.slice(q.span.end, p.start)),
    ) ?? (firstBefore && named(firstBefore) ? firstBefore : undefined);
  const before = r.text.slice(Math.max(s.sentence.start, q.span.start - 60), q.span.start);
  const between = first && first.start >= q.span.end ? r.text.slice(q.span.end, first.start) : "";
  if (first && TAKING_VERB.test(before) && !ROUND_WORD.test(`${before} ${between}`)) {
    const givers = [...new Set(coordinatedFrom(r, s, first).map((p) => p.canonical))].filter(
      (g) => g !== raiser,
    );
    candidate.metric = "investment";
    candidate.entity = givers.join("+");
    candidate.entityAt = { start: first.start, end: first.end };
    candidate.counterparty = raiser;
    candidate.counterpartyAt = null;
    rules.push(
      `roles: money ${raiser} takes from ${candidate.entity} is their investment → ${candidate.entity} → ${raiser}`,
    );
  }
}
