import { isCurrencyCode, type Qualifier } from "../../core/index.js";
import { extractMessages } from "../messages.js";
import { knowledgeOf } from "../metrics.js";
import { publicationAsOf } from "../periods.js";
import { foldRestatedAmounts } from "./amount-said-again.js";
import { marksAnotherOccurrence } from "./another-occurrence.js";
import { refusedAsImplausible } from "./claim.js";
import { dealWordsOf } from "./deal-antecedent.js";
import { isPublicOwner } from "./public-owner-metric.js";
import { foldSubheadings } from "./subheadings.js";
import { firstFrom, qualifierRank } from "./text.js";
import { type Candidate, type Context, issue } from "./types.js";

export function partySet(c: Candidate): Set<string> {
  return new Set([...(c.entity?.split("+") ?? []), ...(c.counterparty?.split("+") ?? [])]);
}

export function pointOrRange(c: Candidate): [number, number] | null {
  const { low, high, bound } = c.q;
  if (bound === "range") return low !== null && high !== null ? [low, high] : null;
  const at = low ?? high;
  return at === null ? null : [at, at];
}

/** Significant digits of a value (2.24e9 → 3, 4.3e9 → 2, 125e9 → 3). */
function significantDigits(v: number): number {
  for (let d = 1; d < 15; d++) if (Number(v.toPrecision(d)) === v) return d;
  return 15;
}

/** The figure as written ("981.6 million" → "981.6"). */
function writtenFigure(c: Candidate): string {
  const { sentence, q } = c;
  return sentence.text.slice(q.numberSpan.start - sentence.start, q.numberSpan.end - sentence.start);
}

/** Whether a figure is written with a decimal part ("981.6", "2,5"; not the thousands of "1,500"). */
function hasDecimals(c: Candidate): boolean {
  return /\d[.,]\d{1,2}(?!\d)/u.test(writtenFigure(c));
}

/** The digits a figure is written with ("14.90" → "1490"); empty for a number in words. */
function writtenDigits(c: Candidate): string {
  return writtenFigure(c).replace(/\D/gu, "").replace(/^0+/u, "");
}

/**
 * The significant digits a figure is written to: "$14.90 billion" → 4, "$300 million" → 3, "$12B" → 2;
 * a number in words has the precision of its value. Beside a figure written with decimals, a whole
 * number's trailing zeros are rounding: "$980 million" beside "$981.6 million" is written to 2.
 */
function writtenPrecision(c: Candidate, value: number, besideDecimals = false): number {
  const digits = writtenDigits(c);
  const significant = besideDecimals && !hasDecimals(c) ? digits.replace(/0+$/u, "") : digits;
  return significant.length || significantDigits(value);
}

/**
 * Two figures within 1 % are one figure written twice only when the finer one rounds to the
 * coarser one at the coarser one's precision: "$4.28 billion" and "$4.3bn", "$11.9 billion" and "$12B",
 * "$981.6 million" and "$980 million" are one; "$14.90 billion" and "$14.92 billion", "$295 million"
 * and "$296 million", "$300 million" and "$301 million" are two.
 */
function roundsTo(a: Candidate, u: number, b: Candidate, v: number): boolean {
  if (u === v) return true;
  const digits = Math.min(writtenPrecision(a, u, hasDecimals(b)), writtenPrecision(b, v, hasDecimals(a)));
  return Number(u.toPrecision(digits)) === Number(v.toPrecision(digits));
}

export function sameValue(a: Candidate, b: Candidate): boolean {
  if (a.unit !== b.unit || (a.q.bound === "range") !== (b.q.bound === "range")) return false;
  const x = pointOrRange(a);
  const y = pointOrRange(b);
  if (!x || !y) return false;
  // Percentages are written to a tenth of a point: 65.2 % and 65.5 % are two figures, not one.
  const close = (u: number, v: number) =>
    Math.abs(u - v) <= (a.unit === "fraction" ? 5e-4 : 0.01 * Math.max(Math.abs(u), Math.abs(v)));
  if (a.q.bound === "range") return close(x[0], y[0]) && close(x[1], y[1]);
  return close(x[0], y[0]) && roundsTo(a, x[0], b, y[0]);
}

