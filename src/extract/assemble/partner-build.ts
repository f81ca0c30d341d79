/**
 * A compute supplier building with a customer: "Nscale is working with Microsoft to build a
 * supercomputer of 20,000 GPUs", « Fluidstack collabore avec Meta pour déployer 30 000 GPU ». The
 * hardware or capacity is the user's, bought from the supplier (CLAIMS.md §6: buyer or user →
 * supplier), when the partner sits lower in the chain than the subject (a lab or a hyperscaler with a
 * neocloud, a lab with a hyperscaler).
 */
import type { Metric } from "../../core/index.js";
import { ownedBy } from "./owned-by.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

const BUILT_COMPUTE: ReadonlySet<Metric> = new Set<Metric>(["gpu_count", "datacenter_capacity"]);

/** Where a kind of company stands in the compute chain: users first, suppliers after. */
const CHAIN_RANK: Readonly<Record<string, number>> = {
  lab: 0,
  startup: 0,
  hyperscaler: 1,
  neocloud: 2,
  datacentre: 2,
};

/** "works with … to build", « collabore avec … pour construire », up to the partner's name. */
const WITH_PARTNER =
  /(?<!\p{L})(?:(?:is\s+)?(?:work(?:s|ing)?|partner(?:s|ing|ed)?|team(?:s|ed|ing)?\s+up|collaborat(?:es|ing|ed))\s+with|collabor(?:e|ent|ait|era)\s+(?:\p{L}+\s+)?avec|travaill(?:e|ent|ait|era)\s+(?:\p{L}+\s+)?avec|s['’]associ(?:e|ent|era)\s+(?:à|avec))\s+$/iu;
/** From the partner's name to the figure: a verb of building, no other clause. */
const TO_BUILD =
  /^\s+(?:to|pour|afin\s+de)\s+(?:build|deploy|construct|install|construire|déployer|bâtir|installer)\s[^,;:.()]*$/iu;

function rank(r: DocumentReading, name: string): number | null {
  const ranks = (r.gazetteer.kinds.get(name) ?? []).map((k) => CHAIN_RANK[k]).filter((k) => k !== undefined);
  return ranks.length > 0 ? Math.max(...ranks) : null;
}

export function revisePartnerBuild(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  const supplier = candidate.entity;
  if (!supplier || !candidate.metric || !BUILT_COMPUTE.has(candidate.metric)) return;
  const { text } = r;
  const partner = s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.end <= q.span.start &&
      p.canonical !== supplier &&
      WITH_PARTNER.test(text.slice(Math.max(s.sentence.start, p.start - 40), p.start)) &&
      TO_BUILD.test(text.slice(p.end, q.span.start)),
  );
  if (!partner) return;
  const supplierRank = rank(r, supplier);
  const partnerRank = rank(r, partner.canonical);
  if (supplierRank === null || partnerRank === null || partnerRank >= supplierRank) return;
  ownedBy(candidate, partner);
  candidate.counterparty = supplier;
  candidate.counterpartyAt = null;
  f.rules.push(
    `entity: ${supplier} builds with ${partner.canonical}, the user → ${partner.canonical} → ${supplier}`,
  );
}
