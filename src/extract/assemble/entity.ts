import { COUNTERPARTY_LEAD } from "../lexicon.js";
import { extractMessages } from "../messages.js";
import { metricIs } from "../metrics.js";
import {
  fullPersonName,
  GAPPED_FIGURE,
  isComplement,
  isComplementOfList,
  joinParties,
  listFrom,
} from "./parties.js";
import { overlaps } from "./text.js";
import {
  type DocumentReading,
  type FigureReading,
  issue,
  type Party,
  type SentenceReading,
} from "./types.js";

/** A relative clause right after a name: ", which", ", qui", ", lequel". */
export const RELATIVE_PRONOUN = /^\s*,\s*(which|who|that|qui|lequel|laquelle|lesquels|dont)\b/iu;

/** Words after a name that make it a speaker or an owner rather than the subject of the figure. */
export const NOT_THE_SUBJECT_AFTER =
  /^\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|announced|stated|reported|expects|a\s+(?:déclaré|indiqué|affirmé|annoncé|précisé)|affirme|indique|déclare|estime)(?![\p{L}\p{N}_])|^['’]s\s+(?:rival|competitor|partner|investor|backer|customer|supplier|largest|biggest|main)\b/iu;

/** Entity stage, first candidates: a possessive on the metric word ("les revenus de X", "X's revenue"), or the investor named after an investment. */
export function entityByWords(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { sentence, body, parties } = s;
  const { q } = f;
  const { candidate } = f;
  const metricAt = candidate.metricAt;
  const metric = candidate.metric;
  // Entity and counterparty (CLAIMS.md §6).
  const semicolonBefore = body.lastIndexOf(";", q.span.start - sentence.start);
  const clauseStart = semicolonBefore < 0 ? sentence.start : sentence.start + semicolonBefore + 1;
  const semicolonAfter = body.indexOf(";", q.span.end - sentence.start);
  const clauseEnd = semicolonAfter < 0 ? sentence.end : sentence.start + semicolonAfter;
  const inClause = parties.filter((p) => p.start >= clauseStart && p.end <= clauseEnd);
  let entityParty: Party | null = null;
  const entityGroup: Party[] = [];
  let how = "";
  if (metricAt) {
    const afterMetric = text.slice(metricAt.end, metricAt.end + 45);
    const possessive = /^\s*(?:\p{L}+\s+){0,2}?(?:de\s+la\s+|de\s+l['’]|d['’]|de\s+|du\s+|of\s+)/iu.exec(
      afterMetric,
    );
    if (possessive) {
      const at = metricAt.end + possessive[0].length;
      const owner = parties.find((p) => p.start >= at && p.start <= at + 2);
      if (owner && !overlaps(owner, q.span)) {
        entityParty = owner;
        how = `possessive "${text.slice(metricAt.start, owner.end)}"`;
        f.entityBy = "possessive";
      }
    }
    if (!entityParty) {
      const owner = parties.find(
        (p) =>
          p.end <= metricAt!.start &&
          /^['’]s\s+(?:\p{L}+\s+){0,3}$/u.test(text.slice(p.end, metricAt!.start)),
      );
      if (owner) {
        entityParty = owner;
        how = `possessive "${text.slice(owner.start, metricAt.end)}"`;
        f.entityBy = "possessive";
      }
    }
  }
  if (!entityParty && metric === "investment") {
    const after = text.slice(q.span.end, q.span.end + 12);
    const source = /^\s*(?:de\s+la\s+part\s+)?(?:du|de|d['’]|from)\s*(?:la\s+|l['’])?/iu.exec(after);
    if (source) {
      const at = q.span.end + source[0].length;
      const investor = parties.find((p) => p.start >= at && p.start <= at + 2);
      if (investor) {
        entityParty = investor;
        how = `investor "${text.slice(q.span.end, investor.end).trim()}"`;
        f.entityBy = "investor";
      }
    }
  }
  f.clauseStart = clauseStart;
  f.clauseEnd = clauseEnd;
  f.inClause = inClause;
  f.entityParty = entityParty;
  f.entityGroup = entityGroup;
  f.how = how;
}

/** Entity stage: the company a relative pronoun stands for, or the subject of a clause whose verb is left out. */
export function entityByClause(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { sentence, parties } = s;
  const { q } = f;
  let { entityParty, how } = f;
  if (!entityParty) {
    // "Microsoft, which has committed …", "L'entreprise, qui a racheté …": the figure's clause
    // is about the company the relative pronoun stands for.
    const relative = parties.findLast((p) => {
      if (p.end > q.span.start || p.start < sentence.start) return false;
      const m = RELATIVE_PRONOUN.exec(text.slice(p.end, q.span.start));
      return (
        m !== null &&
        !/[,;:.—–()]/u.test(text.slice(p.end + m[0].length, q.span.start).replace(/(?<=\d)[.,](?=\d)/gu, ""))
      );
    });
    if (relative) {
      entityParty = relative;
      how = `relative clause "${relative.surface}, ${RELATIVE_PRONOUN.exec(text.slice(relative.end))?.[1]} …"${relative.via === "anaphora" ? ` (anaphora → ${relative.canonical})` : ""}`;
      f.entityBy = "relative";
    }
  }
  if (!entityParty) {
    // "… and Nvidia up to $10 billion": a name right before the figure, the verb left out.
    const gapped = parties.findLast((p) => p.end <= q.span.start && p.start >= sentence.start);
    if (
      gapped &&
      GAPPED_FIGURE.test(text.slice(gapped.end, q.span.start)) &&
      /(?:\band|\bet|,)\s*$/iu.test(text.slice(sentence.start, gapped.start))
    ) {
      entityParty = gapped;
      how = `subject "${gapped.surface}" of a clause whose verb is left out`;
      f.entityBy = "gapped";
    }
  }
  f.entityParty = entityParty;
  f.how = how;
}

/** Entity stage: the subject of the figure's own clause, the nearest name before it, or a subject after it. */
export function entityBySubject(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { sentence, parties, index } = s;
  const { q, clauseStart, inClause } = f;
  let { entityParty, entityGroup, how } = f;
  const { candidate } = f;
  const metric = candidate.metric;
  if (!entityParty) {
    // The subject of the figure's own clause: after ", while", "; ", "tandis que" when one is there.
    const subclauseStart = index.subclauseStarts.after(clauseStart, q.span.start);
    const subjects = inClause.filter(
      (p, _i, all) =>
        p.end <= q.span.start &&
        !isComplement(text, p, sentence.start) &&
        !isComplementOfList(text, parties, p, sentence.start) &&
        !(
          (NOT_THE_SUBJECT_AFTER.test(text.slice(p.end, p.end + 40)) ||
            /^['’]s\s+(?!\p{L}+\s+(?:of|de)\b)/u.test(text.slice(p.end, p.end + 30))) &&
          all.some((o) => o.start > p.end && o.end <= q.span.start && o.via !== "anaphora")
        ),
    );
    const first = subjects.find((p) => p.start >= subclauseStart) ?? subjects[0];
    if (first) {
      entityParty = first;
      const index = parties.indexOf(first);
      const list = listFrom(parties, index, text, q.span.start).filter((p) => p.end <= q.span.start);
      if (list.length > 1 && /^\s*(?:et|and|&)\s*/iu.test(text.slice(list[0]!.end, list[1]!.start)))
        entityGroup = list;
      how = `subject "${first.surface}"${first.via === "anaphora" ? ` (anaphora → ${first.canonical})` : ""}`;
      f.entityBy = "subject";
    }
  }
  if (!entityParty) {
    const before = parties.filter((p) => p.end <= q.span.start && p.start >= sentence.start);
    const nearest = before.at(-1);
    if (nearest && !COUNTERPARTY_LEAD.test(text.slice(sentence.start, nearest.start))) {
      entityParty = nearest;
      how = `nearest name "${nearest.surface}"`;
      f.entityBy = "nearest";
    }
  }
  if (!entityParty) {
    const after = inClause.filter(
      (p) =>
        p.start >= q.span.end &&
        !isComplement(text, p, sentence.start) &&
        !isComplementOfList(text, parties, p, sentence.start) &&
        !(metric && metricIs(metric, "counterpartyAfter")),
    );
    if (after[0]) {
      entityParty = after[0];
      how = `subject "${after[0].surface}" after the figure`;
      f.entityBy = "after";
    }
  }
  f.entityParty = entityParty;
  f.entityGroup = entityGroup;
  f.how = how;
}

/** Entity stage, decision: the candidate found, the previous sentence's deal a demonstrative names, or the company the text is about; false when there is none. */
export function settleEntity(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const { gazetteer, subject, context } = r;
  const { local, previousSentenceClaim, demonstrative } = s;
  const { q, rules, figure, candidate, entityParty, entityGroup, how } = f;
  let inherited = false;
  if (!entityParty && demonstrative && previousSentenceClaim?.entity) {
    candidate.entity = previousSentenceClaim.entity;
    candidate.counterparty = previousSentenceClaim.counterparty;
    inherited = true;
    rules.push(
      `entity: "${demonstrative[0]}" refers to the previous sentence's deal → ${candidate.entity}${candidate.counterparty ? ` → ${candidate.counterparty}` : ""}`,
    );
  }
  if (entityParty) {
    candidate.entity = entityGroup.length > 1 ? joinParties(entityGroup) : entityParty.canonical;
    candidate.entityAt = { start: entityParty.start, end: (entityGroup.at(-1) ?? entityParty).end };
    rules.push(`entity: ${how} → ${candidate.entity}`);
    if (entityParty.kind === "person") {
      const name = fullPersonName(entityParty.surface, entityParty.canonical, gazetteer);
      r.lastPerson = name;
      candidate.attribution = name;
      rules.push(`attribution: the person speaks for the company → ${name}`);
    }
    if (entityParty.kind === "product") candidate.item = entityParty.surface;
  } else if (!inherited) {
    if (!local) {
      issue(context, "unresolved_entity", extractMessages.unresolved_entity(figure), q.span);
      return false;
    }
    candidate.entity = local;
    candidate.confidence -= 0.15;
    rules.push(
      local === subject
        ? `entity: no company in the sentence → the article's subject ${subject}`
        : `entity: no company in the sentence → the company the previous sentences are about, ${local}`,
    );
  }
  f.inherited = inherited;
  return true;
}
