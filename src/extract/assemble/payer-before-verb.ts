import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/**
 * The words between a payer and its paying verb: "will", "to", "agreed to", "is expected to", « va »,
 * « devra », « s'est engagée à ». Only auxiliaries and the infinitive's marker: any other word (a
 * noun, a second verb) puts the name outside the payment.
 */
const PAYER_TO_VERB =
  /^\s*(?:(?:will|would|must|shall|should|could|to|has|have|had|is|are|was|were|agreed|agrees|expected|set|due|required|obliged|obligated|going|also|then|now|va|vont|devra|devront|doit|doivent|devrait|devraient|aussi|également|accepte\s+de|a\s+accepté\s+d[e']|s['’](?:est\s+)?engag\p{L}*\s+à)\s+){0,4}$/iu;

/** The words between the paying verb and its payee written first: "pay Oracle", « paiera à Oracle ». */
const VERB_TO_PAYEE = /^\s*(?:à\s+|au\s+|to\s+)?(?:the\s+|l['’]\s*)?$/iu;

/** A company that can pay or be paid: not a person, a product or a programme. */
const canPay = (p: Party) => p.kind === "company" || p.kind === "periphrasis";

/**
 * A payment with its payer written right before the paying verb ("calls for OpenAI to pay Oracle
 * $300 billion", "under which Meta will pay CoreWeave", « prévoit que Microsoft paiera à Nebius »):
 * the payer owns the commitment, whoever the clause's grammatical subject is ("the deal"), and the
 * payee written right after the verb is the counterparty (CLAIMS.md §6: buyer → supplier). The payer
 * and the verb must be in the figure's clause.
 */
export function payerBeforeVerb(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  verb: { start: number; end: number },
): { payer: Party; payee: Party | undefined } | null {
  const payer = s.parties.findLast((p) => p.end <= verb.start);
  if (!payer || !canPay(payer) || payer.start < f.clauseStart) return null;
  if (!PAYER_TO_VERB.test(r.text.slice(payer.end, verb.start))) return null;
  const payee = s.parties.find(
    (p) =>
      p.start >= verb.end &&
      canPay(p) &&
      p.canonical !== payer.canonical &&
      VERB_TO_PAYEE.test(r.text.slice(verb.end, p.start)),
  );
  return { payer, payee };
}

/** The payer written before the verb owns the payment; the payee after it is its counterparty. */
export function revisePayerBeforeVerb(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  verb: { start: number; end: number },
): void {
  const { candidate } = f;
  const found = payerBeforeVerb(r, s, f, verb);
  if (!found || found.payer.canonical === candidate.entity) return;
  const { payer, payee } = found;
  const before = candidate.entity;
  candidate.entity = payer.canonical;
  candidate.entityAt = { start: payer.start, end: payer.end };
  const counterparty = payee?.canonical ?? (before !== payer.canonical ? before : null);
  candidate.counterparty = counterparty;
  candidate.counterpartyAt = payee ? { start: payee.start, end: payee.end } : null;
  f.rules.push(
    `roles: "${payer.surface}" pays, written right before the paying verb → ${payer.canonical} → ${counterparty ?? "none"}`,
  );
}
