/**
 * The role a name plays in the figure's sentence when it is not the figure's owner: the other side
 * named in a table's partner column, a speaker reporting someone else's figure, a modifier after a
 * possessive ("its Nvidia shares"), the lender of a debt, the agent complement a relative clause
 * skips ("le programme Stargate, lancé par OpenAI et Oracle, qui prévoit …").
 */
import { RELATION_NOUNS } from "../lexicon.js";
import { tableRowAt } from "../tables.js";
import { isComplement, isComplementOfList, listStart } from "./parties.js";
import { rememberedBySpan } from "./text.js";
import type { DocumentReading, Party } from "./types.js";

/** A table's first header when the rows name the other side of each deal ("Partenaire", "Supplier"). */
const COUNTERPARTY_HEADER =
  /^(?:partenaires?|partners?|fournisseurs?|suppliers?|vendors?|contreparties?|counterpart(?:y|ies)|prêteurs?|lenders?)$/iu;

/**
 * "| Oracle | 2025 | 300 milliards |" under a "Partenaire" header: the row names the partner, not the
 * owner, and so does a product of the partner in another cell ("| AMD | puces MI450 | 6 GW |").
 */
export function inCounterpartyColumn(r: DocumentReading, party: Party): boolean {
  if (r.tables.length === 0) return false;
  const found = tableRowAt(r.tables, party.start);
  const label = found?.row.cells[0];
  const header = found?.table.header.cells[0];
  if (!found || !label || !header) return false;
  const inLabel = party.start >= label.start && party.end <= label.end;
  const partnersProduct =
    party.kind === "product" && r.text.slice(label.start, label.end).trim() === party.canonical;
  if (!inLabel && !partnersProduct) return false;
  return COUNTERPARTY_HEADER.test(r.text.slice(header.start, header.end).trim());
}

/** Speech and estimate verbs that make the name before them a speaker ("said", "a indiqué", "estime que"). */
const SPEECH_VERB = String.raw`(?:has\s+|had\s+|have\s+)?(?:said|says|told|announced|stated|reported|estimated|estimates|expects|noted|added|a\s+(?:déclaré|indiqué|affirmé|annoncé|précisé|estimé|expliqué|ajouté)|affirme|indique|déclare|estime|explique|précise|ajoute)(?![\p{L}\p{N}_])`;
/** "Morgan Stanley, which arranged the financing, said …": a speaker past an apposition in commas. */
const SPEAKER_PAST_APPOSITION = new RegExp(String.raw`^\s*,[^,;:.]{1,90},\s*${SPEECH_VERB}`, "iu");

/**
 * The name speaks (after an apposition in commas) and a company of its own reported clause follows,
 * named among `parties` (an anaphora is no such company).
 */
export function speaksPastApposition(
  text: string,
  party: Party,
  parties: readonly Party[],
  before: number,
): boolean {
  const m = SPEAKER_PAST_APPOSITION.exec(text.slice(party.end, party.end + 140));
  if (!m) return false;
  const verbEnd = party.end + m[0].length;
  return parties.some((o) => o.via !== "anaphora" && o.start >= verbEnd && o.end <= before);
}

/** "its Nvidia shares", "ses puces Nvidia", "their OpenAI stake": a name after a possessive determiner qualifies a noun. */
const POSSESSIVE_DETERMINER =
  /(?:^|[^\p{L}])(?:its|their|his|her|our|ses|son|sa|leurs?|nos|notre)\s+(?:\p{Ll}+\s+)?$/u;

/** "its Stargate joint venture": the name of the venture itself, not a modifier. */
const VENTURE_AFTER =
  /^\s+(?:joint\s+venture|venture|coentreprise|project|projet|programme|program|subsidiary|filiale|unit)\b/iu;

