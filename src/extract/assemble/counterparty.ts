import { COUNTERPARTY_LEAD } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import { groupMembers, joinParties, listFrom, listStart, opensGappedClause } from "./parties.js";
import { describeCandidates, rankOptions, type Weights } from "./scorer.js";
import { unitClass } from "./text.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

export const RESPECTIVELY = /\b(?:respectivement|respectively)\b/iu;

/**
 * "Microsoft et Nvidia investiront respectivement 5 et 10 milliards", "A and B will hold 20% and 80%
 * respectively": with as many figures as companies listed, the n-th figure is the n-th company's.
 */
export function distributeRespectively(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { sentence, body, parties, figures } = s;
  const { q, candidate, entityParty } = f;
  if (!entityParty || !RESPECTIVELY.test(body)) return;
  let members = f.entityGroup;
  if (members.length < 2) {
    const at = parties.indexOf(entityParty);
    members = parties.slice(listStart(parties, at, text, sentence.start), at + 1);
  }
  const names = [...new Set(members.map((p) => p.canonical))];
  if (names.length < 2 || members.some((p) => p.kind === "person")) return;
  const last = members.at(-1)!;
  if (!/^\s*(?:et|and|&)\s*$/iu.test(text.slice(members.at(-2)!.end, last.start))) return;
  const unitOf = (o: QuantityMention) => (o.unit ? unitClass(o.unit) : null);
  const own = figures.filter(
    (o) =>
      o.span.start > last.end &&
      o.span.end <= f.clauseEnd &&
      (unitOf(o) ?? unitOf(q)) === (unitOf(q) ?? unitOf(o)),
  );
  const i = own.indexOf(q);
  if (own.length !== names.length || i < 0) return;
  const member = members.find((p) => p.canonical === names[i])!;
  candidate.entity = names[i]!;
  candidate.entityAt = { start: member.start, end: member.end };
  // The other companies of the list are no counterparty of this one: each has its own figure.
  const counterparty = candidate.counterparty?.split("+").filter((n) => !names.includes(n)) ?? [];
  candidate.counterparty = counterparty.length > 0 ? counterparty.join("+") : null;
  if (candidate.counterparty === null) candidate.counterpartyAt = null;
  f.rules.push(
    `entity: "respectivement" gives the figure ${i + 1} of ${own.length} to the company ${i + 1} of the list → ${names[i]}`,
  );
}

/**
 * Set by hand, not fitted: among the names a lead word ("avec", "from") or a deal's figure points
 * to, the nearest to the figure.
 */
export const COUNTERPARTY_WEIGHTS: Weights<"distance" | "leadWord"> = { distance: -1, leadWord: 0 };

/** Counterparty stage: a name after a lead word ("avec", "auprès de", "from") or, for deals, after the figure. */
export function readCounterparty(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text, gazetteer } = r;
  const { sentenceQs, parties } = s;
  const { q, rules, candidate, clauseStart, clauseEnd, inClause, entityParty, entityGroup, inherited } = f;
  const metric = candidate.metric;
  if (!inherited && metric) {
    let counterparties: Party[] = [];
    const leads = inClause.filter(
      (p) =>
        !groupMembers(candidate.entity).has(p.canonical) &&
        p !== entityParty &&
        !entityGroup.includes(p) &&
        COUNTERPARTY_LEAD.test(text.slice(Math.max(clauseStart, p.start - 60), p.start)),
    );
    const afterFigure = metricIs(metric, "counterpartyAfter")
      ? inClause.filter(
          (p) =>
            (p.start >= q.span.end ||
              (entityParty !== null && p.start > entityParty.end && p.end <= q.span.start)) &&
            !groupMembers(candidate.entity).has(p.canonical) &&
            p.kind !== "person" &&
            p.via !== "anaphora" &&
            !/\b(?:pour|for)\s+(?:\p{L}+\s+){0,3}$/iu.test(text.slice(q.span.end, p.start)) &&
            !opensGappedClause(p, q, sentenceQs, text),
        )
      : [];
    const ranked = rankOptions(
      [...new Set([...leads, ...afterFigure])].map((p) => ({
        value: p,
        label: p.canonical,
        features: { distance: Math.abs(p.start - q.span.end), leadWord: leads.includes(p) ? 1 : 0 },
      })),
      COUNTERPARTY_WEIGHTS,
    );
    const first = ranked[0]?.value;
    if (ranked.length > 0) rules.push(describeCandidates("counterparty", ranked, COUNTERPARTY_WEIGHTS));
    // Revenue and a round take a counterparty only when it is the source: "from X", "auprès de X".
    const fromSource = metric === "revenue" || metric === "funding_round";
    if (first && (metricIs(metric, "deal") || metric === "funding_share" || fromSource)) {
      if (
        !fromSource ||
        /\b(?:de\s+la\s+part\s+d|from|auprès\s+d)/iu.test(text.slice(clauseStart, first.start))
      ) {
        const head =
          first.end <= q.span.start
            ? listStart(parties, parties.indexOf(first), text, clauseStart)
            : parties.indexOf(first);
        counterparties = listFrom(parties, head, text, clauseEnd).filter(
          (p) => !groupMembers(candidate.entity).has(p.canonical) && p.via !== "anaphora",
        );
      }
    }
    if (counterparties.length > 0 && !gazetteer.programmes.has(candidate.entity ?? "")) {
      candidate.counterparty = joinParties(counterparties);
      candidate.counterpartyAt = { start: counterparties[0]!.start, end: counterparties.at(-1)!.end };
      rules.push(
        `counterparty: "${counterparties.map((p) => p.surface).join(", ")}" → ${candidate.counterparty}`,
      );
    }
  }
}
