import type { QuantityMention } from "../numbers/types.js";
import type { DocumentReading, SentenceReading } from "./types.js";

/**
 * Figures of a case the text imagines rather than reports (CLAIMS.md §8): a supposition ("Suppose a
 * startup spends $10 billion…", « Imaginons qu'OpenAI dépense… »), a counterfactual condition ("if
 * OpenAI were to spend $1 trillion", « si Anthropic devait dépenser 100 milliards »), a generic thing
 * given as an example ("For example, a $10 billion data centre…", « Par exemple, un centre de
 * données de 100 mégawatts coûte… »).
 */

/** A sentence that opens by supposing: every figure in it belongs to the supposed case. */
const SUPPOSITION_OPENER =
  /^[\s"“«(—–-]*(?:(?:let['’]s\s+)?(?:suppose|imagine|say)(?=\s+(?:that\s+|an?\s+|the\s+|one\s+|some\s+|\p{Lu}))|supposing|hypothetically|in\s+a\s+hypothetical\s+(?:case|scenario)|supposons|imaginons|imaginez|admettons|hypothétiquement|par\s+hypothèse|à\s+supposer\s+que?|dans\s+un\s+scénario\s+hypothétique)(?!\p{L})/iu;

/** Any character of a clause: not a clause break, but the comma or point inside a number ("1,400", "2.5"). */
const IN_CLAUSE = String.raw`(?:[^.;:,!?]|(?<=\d)[.,](?=\d))`;

/**
 * A counterfactual condition, from its opening to the figure in the same clause: "if it were to
 * spend", "Were OpenAI to borrow", « si OpenAI devait dépenser », « s'ils venaient à investir ».
 */
const COUNTERFACTUAL_CLAUSE = new RegExp(
  String.raw`(?:(?<!\p{L})(?:if|even\s+if)\s+${IN_CLAUSE}{0,60}?(?<!\p{L})(?:were|was)\s+to|(?:^|[,;:(—–]\s*|[\s"“«]+)were\s+(?:[\p{L}.&'’-]+\s+){1,3}?to|(?<!\p{L})(?:même\s+)?(?:si|s['’]ils?)\s+${IN_CLAUSE}{0,60}?(?<!\p{L})(?:devait|devaient|venait\s+à|venaient\s+à))(?!\p{L})${IN_CLAUSE}{0,80}$`,
  "iu",
);

/** "For example, a…", « Par exemple, un… »: an example whose subject is an indefinite thing. */
const GENERIC_EXAMPLE_OPENER =
  /^[\s"“«(—–-]*(?:for\s+(?:example|instance)|par\s+exemple|à\s+titre\s+d['’]exemple|prenons(?:\s+l['’]exemple\s+d['’]|\s+))\s*,?\s*(?:an?|one|each|every|any|un|une|chaque|tout)(?!\p{L})/iu;

/** The reason a figure belongs to an imagined case; null when the text reports it. */
export function imaginedCase(r: DocumentReading, s: SentenceReading, q: QuantityMention): string | null {
  const before = r.text.slice(s.sentence.start, q.span.start);
  if (SUPPOSITION_OPENER.test(before)) return "a figure of a supposed case, not a fact stated";
  if (COUNTERFACTUAL_CLAUSE.test(before)) return "a figure of a counterfactual condition, not a fact stated";
  if (!GENERIC_EXAMPLE_OPENER.test(before)) return null;
  const company = s.parties.some((p) => p.kind === "company" && p.via === "name");
  return company ? null : "a figure of a generic example, not a company's";
}
