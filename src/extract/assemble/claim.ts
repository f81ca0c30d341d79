import type { Claim, Span } from "../../core/index.js";
import { extractMessages } from "../messages.js";
import { implausibility } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import { quantitiesWithin } from "./text.js";
import { type AssemblyInput, type Candidate, type Context, issue } from "./types.js";

/** `quantities` are the document's, sorted by start. */
export function quoteSpan(c: Candidate, text: string, quantities: QuantityMention[]): Span {
  const { sentence, q } = c;
  let start = q.span.start;
  let end = q.span.end;
  const others = quantitiesWithin(quantities, sentence).filter(
    (o) => o.span.start !== q.span.start || o.span.end !== q.span.end,
  );
  const include = (span: Span | null, reach: number) => {
    if (!span || span.start < sentence.start || span.end > sentence.end) return;
    if (span.end < q.span.start - reach || span.start > q.span.end + reach) return;
    const s = Math.min(start, span.start);
    const e = Math.max(end, span.end);
    if (others.some((o) => o.span.start >= s && o.span.end <= e)) return;
    start = s;
    end = e;
  };
  include(c.metricAt, 140);
  include(c.entityAt, 160);
  include(c.timeAt, 90);
  include(c.counterpartyAt, 120);
  const rest = text.slice(end, sentence.end);
  const stop = rest.search(/[,;:.!?—–(]/u);
  if (stop >= 0 && stop <= 25) end += stop;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  const closers: Record<string, string> = { "»": "«", "”": "“", ")": "(" };
  const next = text[end];
  if (next && closers[next] && text.slice(start, end).includes(closers[next]!)) end++;
  return { start, end };
}

/** The claim's value: the recognized one, rescaled when the scale word was read another way. */
export function scaledValue(c: Candidate): Claim["value"] {
  const { low, high, bound } = c.q;
  if (c.valueDivisor === 1) return { low, high, bound };
  return {
    low: low === null ? null : low / c.valueDivisor,
    high: high === null ? null : high / c.valueDivisor,
    bound,
  };
}

/** Whether the candidate's value is beyond its metric's: then it is refused with a note. */
export function refusedAsImplausible(c: Candidate, context: Context): boolean {
  const value = scaledValue(c);
  const refusal = implausibility(c.metric, value.low, value.high);
  if (refusal?.kind !== "beyond") return false;
  const figure = context.text.slice(c.q.span.start, c.q.span.end);
  const largest = Math.max(Math.abs(value.low ?? 0), Math.abs(value.high ?? 0));
  issue(
    context,
    "implausible_value",
    extractMessages.implausible_value(
      figure,
      `${largest.toExponential(2)} ${c.unit} is beyond any plausible ${c.metric} (at most ${refusal.ceiling.toExponential(0)})`,
    ),
    c.q.span,
  );
  return true;
}

export function toClaim(c: Candidate, input: AssemblyInput, quantities: QuantityMention[]): Claim {
  const span = quoteSpan(c, input.text, quantities);
  const value = scaledValue(c);
  const confidence = Math.round(Math.min(0.99, Math.max(0.05, c.confidence)) * 100) / 100;
  return {
    entity: c.entity ?? "",
    counterparty: c.counterparty,
    metric: c.metric!,
    value,
    unit: c.unit,
    period: c.period,
    qualifier: c.qualifier,
    attribution: c.attribution,
    item: c.item,
    span,
    quote: input.text.slice(span.start, span.end),
    document: input.document,
    confidence,
    explanation: c.rules.join("; "),
  };
}
