/**
 * A round's backers each putting in the same sum: "Anthropic raised $10 billion from GIC and
 * Coatue, each contributing $1.5 billion", « auprès de GIC, le fonds de Singapour, et de
 * l'investisseur américain Coatue, chacun contribuant à hauteur de 1,5 milliard ». The figure is
 * each backer's investment in the company raising, not a second round of that company.
 */
import type { Candidate, DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** "each contributing", "each investing", "chacun apportant", "chacun (contribuant) à hauteur de", right before the figure. */
const EACH_CONTRIBUTING =
  /(?:^|[\s,])(?:each|chacune?)\s+(?:(?:(?:contribut\p{L}*|invest\p{L}*|provid\p{L}*|putting\s+in|put\s+in|apport\p{L}*|inject\p{L}*|contribu\p{L}*|mett\p{L}*|versant|souscriv\p{L}*)\s+)(?:(?:à\s+hauteur\s+de|pour|about|around|roughly|some|environ|près\s+de|up\s+to|jusqu['’]à)\s+)?|à\s+hauteur\s+de\s+(?:(?:environ|près\s+de)\s+)?)(?:(?:un|une|a|an)\s+)?$/iu;

const isCompany = (p: Party) => p.kind !== "person" && p.kind !== "programme" && p.via !== "anaphora";

/** The round the sentence tells before the figure, with the company raising it. */
function roundBefore(s: SentenceReading, f: FigureReading): Candidate | null {
  return (
    s.sentenceClaims.findLast(
      (c) =>
        c !== f.candidate &&
        c.metric === "funding_round" &&
        c.entity !== null &&
        c.q.span.end <= f.q.span.start,
    ) ?? null
  );
}

/** Turns the figure into one investment per backer named between the round and "each contributing". */
export function fileEachBackerShare(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (candidate.metric !== "funding_round" && candidate.metric !== "investment") return;
  const lead = r.text.slice(Math.max(s.sentence.start, q.span.start - 60), q.span.start);
  const each = EACH_CONTRIBUTING.exec(lead);
  if (!each) return;
  const round = roundBefore(s, f);
  if (!round || round.entity === null) return;
  const raiser = round.entity;
  const eachAt = q.span.start - lead.length + each.index;
  const backers = s.parties.filter(
    (p) => isCompany(p) && p.start >= round.q.span.end && p.end <= eachAt && p.canonical !== raiser,
  );
  const names = [...new Set(backers.map((p) => p.canonical))];
  if (names.length < 2) return;
  const rule = `entity: "each contributing" gives every backer of ${raiser}'s round the figure → ${names.join(", ")}`;
  const at = (name: string) => {
    const p = backers.find((b) => b.canonical === name)!;
    return { start: p.start, end: p.end };
  };
  const base = {
    metric: "investment" as const,
    counterparty: raiser,
    counterpartyAt: round.entityAt,
  };
  const copies: Candidate[] = names.slice(1).map((name) => ({
    ...candidate,
    ...base,
    entity: name,
    entityAt: at(name),
    rules: [...candidate.rules, rule],
  }));
  Object.assign(candidate, base, { entity: names[0]!, entityAt: at(names[0]!) });
  candidate.rules.push(rule);
  if (!r.candidates.includes(candidate)) return;
  r.candidates.push(...copies);
  s.sentenceClaims.push(...copies);
}
