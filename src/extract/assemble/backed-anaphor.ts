/**
 * "Corvane a investi 2 milliards dans Lumeo. La société a levé 9 milliards au total": a bare anaphor
 * ("it", « elle », "the company", « la société ») opening on a round or a valuation right after a
 * sentence where its referent put money into another company is first read as that investor. The
 * money raised or the worth is the company invested in: the same anaphor is offered read as it,
 * with `backedTakeUp`, for the scorer to weigh.
 */
import { metricIs } from "../metrics.js";
import type { EntityFeature, EntityOption } from "./entity.js";
import type { Option } from "./scorer.js";
import type { FigureReading, SentenceReading } from "./types.js";

/** Pronouns and bare descriptions that say nothing of which company they take up. */
const BARE_ANAPHOR =
  /^(?:il|elle|it|la\s+société|l['’]entreprise|le\s+groupe|la\s+firme|the\s+company|the\s+firm|the\s+group)$/iu;

/** The company the previous sentence's investment went into, when `investor` made it. */
function investeeOf(s: SentenceReading, investor: string): string | null {
  const previous = s.previousSentenceClaim;
  if (previous?.metric !== "investment" || previous.entity !== investor) return null;
  const investee = previous.counterparty;
  return investee && investee !== investor && !investee.includes("+") ? investee : null;
}

/** Offers, beside a bare anaphor read as the previous sentence's investor, the same anaphor read as its investee. */
export function withBackedAnaphor(
  _r: unknown,
  s: SentenceReading,
  f: FigureReading,
  options: Option<EntityOption, EntityFeature>[],
): void {
  if (!metricIs(f.candidate.metric, "roundTerm")) return;
  const count = options.length;
  for (let i = 0; i < count; i++) {
    const o = options[i]!;
    const party = o.value.party;
    if (party?.via !== "anaphora" || o.value.group.length > 1 || !BARE_ANAPHOR.test(party.surface.trim()))
      continue;
    const investee = investeeOf(s, party.canonical);
    if (!investee || options.some((x) => x.value.party && x.value.name === investee)) continue;
    options.push({
      value: {
        ...o.value,
        party: { ...party, canonical: investee },
        group: [],
        name: investee,
        how: `${o.value.how.replace(/\(anaphora → [^)]*\)/u, "")}(anaphora → ${investee}, the company ${party.canonical} invested in)`,
      },
      label: investee,
      features: { ...o.features, backedTakeUp: 1 },
    });
  }
}
