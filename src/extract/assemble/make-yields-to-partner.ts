import type { NameMention } from "../gazetteer.js";
import { DEAL_STRUCK, PARTNER_BEFORE_NAME } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import { isMakeOfGoods } from "./counterparty.js";
import { isComplement } from "./parties.js";
import { sellsCompute } from "./previous-deal-sides.js";
import { namesStartingIn } from "./text.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** How far into its sentence the first name of a subject list may stand ("Separately, A, B and C …"). */
const SUBJECT_REACH = 40;
/** What joins the members of a subject list: a comma, "and", "et", "&". */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+|&\s*)$/iu;

/**
 * The companies the sentence `index` names as the entity's partners in a deal: the others of the
 * subject list that holds the entity ("A, B and C are creating …"), or a company after "with" /
 * « avec » in a sentence that strikes a deal ("A $5 billion deal with C").
 */
function partnersBefore(r: DocumentReading, index: number, entity: string): NameMention[] {
  const sentence = r.context.sentences[index];
  if (!sentence) return [];
  const names = namesStartingIn(r.names, sentence.start, sentence.end).filter(
    (n) => n.end <= sentence.end && n.kind === "company" && !n.canonical.includes("+"),
  );
  const partners = DEAL_STRUCK.test(sentence.text)
    ? names.filter((n) =>
        PARTNER_BEFORE_NAME.test(r.text.slice(Math.max(sentence.start, n.start - 12), n.start)),
      )
    : [];
  const list = subjectList(r, names, sentence.start);
  return list.some((n) => n.canonical === entity) ? [...list, ...partners] : partners;
}

function subjectList(r: DocumentReading, names: NameMention[], sentenceStart: number): NameMention[] {
  const first = names[0];
  if (!first || first.start - sentenceStart > SUBJECT_REACH || isComplement(r.text, first, sentenceStart))
    return [];
  const list = [first];
  for (const n of names.slice(1)) {
    if (!LIST_JOIN.test(r.text.slice(list.at(-1)!.end, n.start))) break;
    list.push(n);
  }
  return list.length >= 2 ? list : [];
}

/**
 * "A, B and Nvidia are creating a joint platform. B plans to deploy 8,000 Nvidia GPUs", "A deal with
 * A. B will get 9,000 Nvidia GPUs", « A et B s'associent. B déploiera 10 000 puces Nvidia »: when the
 * only other end the figure's sentence gives a compute deal is the make of the goods counted, the
 * entity's partner in the sentence before, when it sells compute and the entity less so, supplies them (buyer or user →
 * supplier, CLAIMS.md §6), not their maker.
 */
export function reviseMakeByListedPartner(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const { metric, entity, counterparty } = candidate;
  if (!metric || !metricIs(metric, "computeDeal") || f.inherited || !entity || !counterparty) return;
  const make = s.parties.filter((p) => p.canonical === counterparty);
  if (make.length === 0 || !make.every((p) => isMakeOfGoods(r, f, p))) return;
  // Another company in the figure's own sentence is left to the rules that read the sentence.
  if (s.parties.some((p) => p.kind === "company" && p.canonical !== entity && p.canonical !== counterparty))
    return;
  const partners = [
    ...new Set(
      partnersBefore(r, s.sentenceIndex - 1, entity)
        .map((n) => n.canonical)
        .filter(
          (name) =>
            name !== entity &&
            name !== counterparty &&
            sellsCompute(r, name) > sellsCompute(r, entity) &&
            !r.gazetteer.programmes.has(name),
        ),
    ),
  ];
  if (partners.length !== 1) return;
  candidate.counterparty = partners[0]!;
  candidate.counterpartyAt = null;
  f.rules.push(
    `counterparty: "${counterparty}" only makes the goods; ${entity}'s partner in the sentence before supplies them → ${partners[0]}`,
  );
}
