import { RECEIVING_VERB } from "./counterparty.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** The words between the sum and its payer: "a year from", « par an d' », « par an de la part de ». */
const FROM_PAYER =
  /(?<!\p{L})(?:from|auprès\s+d(?:e|u|es|['’])|de\s+la\s+part\s+d(?:e|u|es|['’])|d['’]|de|du|des)\s*(?:(?:the|la|le|les|l['’])\s*)?$/iu;

/**
 * A payment read from the payee's side — "Oracle will receive $30 billion a year from OpenAI",
 * « Nebius touchera 3 milliards par an de Microsoft » — is the payer's commitment to the payee
 * (CLAIMS.md §6: buyer → supplier), whichever company the gazetteer calls a supplier.
 */
export function revisePayeeSide(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q, rules } = f;
  const payee = candidate.entity;
  const cue = candidate.metricAt;
  if (candidate.metric !== "compute_commitment" || !payee || !cue) return;
  if (!RECEIVING_VERB.test(r.text.slice(cue.start, cue.end))) {
    revisePaymentToDeveloper(r, f, r.text.slice(cue.start, cue.end));
    return;
  }
  const payer = s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.start >= q.span.end &&
      p.canonical !== payee &&
      FROM_PAYER.test(r.text.slice(Math.max(q.span.end, p.start - 40), p.start)),
  );
  if (!payer) return;
  candidate.entity = payer.canonical;
  candidate.entityAt = { start: payer.start, end: payer.end };
  candidate.counterparty = payee;
  candidate.counterpartyAt = null;
  rules.push(`roles: ${payee} is paid by ${payer.canonical} → ${payer.canonical} → ${payee}`);
}

/** The paying verbs of the payment reading: "pay", « paiera », « versera ». */
const PAYING_VERB = /^(?:pa(?:y|ys|id|ying|ie|ient|iera|ieront|ierait|ieraient|yer|yé|yée)|vers\p{L}*)$/iu;

/**
 * A payment to a model developer ("SoftBank will pay Anthropic $5 billion", « doit verser 5 milliards
 * à Anthropic ») buys no compute from it: it is the payer's investment in the developer.
 */
function revisePaymentToDeveloper(r: DocumentReading, f: FigureReading, cue: string): void {
  const { candidate } = f;
  const payee = candidate.counterparty;
  if (!payee || !PAYING_VERB.test(cue) || r.gazetteer.roles.get(payee) !== "developer") return;
  candidate.metric = "investment";
  f.rules.push(`metric: money paid to ${payee}, a model developer, buys no compute → investment`);
}
