import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/**
 * "à 20 % par", "40% by", "51% owned by", « 30 % détenus par le fonds souverain »: the holder named
 * right after the share it holds, a participle of holding between them or not.
 */
const HELD_BY =
  /^\s*(?:(?:owned|held|controlled|détenue?s?|contrôlée?s?|possédée?s?)\s+)?(?:par|by)\s+(?:(?:le|la|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** How far after the share its holder's name may start ("… % par le fonds souverain GIC"). */
const HOLDER_REACH = 40;

/**
 * A share held in a company said in the passive ("détenue à 20 % par Digital Realty et à 80 % par
 * Blackstone", "owned 40% by Brookfield and 60% by Meta"): each share is its own holder's, the
 * company named right after "par" / "by" (CLAIMS.md §6: holder → what is held).
 */
export function reviseStakeHeldBy(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (candidate.metric !== "equity_stake") return;
  const holder = s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.start >= q.span.end &&
      p.start <= q.span.end + HOLDER_REACH &&
      HELD_BY.test(r.text.slice(q.span.end, p.start).replace(/^\s*(?:%|pour\s+cent|per\s*cent)/iu, "")),
  );
  if (!holder) return;
  // What is held is named before the share: a company after it holds another share ("and 49% by X").
  const heldAfter = (candidate.counterpartyAt?.start ?? -1) >= q.span.end;
  if (candidate.counterparty === holder.canonical || heldAfter) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
  if (holder.canonical === candidate.entity) return;
  candidate.entity = holder.canonical;
  candidate.entityAt = { start: holder.start, end: holder.end };
  f.rules.push(`entity: "${holder.surface}" holds the share named before it → ${holder.canonical}`);
}
