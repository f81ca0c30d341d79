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

/** The companies coordinated from `first` on ("Microsoft and Nvidia", « ASML, Nvidia et Microsoft »). */
function coordinatedFrom(r: DocumentReading, s: SentenceReading, first: Party): Party[] {
  const list = [first];
  for (const p of s.parties) {
    const last = list.at(-1)!;
    if (p.start <= last.end || p.kind !== "company") continue;
    if (!/^\s*(?:,|and|et|&)\s*(?:,\s*)?$/iu.test(r.text.slice(last.end, p.start))) break;
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
  const raiser = candidate.entity;
  const first = s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.via === "name" &&
      p.start >= q.span.end &&
      p.canonical !== raiser &&
      FROM_GIVER.test(r.text.slice(q.span.end, p.start)),
  );
  const before = r.text.slice(Math.max(s.sentence.start, q.span.start - 60), q.span.start);
  const between = first ? r.text.slice(q.span.end, first.start) : "";
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
    return;
  }
}