/** « son principal concurrent Anthropic », "its partner Crusoe": a relation noun names the company after it. */
const RELATION_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:its|their|his|her|our|ses|son|sa|leurs?|nos|notre)\s+(?:\p{Ll}+\s+)?(?:${RELATION_NOUNS})\s+$`,
  "u",
);

export function isPossessedModifier(text: string, party: Party, floor: number): boolean {
  return (
    party.kind !== "programme" &&
    possessedBefore(text, party, floor) &&
    !RELATION_BEFORE.test(text.slice(Math.max(floor, party.start - 25), party.start))
  );
}

/**
 * "confirmed a multi-billion Nvidia chip deal", "signed an AMD GPU contract": a name between an
 * indefinite article and a deal or goods noun is an attributive modifier, whose deal or goods they are.
 */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const DEAL_OR_GOODS_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:deals?|contracts?|agreements?|pacts?|orders?|partnerships?|tie-ups?|chips?|GPUs?|servers?|accelerators?)(?!\p{L})/u;

const possessedBefore = rememberedBySpan((text, party, floor) => {
  const before = text.slice(Math.max(floor, party.start - 25), party.start);
  const after = text.slice(party.end!, party.end! + 30);
  if (INDEFINITE_BEFORE.test(before) && DEAL_OR_GOODS_AFTER.test(after)) return true;
  return POSSESSIVE_DETERMINER.test(before) && !VENTURE_AFTER.test(after.slice(0, 20));
});

/**
 * Lending and arranging verbs: the name they follow lends or places the debt, it does not owe it
 * ("placed" only on someone's behalf: "Oracle a placé 18 milliards d'obligations" issued its own).
 */
const LENDER_VERB =
  /^\s+(?:\p{L}+\s+){0,2}?(?:(?:is|are|was|were|est|sont)\s+(?:en\s+discussion\s+pour|in\s+talks\s+to)\s+)?(?:lend|lends|lent|loaned|arranged|arranges|underwrote|underwrites|prêter|prête|prêtera|a\s+prêté|arrange|a\s+arrangé|en\s+fournit|provided|(?:placed|places|(?:avait|a)\s+(?:déjà\s+)?placé|place)\s+(?:pour\s+(?:son|leur|le)\s+compte|on\s+(?:its|their)?\s*behalf))(?![\p{L}])/iu;
const DEBT_METRICS = new Set(["debt_issuance"]);

/** "JPMorgan lent $2 billion", "Morgan Stanley avait placé 5 milliards de dette": the lender or arranger of a debt. */
export function lendsTheDebt(
  text: string,
  party: Party,
  metric: string | null,
  figureStart: number,
): boolean {
  if (!metric || !DEBT_METRICS.has(metric) || party.end > figureStart) return false;
  return LENDER_VERB.test(text.slice(party.end, figureStart));
}

/**
 * "le programme Stargate, lancé par OpenAI, SoftBank et Oracle, qui prévoit …": a relative pronoun
 * after an agent complement ("par A, B et C", "built by G42 with Oracle") speaks of the head noun
 * the participle hangs on, named before the comma that opens the apposition.
 */
export function relativeHead(text: string, parties: readonly Party[], party: Party, floor: number): Party {
  const list = [...parties];
  const i = list.indexOf(party);
  if (i < 0 || !(isComplement(text, party, floor) || isComplementOfList(text, list, party, floor)))
    return party;
  // "built by G42 with OpenAI, Oracle and SoftBank": step back over every complement of the participle.
  for (let first = listStart(list, i, text, floor); ; first = listStart(list, first - 1, text, floor)) {
    const head = list[first - 1];
    if (!head || head.start < floor) return party;
    const between = text.slice(head.end, list[first]!.start);
    if (APPOSITION_OPENING.test(between)) return head;
    if (!isComplement(text, list[first]!, floor) || /[,;:()]/u.test(between)) return party;
  }
}

/** What lies between a head noun's name and the first complement of its apposition: ", lancé … par ". */
const APPOSITION_OPENING = /^\s*,[^,;:()]{1,80}$/u;

/** Metrics of hardware or capacity that a supplier hands over: the company it goes to owns them. */
const SUPPLIED_METRICS: ReadonlySet<string> = new Set([
  "gpu_count",
  "datacenter_capacity",
  "compute_commitment",
]);

/** "will supply", "has agreed to sell", "va fournir à", "livrera": a verb of supplying, a few words after its subject. */
export const SUPPLY_VERB =
  /^\s+(?:[\p{L}'’-]+\s+){0,6}?(?:supply|supplies|supplied|provide|provides|provided|deliver|delivers|delivered|ship|ships|shipped|sell|sells|sold|fournir|fournira|fourniront|fournit|fournissent|fourni|livrer|livrera|livreront|livre|livrent|vendre|vendra|vendront|vend|vendent|vendu|vendue|vendus|vendues|céder|cédera|céderont|cède|cèdent|cédé|cédée|cédés|cédées)(?![\p{L}])/iu;

/**
 * Where the verb of supplying that `party` is the subject of ends, for a supplied figure after
 * it ("Nvidia will supply 18,000 chips", "Talen a accepté de vendre à Amazon 1,9 GW"), at most
 * `reachInWords` words before the figure; -1 otherwise.
 */
export function supplyVerbEnd(
  text: string,
  party: Party,
  metric: string | null,
  figureStart: number,
  reachInWords = 14,
): number {
  if (!metric || !SUPPLIED_METRICS.has(metric) || party.end > figureStart) return -1;
  const gap = text.slice(party.end, figureStart);
  if (/[;.:]\s/u.test(gap) || gap.split(/\s+/u).length > reachInWords) return -1;
  const m = SUPPLY_VERB.exec(gap);
  return m ? party.end + m[0].length : -1;
}

/** Between a verb of supplying and the company supplied: nothing, or "to", "à" after a short object ("sell Amazon", "provide capacity to Meta"). */
const RECIPIENT_RIGHT_AFTER =
  /^\s*(?:(?:[\p{L}'’-]+\s+){0,4}?(?:à|to|au|aux)\s+)?(?:la\s+|le\s+|l['’]|the\s+)?$/iu;
/** After the supplied figure: "… chips to Humain", "… de puces à OpenAI", "… for Microsoft". */
const RECIPIENT_AFTER_FIGURE =
  /^\s*(?:[\p{L}'’-]+\s+){0,6}?(?:to|à|au|aux|for|pour)\s+(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

/** The company a supplier's hardware or capacity goes to, named right after the verb or after the figure. */
export function suppliedCompany(
  text: string,
  parties: readonly Party[],
  verbEnd: number,
  figure: { start: number; end: number },
  clauseEnd: number,
): Party | undefined {
  const usable = (p: Party) => p.kind === "company" || p.kind === "periphrasis";
  return (
    parties.find(
      (p) =>
        usable(p) &&
        p.start >= verbEnd &&
        p.end <= figure.start &&
        RECIPIENT_RIGHT_AFTER.test(text.slice(verbEnd, p.start)),
    ) ??
    parties.find(
      (p) =>
        usable(p) &&
        p.start >= figure.end &&
        p.end <= clauseEnd &&
        RECIPIENT_AFTER_FIGURE.test(text.slice(figure.end, p.start)),
    )
  );
}

/** A noun naming a company by its tie to another: "partner", "customer", "backer", "rival". */
const RELATION_NOUN_BETWEEN =
  /^(?:['’]s)?\s+(?:(?:chip|cloud|AI|largest|biggest|main|key|top|early|major|longtime|long-time)\s+)?(?:partner|customer|client|investor|backer|rival|competitor|supplier|shareholder|lender|tenant|peer|ally)s?\s+$/iu;

/**
 * A person's post at a company, the company first: "OpenAI co-founder", "Google's former chief
 * technology officer", "Meta AI researcher", "ex-Apple engineer". The company only says where the
 * person worked; the person acts, perhaps for a company of their own.
 */
const PERSON_POST_BETWEEN =
  /^(?:['’]s)?\s+(?:(?:former|ex-|then|one-time|onetime|longtime|long-time|early|AI|top|senior|lead|chief)\s+)*(?:co-?founder|founder|chief\s+(?:\p{L}+\s+){1,2}officer|chief\s+(?:executive|scientist)|CEO|CTO|CFO|COO|president|chair(?:man|woman)?|executive|engineer|researcher|scientist|veteran|alum(?:nus|na)?|director|head\s+of\s+\p{L}+|boss|employee|staffer)s?\s*,?\s+$/iu;

/**
 * "OpenAI investor Microsoft", "OpenAI's partner Oracle", "Microsoft customer Nebius": the first name
 * only says whose partner the second is; the second is the clause's actor. So does a post before a
 * person's name ("OpenAI co-founder Ilya Sutskever").
 */
export function qualifiesTheNextName(
  text: string,
  party: Party,
  parties: readonly Party[],
): Party | undefined {
  const next = parties.find((o) => o.start >= party.end);
  if (!next || next.start - party.end > 40) return undefined;
  const between = text.slice(party.end, next.start);
  if (RELATION_NOUN_BETWEEN.test(between)) return next;
  return next.kind === "person" && party.kind === "company" && PERSON_POST_BETWEEN.test(between)
    ? next
    : undefined;
}

/** "Unlike Apple,", "Like Microsoft,", "Contrairement à Apple,", "À l'instar de Google,": a name set aside for comparison. */
const COMPARISON_LEAD =
  /(?:^|[,;:]\s*)(?:unlike|like|as\s+with|just\s+as|compared\s+(?:with|to)|contrairement\s+(?:à|au)|comme|tout\s+comme|à\s+l['’]instar\s+(?:de|d['’]|du)|à\s+la\s+différence\s+(?:de|d['’]|du))\s*(?:l['’]|la\s+|le\s+|the\s+)?$/iu;

/** The name opens a comparison ("Unlike Apple, Meta plans …"): it is not the subject of the clause that follows. */
export function isComparedAside(text: string, party: Party, floor: number): boolean {
  return (
    COMPARISON_LEAD.test(text.slice(Math.max(floor, party.start - 40), party.start)) &&
    /^\s*,/u.test(text.slice(party.end, party.end + 3))
  );
}
