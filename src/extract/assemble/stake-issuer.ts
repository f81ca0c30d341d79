import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** After a stake: "11 % du capital de la start-up", "27% of the company", "a 9% stake in the lab". */
const ISSUER_AFTER =
  /^\s*(?:%\s*)?(?:du\s+capital\s+|des\s+parts\s+|des\s+actions\s+|of\s+the\s+(?:shares|equity|capital)\s+|stake\s+)?(?:de|d['’]|du|of|in|dans)\s+(?:la\s+|le\s+|l['’]\s*|the\s+)?$/iu;

/** Before a stake in the same sentence: "devient le premier actionnaire de la société, avec une participation". */
const ISSUER_BEFORE =
  /(?:actionnaire|shareholder|investor|investisseur)\s+(?:\p{L}+\s+){0,1}?(?:de|d['’]|du|in|of)\s+(?:la\s+|le\s+|l['’]\s*|the\s+)?$/iu;

/**
 * A stake with no company held yet: the company named, or referred to ("la société", "the startup"),
 * as the complement of the stake or of its holder's "actionnaire de" (CLAIMS.md §6: holder → company
 * held). Names the counterparty stage skips as anaphora count here, where the grammar makes them the
 * company held.
 */
export function reviseStakeIssuer(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (candidate.metric !== "equity_stake" || candidate.counterparty || !candidate.entity) return;
  const { text } = r;
  const from = s.sentence.start;
  const issuer =
    s.parties.find(
      (p) =>
        p.start >= q.span.end &&
        p.start - q.span.end <= 40 &&
        ISSUER_AFTER.test(text.slice(q.span.end, p.start)),
    ) ??
    s.parties.find(
      (p) => p.end <= q.span.start && ISSUER_BEFORE.test(text.slice(Math.max(from, p.start - 40), p.start)),
    );
  if (!issuer || issuer.kind === "person" || issuer.canonical === candidate.entity) return;
  candidate.counterparty = issuer.canonical;
  candidate.counterpartyAt = { start: issuer.start, end: issuer.end };
  f.rules.push(`counterparty: "${issuer.surface}" is the company the stake is held in → ${issuer.canonical}`);
}
