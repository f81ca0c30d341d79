import { metricIs } from "../metrics.js";
import type { FigureReading, SentenceReading } from "./types.js";

/**
 * The buyer named after an order word: "an order from Nvidia", "a separate order from Meta", "orders
 * placed by Microsoft", « une commande de Meta », « une commande passée par Microsoft ».
 */
const ORDER_FROM =
  /(?:(?<!\p{L})orders?\s+(?:(?:placed|booked)\s+)?(?:from|by)|(?<!\p{L})commandes?\s+(?:(?:ferme|supplémentaire|nouvelle)s?\s+)?(?:(?:passée?s?\s+)?par|de|d['’]))\s*$/iu;

/**
 * "Orbitek booked an order from Helion for more than $2 billion", « Nordwind a obtenu une
 * commande de Helion de 1 milliard »: whoever places the order buys (CLAIMS.md §6, buyer →
 * supplier), whoever discloses or receives it supplies.
 */
export function reviseOrderFrom(text: string, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (!candidate.metric || !metricIs(candidate.metric, "computeDeal") || !candidate.entity) return;
  const buyer = s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.end <= f.q.span.start &&
      p.canonical !== candidate.entity &&
      ORDER_FROM.test(text.slice(Math.max(s.sentence.start, p.start - 40), p.start)),
  );
  if (!buyer) return;
  const supplier = candidate.entity;
  const supplierAt = candidate.entityAt;
  candidate.entity = buyer.canonical;
  candidate.entityAt = { start: buyer.start, end: buyer.end };
  candidate.counterparty = supplier;
  candidate.counterpartyAt = supplierAt;
  f.rules.push(`roles: the order comes from ${buyer.canonical}, who buys → ${buyer.canonical} → ${supplier}`);
}
