import { PAID_FOR_COMPUTE } from "../lexicon.js";
import { RECEIVING_VERB } from "./counterparty.js";
import { revisePayerBeforeVerb } from "./payer-before-verb.js";
import { buysComputeFrom } from "./supply-chain.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** The words between the sum and its payer: "a year from", « par an d' », « par an de la part de ». */
const FROM_PAYER =
  /(?<!\p{L})(?:from|auprès\s+d(?:e|u|es|['’])|de\s+la\s+part\s+d(?:e|u|es|['’])|d['’]|de|du|des)\s*(?:(?:the|la|le|les|l['’])\s*)?$/iu;

/** The paying verbs of the payment reading: "pay", « paiera », « versera ». */
const PAYING_VERB = /^(?:pa(?:y|ys|id|ying|ie|ient|iera|ieront|ierait|ieraient|yer|yé|yée)|vers\p{L}*)$/iu;

/**
 * A payment promised to a named company ("OpenAI will pay Oracle $30 billion a year", « Microsoft
 * paiera 17 milliards de dollars à Nebius »), or read from the payee's side ("Oracle will receive $30
 * billion a year from OpenAI", « Nebius touchera 3 milliards par an de Microsoft »). The verb says who
 * pays: the figure is the payer's compute commitment with the payee (CLAIMS.md §6: buyer → supplier)
 * when the payer buys compute from the payee (supply-chain.ts); money paid to a model developer is the
 * payer's investment in it; money paid to any other company buys no compute.
 */
export function revisePayment(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const cue = candidate.metricAt;
  if (candidate.metric !== "compute_commitment" || !candidate.entity || !cue) return;
  const verb = r.text.slice(cue.start, cue.end);
  if (RECEIVING_VERB.test(verb)) {
    const payer = payerNamedAfter(r, s, f);
    if (!payer) return;
    takePayerSide(f, payer);
  } else if (!PAYING_VERB.test(verb)) return;
  else revisePayerBeforeVerb(r, s, f, cue);
  if (candidate.entity && candidate.counterparty)
    settlePayment(r, s, f, candidate.entity, candidate.counterparty);
}

/** The company named after the sum as its payer: "a year from OpenAI", « par an d'OpenAI ». */
function payerNamedAfter(r: DocumentReading, s: SentenceReading, f: FigureReading): Party | undefined {
  const { candidate, q } = f;
  return s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.start >= q.span.end &&
      p.canonical !== candidate.entity &&
      FROM_PAYER.test(r.text.slice(Math.max(q.span.end, p.start - 40), p.start)),
  );
}

/** The payee read first as the owner becomes the counterparty of the payer named after the sum. */
function takePayerSide(f: FigureReading, payer: Party): void {
  const { candidate } = f;
  const payee = candidate.entity;
  candidate.entity = payer.canonical;
  candidate.entityAt = { start: payer.start, end: payer.end };
  candidate.counterparty = payee;
  candidate.counterpartyAt = null;
  f.rules.push(`roles: ${payee} is paid by ${payer.canonical} → ${payer.canonical} → ${payee}`);
}

/** A payment that buys no compute of the payee is no compute commitment. */
function settlePayment(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  payer: string,
  payee: string,
): void {
  const { candidate } = f;
  if (buysComputeFrom(r.gazetteer, payer, payee)) return;
  // the sentence says the money buys compute, whoever the payee is otherwise known for
  if (PAID_FOR_COMPUTE.test(r.text.slice(f.q.span.end, s.sentence.end))) return;
  if (r.gazetteer.roles.get(payee) === "developer") {
    candidate.metric = "investment";
    f.rules.push(`metric: money paid to ${payee}, a model developer, buys no compute → investment`);
    return;
  }
  candidate.metric = null;
  f.rules.push(`metric: money ${payer} pays ${payee} buys no compute of it → no metric`);
}
