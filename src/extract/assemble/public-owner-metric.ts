/**
 * A state's or a public body's money is what it puts in: « 600 milliards de dollars d'engagements de
 * l'Arabie saoudite », "the European Union has committed €200bn", "the EU has pledged €200 billion in
 * AI-related funding" are investments (the per-metric records say which readings turn), never
 * compute the state buys for itself, and an amount with no metric word is still its pledge.
 */
import { isCurrencyCode } from "../../core/index.js";
import type { Gazetteer } from "../gazetteer.js";
import { knowledgeOf } from "../metrics.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** A state or public body, or a group of them ("France+Germany"). */
export function isPublicOwner(gazetteer: Gazetteer, name: string): boolean {
  return name.split("+").every((member) => gazetteer.publicBodies.has(member));
}

/** Words that make an amount a pledge: "pledged", "earmarked", "funding", « promis », « débloqué », « enveloppe ». */
const PLEDGE =
  /(?<!\p{L})(?:pledg|commit|earmark|allocat|set\s+aside|fund|promi[st]|promett|engag|débloqu|mobilis|allou|financ|fonds|enveloppe|subvention|subsid)/iu;

export function revisePublicOwnerMetric(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const owner = candidate.entity;
  if (!owner || !isCurrencyCode(candidate.unit) || !isPublicOwner(r.gazetteer, owner)) return;
  const reads =
    candidate.metric === null
      ? PLEDGE.test(s.body)
        ? "investment"
        : null
      : knowledgeOf(candidate.metric)?.publicOwnerReads;
  if (!reads) return;
  f.rules.push(`metric: money ${owner}, a public owner, puts in → ${reads}`);
  candidate.metric = reads;
}
