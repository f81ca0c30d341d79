import { isCurrencyCode, type Span } from "../../core/index.js";
import { ITEM_RULES, ITEM_TRANSLATIONS, PRICED_ITEM } from "../lexicon.js";
import { extractMessages } from "../messages.js";
import { metricIs } from "../metrics.js";
import { mayMatch, withFlags } from "../patterns.js";
import type { Sentence } from "../sentences.js";
import { changeSizeReason } from "./change-size.js";
import { refusedAsImplausible } from "./claim.js";
import { isConversion } from "./metric.js";
import { datedForComparison } from "./same-period.js";
import {
  type Candidate,
  type DocumentReading,
  type FigureReading,
  issue,
  type Party,
  type SentenceReading,
} from "./types.js";

export const BASIS_ITEMS: ReadonlySet<string> = new Set(["post-money", "pre-money", "IPO", "secondary"]);

export function chooseItem(
  candidate: Candidate,
  sentence: Sentence,
  text: string,
  parties: Party[],
  window: Span,
): string | null {
  const body = text.slice(sentence.start, sentence.end);
  const metric = candidate.metric;
  if (metric === "unit_price") {
    const before = text.slice(sentence.start, candidate.q.span.start);
    const matches = [...before.matchAll(withFlags(PRICED_ITEM, "giu"))];
    const last = matches.at(-1)?.[0];
    if (last) return ITEM_TRANSLATIONS[last.toLowerCase()] ?? last;
  }
  for (const [pattern, label] of ITEM_RULES) {
    if (label === "adjusted" && metric !== "gross_margin" && metric !== "net_loss") continue;
    if (label === "strategic investors" && metric !== "funding_share") continue;
    if (label === "per tranche" && metric !== "investment") continue;
    const m = mayMatch(pattern, body) ? pattern.exec(body) : null;
    if (!m) continue;
    if (label === null && /^(?:Fortune|Global|Forbes)/u.test(m[0]) && metric !== "adoption_rate") continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // A basis (post-money, IPO, secondary) belongs to the figures it stands between, not to the sentence.
    if (label && BASIS_ITEMS.has(label) && (end <= window.start || start >= window.end)) continue;
    if (label === "per tranche") {
      // "dix versements de 10 milliards", "10 milliards à chaque étape": the tranche words touch the figure.
      if (end < candidate.q.span.start - 2 || start > candidate.q.span.end + 3) continue;
    }
    return label ?? m[0];
  }
  if (
    metric &&
    /users|subscribers|revenue|seats|unit_price|paid_conversion/.test(metric) &&
    parties.some((p) => p.kind === "product")
  ) {
    const products = parties.filter((p) => p.kind === "product");
    const nearest = products.sort(
      (a, b) => Math.abs(a.start - candidate.q.span.start) - Math.abs(b.start - candidate.q.span.start),
    )[0]!;
    return nearest.surface;
  }
  return null;
}

/** Item and confidence, then the candidate is filed; false when its value is refused. */
function setAsideChangeSize(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const reason = changeSizeReason(
    r.text,
    r.input.language,
    s.sentence.start,
    s.sentenceQs,
    f.q,
    f.candidate.unit,
  );
  if (!reason) return false;
  issue(
    r.context,
    "not_a_claim",
    extractMessages.not_a_claim(r.text.slice(f.q.span.start, f.q.span.end), reason),
    f.q.span,
  );
  return true;
}

export function finishCandidate(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const { text, context, candidates, unknown } = r;
  const { sentence, sentenceQs, parties, sentenceClaims } = s;
  const { q, rules, candidate, unitElided } = f;
  const metric = candidate.metric;
  // A basis word qualifies the figure after it ("a secondary sale valued it at …") or just before it
  // ("$183 billion post-money").
  const before = sentenceQs.findLast((o) => o.span.end <= q.span.start);
  const after = sentenceQs.find((o) => o.span.start >= q.span.end);
  const neighbours = {
    start: before?.span.end ?? sentence.start,
    end: Math.min(
      after?.span.start ?? sentence.end,
      q.span.end + (/[,;:(]/u.exec(text.slice(q.span.end, q.span.end + 16))?.index ?? 16),
    ),
  };
  candidate.item ??= chooseItem(candidate, sentence, text, parties, neighbours);
  if (candidate.item) rules.push(`item: ${candidate.item}`);
  if (candidate.vague) {
    candidate.confidence = Math.min(candidate.confidence, 0.3);
    rules.push("vague amount: order-of-magnitude range");
  }
  if (unitElided) candidate.confidence -= 0.05;

  // "11,7 milliards d'euros (13,7 milliards de dollars)": a conversion does not change the currency
  // later elided amounts are written in.
  const previous = f.previous;
  const restated =
    previous !== undefined &&
    isConversion(previous, candidate.unit, text.slice(previous.q.span.end, q.span.start));
  if (isCurrencyCode(candidate.unit) && !restated) r.lastCurrency = candidate.unit;
  sentenceClaims.push(candidate);
  if (refusedAsImplausible(candidate, context)) return false;
  r.latest = candidate;
  // The size of a change lends its metric and currency to the new value after it, and is no claim.
  if (setAsideChangeSize(r, s, f)) return false;
  if (metric === null) unknown.push(candidate);
  else {
    candidates.push(candidate);
    if (metric === "funding_round" && candidate.entity) r.latestRound = candidate;
    if (
      candidate.periodExplicit &&
      candidate.period &&
      !("asOf" in candidate.period) &&
      metricIs(metric, "yearlyFlow") &&
      !datedForComparison(r.text, candidate.timeAt)
    )
      r.latestYearlyFlow = candidate;
  }
  return true;
}
