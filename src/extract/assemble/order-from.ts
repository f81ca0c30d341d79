import { metricIs } from "../metrics.js";
import type { FigureReading, Party, SentenceReading } from "./types.js";

/**
 * The buyer named after an order word: "an order from Nvidia", "a separate order from Meta", "orders
 * placed by Microsoft", « une commande de Meta », « une commande passée par Microsoft ».
 */
const ORDER_FROM =
  /(?:(?<!\p{L})orders?\s+(?:(?:placed|booked)\s+)?(?:from|by)|(?<!\p{L})commandes?\s+(?:(?:ferme|supplémentaire|nouvelle)s?\s+)?(?:(?:passée?s?\s+)?par|de|d['’]))\s*$/iu;

/**
 * An order noun before the amount it sizes, in the amount's clause: "orders worth", "a purchase order
 * of", "an order valued at", « une commande de », « des commandes d'un montant de ». A determiner, an
 * adjective or a plural makes "order" a noun: "would order $3 billion of servers" is a verb, whose
 * "from" names the supplier.
 */
const ORDER_NOUN_BEFORE =
  /(?:(?<!\p{L})(?:an?|the|its|their|new|fresh|further|separate|first|large|big|purchase|follow-on)\s+(?:[\p{L}-]+\s+)?order|(?<!\p{L})orders|(?<!\p{L})commandes?)(?:\s+(?:worth|valued\s+at|totall?ing|of|for|de|d['’]|d['’]un\s+montant\s+de|(?:estimée|évaluée)s?\s+à))?\s*(?:about\s+|some\s+|nearly\s+|environ\s+|près\s+de\s+)?(?:US)?[$€£]?\s*$/iu;

/** From the amount to its buyer: "from", "placed by", « de la part de », « passée par », a few words between. */
const BUYER_AFTER =
  /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:from|placed\s+by|de\s+la\s+part\s+d(?:e|u|es)|de\s+la\s+part\s+d['’]|passée?s?\s+par)\s*(?:(?:the|le|la|les)\s+|l['’]\s*)?$/iu;

/** The buyer named after the amount an order noun sizes: "received orders worth $1.5 billion from Meta". */
function buyerAfter(text: string, s: SentenceReading, f: FigureReading): Party | undefined {
  const lead = text.slice(Math.max(s.sentence.start, f.clauseStart, f.q.span.start - 60), f.q.span.start);
  if (!ORDER_NOUN_BEFORE.test(lead)) return undefined;
  return s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.start >= f.q.span.end &&
      p.start <= f.q.span.end + 60 &&
      BUYER_AFTER.test(text.slice(f.q.span.end, p.start)),
  );
}

/**
 * "Orbitek booked an order from Helion for more than $2 billion", « Nordwind a obtenu une
 * commande de Helion de 1 milliard », "Orbitek received orders worth $2 billion from Helion": whoever
 * places the order buys (CLAIMS.md §6, buyer → supplier), whoever discloses or receives it supplies.
 */
export function reviseOrderFrom(text: string, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (!candidate.metric || !metricIs(candidate.metric, "computeDeal") || !candidate.entity) return;
  const buyer =
    s.parties.find(
      (p) =>
        p.kind === "company" &&
        p.end <= f.q.span.start &&
        p.canonical !== candidate.entity &&
        ORDER_FROM.test(text.slice(Math.max(s.sentence.start, p.start - 40), p.start)),
    ) ?? buyerAfter(text, s, f);
  if (!buyer || buyer.canonical === candidate.entity) return;
  const supplier = candidate.entity;
  const supplierAt = candidate.entityAt;
  candidate.entity = buyer.canonical;
  candidate.entityAt = { start: buyer.start, end: buyer.end };
  candidate.counterparty = supplier;
  candidate.counterpartyAt = supplierAt;
  f.rules.push(`roles: the order comes from ${buyer.canonical}, who buys → ${buyer.canonical} → ${supplier}`);
}