export function completeness(c: Candidate): number {
  let score = 0;
  if (c.periodExplicit) score += 2;
  if (c.attribution) score += 1;
  if (c.counterparty) score += 1;
  if (c.item) score += 0.5;
  if (c.q.bound !== "exact") score += 0.5;
  if (c.headline) score -= 3;
  return score + c.confidence;
}

/**
 * Candidates filed by unit, shape and value, so that those `sameValue` may accept are found without
 * comparing every pair: values within 1 % of each other fall in the same or a neighbouring bin.
 * Each bin keeps its items by order (a group's index), lowest first.
 */
export class ValueBins<T> {
  readonly #bins = new Map<string, { orders: number[]; items: T[][] }>();

  static keys(c: Candidate, prefix: string, neighbours: boolean): string[] {
    const at = pointOrRange(c);
    if (!at) return [];
    const head = `${prefix}\u0000${c.unit}\u0000${c.q.bound === "range"}\u0000`;
    const x = at[0];
    if (x === 0 || !Number.isFinite(x)) return [`${head}${x}`];
    const bin = Math.floor(Math.log(Math.abs(x)) / 0.011);
    const sign = x < 0 ? "-" : "+";
    return (neighbours ? [bin - 1, bin, bin + 1] : [bin]).map((b) => `${head}${sign}${b}`);
  }

  add(keys: string[], order: number, item: T): void {
    for (const key of keys) {
      let bin = this.#bins.get(key);
      if (!bin) {
        bin = { orders: [], items: [] };
        this.#bins.set(key, bin);
      }
      const at = firstFrom(bin.orders, order, (o) => o);
      if (bin.orders[at] === order) bin.items[at]!.push(item);
      else {
        bin.orders.splice(at, 0, order);
        bin.items.splice(at, 0, [item]);
      }
    }
  }

