import { isOrganisation } from "./parties.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/**
 * A verb or noun of selling right before the stake: "agreed to sell a 50% stake", "sold 40% of",
 * « va céder 50 % du capital », « la cession de 30 % de », "the sale of a 20% stake".
 */
const SALE_BEFORE =
  /(?:\b(?:sell|sells|selling|sold|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?)|(?<!\p{L})(?:c[eéè]d(?:er|é|ée|e|ent|era|eront|erait|ant)|vend(?:re|u|ue|ra|ront|rait|ant)|vend|vendent|cession|vente)|\bsale\s+of)(?!\p{L})(?:\s+(?:[\p{L}'’-]+\s+){0,3}?|\s*)$/iu;

/** Between the verb and the stake: no clause break, no other figure. */
const SALE_GAP = /^[^.;:!?\d]{0,40}$/u;

/**
 * After the stake, up to the buyer: what is held ("in its unit X", « du capital de sa filiale X »),
 * then "to" / « à », descriptors of the buyer allowed ("to the fund", « au fonds parisien »).
 */
const TO_BUYER =
  /^[^.;:!?]{0,90}?(?:\bto|(?<!\p{L})(?:à|au|aux))\s+(?:(?:the|a|an|le|la|les|l['’]|un|une)\s*)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** The stake's complement naming what is held: "of X", "in X", « de X », « du capital de sa filiale X ». */
const HELD_AFTER =
  /^\s*(?:%|per\s*cent|pour\s+cent)?\s*(?:[\p{L}'’-]+\s+){0,2}?(?:of|in|de|du|d['’]|dans)\s/iu;

/** "from X", « auprès de X », « à X » after a stake bought: the seller, not the company held. */
const FROM_SELLER =
  /\b(?:from)\s+(?:(?:the|le|la|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}$|(?<!\p{L})auprès\s+(?:de|d['’]|du|des)\s*(?:(?:la|le|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}$/iu;

/** The company held: named in the stake's complement before `until`, else the seller before the verb. */
function heldCompany(r: DocumentReading, s: SentenceReading, f: FigureReading, until: number): Party | null {
  const { q } = f;
  const after = s.parties.find(
    (p) =>
      isOrganisation(p) &&
      p.start >= q.span.end &&
      p.end <= until &&
      HELD_AFTER.test(r.text.slice(q.span.end, p.start)),
  );
  return after ?? null;
}

/**
 * A stake sold to a buyer: "Velorine agreed to sell a 50% stake in its unit Quarkon to the fund
 * Brisalys", « Velorine cède 40 % du capital de sa filiale Quarkon au fonds Brisalys »: the buyer
 * holds the stake, in the company named after it, else in the seller (CLAIMS.md §6: holder → company
 * held). The seller is no holder of what it sells.
 */
export function reviseStakeSold(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (candidate.metric !== "equity_stake") return;
  const { text } = r;
  const lead = text.slice(Math.max(s.sentence.start, q.span.start - 60), q.span.start);
  const sale = SALE_BEFORE.exec(lead);
  if (!sale || !SALE_GAP.test(lead.slice(sale.index + sale[0].length))) return;
  const buyer = s.parties.find(
    (p) => isOrganisation(p) && p.start > q.span.end && TO_BUYER.test(text.slice(q.span.end, p.start)),
  );
  if (!buyer) return;
  const verbAt = q.span.start - lead.length + sale.index;
  const held =
    heldCompany(r, s, f, buyer.start) ??
    s.parties.findLast((p) => isOrganisation(p) && p.end <= verbAt) ??
    null;
  if (held?.canonical === buyer.canonical) return;
  candidate.entity = buyer.canonical;
  candidate.entityAt = { start: buyer.start, end: buyer.end };
  candidate.counterparty = held?.canonical ?? null;
  candidate.counterpartyAt = held ? { start: held.start, end: held.end } : null;
  f.rules.push(`entity: "${buyer.surface}" buys the stake sold → ${buyer.canonical}`);
}

/**
 * A stake bought from a seller: "Brisalys will buy a 40% stake in Quarkon from Velorine", « rachète
 * 30 % de Quarkon auprès de Velorine »: the company held is the one the stake is in, not the seller.
 */
export function reviseStakeBoughtFrom(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (candidate.metric !== "equity_stake" || !candidate.counterparty) return;
  const seller = s.parties.find(
    (p) =>
      p.canonical === candidate.counterparty &&
      p.start > q.span.end &&
      FROM_SELLER.test(r.text.slice(Math.max(q.span.end, p.start - 40), p.start)),
  );
  if (!seller) return;
  const held = heldCompany(r, s, f, seller.start);
  if (!held || held.canonical === candidate.entity || held.canonical === seller.canonical) return;
  candidate.counterparty = held.canonical;
  candidate.counterpartyAt = { start: held.start, end: held.end };
  f.rules.push(
    `counterparty: "${held.surface}" is the company the stake bought from ${seller.canonical} is in`,
  );
}