  /** The items filed under `keys`, by order, lowest first. */
  *near(keys: string[]): Generator<{ order: number; items: T[] }> {
    const bins = keys.flatMap((key) => this.#bins.get(key) ?? []);
    const next = bins.map(() => 0);
    for (;;) {
      let pick = -1;
      for (let b = 0; b < bins.length; b++) {
        const order = bins[b]!.orders[next[b]!];
        if (order !== undefined && (pick < 0 || order < bins[pick]!.orders[next[pick]!]!)) pick = b;
      }
      if (pick < 0) return;
      const bin = bins[pick]!;
      const order = bin.orders[next[pick]!]!;
      const items: T[] = [];
      for (let b = 0; b < bins.length; b++) {
        const at = next[b]!;
        if (bins[b]!.orders[at] !== order) continue;
        items.push(...bins[b]!.items[at]!);
        next[b] = at + 1;
      }
      yield { order, items };
    }
  }
}

/** "depuis sa création", "so far", "to date": a running total, after the figure in its clause. */
const CUMULATIVE_AFTER =
  /^[^.;:]{0,40}?(?:\bdepuis\s+(?:sa|leur)\s+(?:création|fondation)|\bso\s+far\b|\bto\s+date\b|\bsince\s+(?:its|their)\s+(?:founding|inception|launch|creation)\b|\bjusqu['’]à\s+présent\b|\bà\s+ce\s+jour\b)/iu;

/** A running total ("a déjà levé plus d'un milliard depuis sa création") is another fact than one round of the same size. */
function cumulative(c: Candidate): boolean {
  const { sentence, q } = c;
  return CUMULATIVE_AFTER.test(sentence.text.slice(q.span.end - sentence.start));
}

/**
 * Whether the two mentions name no other party than each other's: a counterparty named in one only
 * is filled in by the merge; two order-of-magnitude amounts ("des milliards", "several billion") are
 * equal whatever deal they size, so they restate each other only when they name the same party.
 */
function partiesAgree(o: Candidate, c: Candidate): boolean {
  if (o.vague && c.vague) return o.counterparty === c.counterparty;
  return !o.counterparty || !c.counterparty || o.counterparty === c.counterparty;
}

/** Whether `c` restates `o`: the same metric, value and entity, and no counterparty or period against it. */
export function restates(o: Candidate, c: Candidate): boolean {
  return (
    o.metric === c.metric &&
    sameValue(o, c) &&
    cumulative(o) === cumulative(c) &&
    o.entity === c.entity &&
    marksAnotherOccurrence(o) === marksAnotherOccurrence(c) &&
    partiesAgree(o, c) &&
    !(o.periodExplicit && c.periodExplicit && JSON.stringify(o.period) !== JSON.stringify(c.period))
  );
}

/**
 * A title restates a body figure in its own words ("lands $40 billion investment" over "closed a
 * $40 billion funding round"): a group of mentions only in the title block joins the body's figure
 * of the same owner and value, whatever metric its wording suggested.
 */
function foldHeadlines(groups: Candidate[][], context: Context): void {
  // only the title block above the body: a later heading or a bold list item is a figure of its own
  let bodyStart = Number.POSITIVE_INFINITY;
  for (const group of groups)
    for (const c of group) if (!c.headline) bodyStart = Math.min(bodyStart, c.q.span.start);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const head = group[0];
    if (!head || !group.every((c) => c.headline && c.q.span.start < bodyStart)) continue;
    const bodyValues = groups.flatMap((other, k) => {
      context.budget.spend(1);
      const o = other[0];
      return k !== g &&
        o !== undefined &&
        other.some((c) => !c.headline) &&
        sameValue(o, head) &&
        cumulative(o) === cumulative(head) &&
        // two readings that each name the other's owner say nothing of which is right
        !(o.counterparty === head.entity && head.counterparty === o.entity)
        ? [k]
        : [];
    });
    const sameOwner = bodyValues.find((k) => {
      const o = groups[k]![0]!;
      return o.entity === head.entity && o.metric !== head.metric;
    });
    // the title names the fact by another owner or word than the body ("AMD hands OpenAI a warrant
    // for 160 million shares" over "OpenAI received a warrant…"): one body figure of that value is it
    const body = sameOwner ?? (bodyValues.length === 1 ? bodyValues[0]! : -1);
    if (body < 0) continue;
    groups[body]!.push(...group);
    groups.splice(g, 1);
    g--;
  }
}

/** The restatements of one fact in a group, groups in the order their first mention came. */
function groupRestatements(candidates: Candidate[], context: Context): Candidate[][] {
  const groups: Candidate[][] = [];
  const members = new ValueBins<Candidate>();
  for (const c of candidates) {
    const filed = `${c.metric}\u0000${c.entity}`;
    // The first group (in the order groups were made) with a member that c restates.
    let group = -1;
    for (const { order, items } of members.near(ValueBins.keys(c, filed, true))) {
      context.budget.spend(1);
      if (items.some((o) => restates(o, c))) {
        group = order;
        break;
      }
    }
    if (group >= 0) groups[group]!.push(c);
    else {
      group = groups.length;
      groups.push([c]);
    }
    members.add(ValueBins.keys(c, filed, false), group, c);
  }
  return groups;
}

/**
 * One fact read from both ends: the same metric and amount owned by a company in one mention ("OpenAI
 * will deploy 10 GW of Nvidia systems": OpenAI, counterparty Nvidia) and by that counterparty in a
 * less complete one ("Nvidia … 10 gigawatts"). The mention naming the other's owner as its
 * counterparty stands; the other is dropped. Two mentions that each name the other are left alone.
 */
function foldSwappedParties(groups: Candidate[][], context: Context): Candidate[][] {
  const heads = new ValueBins<number>();
  groups.forEach((g, order) => {
    heads.add(ValueBins.keys(g[0]!, g[0]!.metric ?? "", false), order, order);
  });
  const dropped = new Set<number>();
  const best = (g: Candidate[]) => Math.max(...g.map(completeness));
  groups.forEach((group, k) => {
    const c = group[0]!;
    if (dropped.has(k) || !c.entity) return;
    for (const { items } of heads.near(ValueBins.keys(c, c.metric ?? "", true))) {
      for (const j of items) {
        context.budget.spend(1);
        if (j === k || dropped.has(j) || dropped.has(k)) continue;
        const o = groups[j]![0]!;
        if (!o.entity || o.entity === c.entity || !sameValue(o, c) || cumulative(o) !== cumulative(c))
          continue;
        if (o.periodExplicit && c.periodExplicit && JSON.stringify(o.period) !== JSON.stringify(c.period))
          continue;
        const cNamesO = c.counterparty === o.entity;
        const oNamesC = o.counterparty === c.entity;
        // each naming the other says nothing of which reading is right
        if (cNamesO === oNamesC) continue;
        const [keep, drop] = cNamesO ? [k, j] : [j, k];
        if (best(groups[drop]!) <= best(groups[keep]!)) dropped.add(drop);
      }
    }
  });
  return groups.filter((_, k) => !dropped.has(k));
}

/**
 * A word naming a deal, which an amount no metric word names may stand for; a whole word ("according
 * to analysts", "an ideal site" name none).
 */
const DEAL_WORD =
  /(?<!\p{L})(?:accords?|contrats?|contractu\p{L}+|contracté\p{L}*|deals?|agreements?|contract(?:s|ed)?|partenariats?|partnerships?|collaborations?)(?!\p{L})/iu;

/** The group whose head has the same amount as `c` and shares the most parties with it, if any. */
function groupSharingParties(
  c: Candidate,
  heads: ValueBins<Candidate[]>,
  context: Context,
): Candidate[] | null {
  const parties = partySet(c);
  let best: Candidate[] | null = null;
  let bestShared = 0;
  for (const { items } of heads.near(ValueBins.keys(c, "", true))) {
    context.budget.spend(1);
    const g = items[0]!;
    const head = g[0]!;
    if (!sameValue(head, c) || (head.vague && c.vague && head.counterparty !== c.counterparty)) continue;
    const other = partySet(head);
    const shared = [...parties].filter((p) => other.has(p)).length;
    if (shared > bestShared) {
      best = g;
      bestShared = shared;
    }
  }
  return best;
}

/** A deal amount given its metric only here, with no date of its own: its size at publication (CLAIMS.md §5). */
function dateUndatedDealSize(c: Candidate, published: string | null): void {
  if (c.period !== null) return;
  const asOf = publicationAsOf(published);
  if (!asOf) return;
  c.period = { asOf };
  c.rules.push(`period: a deal's size with no date → publication ${asOf}`);
}

/**
 * Figures no metric word names join the group of the same amount between the same parties; an
 * unnamed deal amount stands as a low-confidence commitment; any other is set aside with an issue.
 */
function placeUnknown(groups: Candidate[][], unknown: Candidate[], context: Context): void {
  const heads = new ValueBins<Candidate[]>();
  groups.forEach((g, order) => {
    heads.add(ValueBins.keys(g[0]!, "", false), order, g);
  });
  for (const c of unknown) {
    const best = groupSharingParties(c, heads, context);
    if (best) {
      c.rules.push(`metric: the same amount between the same parties as another claim → ${best[0]!.metric}`);
      best.push(c);
      continue;
    }
    const deal =
      isCurrencyCode(c.unit) &&
      (c.qualifier === "letter_of_intent" || dealWordsOf(c, context.sentences, DEAL_WORD));
    if (deal) {
      const state = c.entity !== null && isPublicOwner(context.gazetteer, c.entity);
      c.metric = (state && knowledgeOf("compute_commitment")?.publicOwnerReads) || "compute_commitment";
      if (refusedAsImplausible(c, context)) continue;
      if (c.qualifier === "reported") c.qualifier = "commitment";
      c.confidence -= 0.2;
      c.rules.push(`metric: an unnamed deal amount → ${c.metric} (low confidence)`);
      if (knowledgeOf(c.metric)?.sizedAtPublication) dateUndatedDealSize(c, context.published);
      const alone = [c];
      heads.add(ValueBins.keys(c, "", false), groups.length, alone);
      groups.push(alone);
    } else {
      issue(
        context,
        "unknown_metric",
        extractMessages.unknown_metric(context.text.slice(c.q.span.start, c.q.span.end)),
        c.q.span,
      );
    }
  }
}

/**
 * The mention whose figure is written most precisely ("$981.6 million" over a lead's "$980 million"):
 * a rounded restatement keeps the detailed value. Ties keep `base`.
 */
function finestWritten(group: Candidate[], base: Candidate): Candidate {
  const at = (c: Candidate) => pointOrRange(c)?.[0] ?? 0;
  let finest = base;
  for (const c of group)
    if (
      c.unit === base.unit &&
      c.valueDivisor === base.valueDivisor &&
      writtenPrecision(c, at(c)) > writtenPrecision(finest, at(finest))
    )
      finest = c;
  return finest;
}

/** A group's mentions as one claim: the most complete mention, with what the others add. */
function mergeGroup(group: Candidate[], unknown: readonly Candidate[]): Candidate {
  const labelled = group.filter((c) => !unknown.includes(c));
  const base = [...(labelled.length > 0 ? labelled : group)].sort(
    (a, b) => completeness(b) - completeness(a),
  )[0]!;
  if (group.length === 1) return base;
  // A headline's wording ("drafts a plan as losses reach …") qualifies the body's figure only
  // when the body says nothing else.
  const body = group.filter((c) => !c.headline);
  const qualifier = (body.length > 0 ? body : group).reduce<Qualifier>(
    (q, c) => (qualifierRank(c.qualifier) < qualifierRank(q) ? c.qualifier : q),
    base.qualifier,
  );
  const explicit = group.find((c) => c.periodExplicit && c.period);
  const finest = finestWritten(group, base);
  return {
    ...base,
    q: { ...base.q, low: finest.q.low, high: finest.q.high, bound: finest.q.bound },
    qualifier,
    period: base.periodExplicit ? base.period : (explicit?.period ?? base.period),
    periodExplicit: base.periodExplicit || Boolean(explicit),
    counterparty: base.counterparty ?? group.find((c) => c.counterparty)?.counterparty ?? null,
    attribution: base.attribution ?? group.find((c) => c.attribution)?.attribution ?? null,
    item: base.item ?? group.find((c) => c.item)?.item ?? null,
    confidence: Math.max(...group.map((c) => c.confidence)),
    rules: [
      ...base.rules,
      `merged ${group.length} mentions of one fact (kept the most complete)${qualifier !== base.qualifier ? `; qualifier ${qualifier} from another mention` : ""}`,
    ],
  };
}

/** One fact, one claim (CLAIMS.md §9): restatements merge into their most complete mention. */
export function mergeDuplicates(
  candidates: Candidate[],
  unknown: Candidate[],
  context: Context,
): Candidate[] {
  const groups = foldSubheadings(
    foldSwappedParties(groupRestatements(candidates, context), context),
    sameValue,
    context,
  );
  foldHeadlines(groups, context);
  const restated = foldRestatedAmounts(
    groups,
    (a, b) =>
      a.unit === b.unit &&
      a.q.bound === b.q.bound &&
      a.q.low === b.q.low &&
      a.q.high === b.q.high &&
      cumulative(a) === cumulative(b),
    context,
  );
  placeUnknown(restated, unknown, context);
  return restated.map((group) => mergeGroup(group, unknown)).sort((a, b) => a.q.span.start - b.q.span.start);
}
