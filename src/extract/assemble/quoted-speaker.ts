/**
 * A figure a speaker gives in the first person, inside a quotation ("We plan to raise $30 billion,"
 * said X, chief executive of Y; « Nous prévoyons d'investir 2 milliards », a déclaré X, PDG de Y):
 * the speaker's company's figure, whatever company the quotation names, the speaker its attribution.
 */
import type { Span } from "../../core/index.js";
import type { NameMention } from "../gazetteer.js";
import { CUES } from "./entity.js";
import { fullPersonName } from "./parties.js";
import { firstFrom, nameStart } from "./text.js";
import type { DocumentReading, EntityCue, FigureReading, Party, SentenceReading } from "./types.js";

const NEWLINE = 0x0a;

/** The code of the quotation mark that closes one opened by `code` ("«" → "»", "“" → "”", '"' → '"'); -1 for no opening mark. */
function closingMark(code: number): number {
  if (code === 0xab) return 0xbb;
  if (code === 0x201c) return 0x201d;
  return code === 0x22 ? 0x22 : -1;
}

/** Every quotation closed on its own line, from its opening mark to past its closing one, in text order. */
function quotationsIn(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let closing = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) open = -1;
    else if (open >= 0 && code === closing) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    } else if (open < 0) {
      closing = closingMark(code);
      if (closing >= 0) open = i;
    }
  }
  return spans;
}

/** The quotation `at` lies in: after its opening mark, up to its closing one. */
export function enclosingQuotation(r: DocumentReading, at: number): Span | null {
  r.quotations ??= quotationsIn(r.text);
  const spans = r.quotations;
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  const quote = spans[low - 1];
  return quote && at < quote.end ? quote : null;
}

/**
 * The speaker as the subject of the quoted sentence: "we", "nous", or "our"/"notre"/"nos" on what it
 * does ("Our intention is", "notre chiffre d'affaires"), never on another party ("our customers").
 */
export const FIRST_PERSON =
  /(?<![\p{L}])(?:[Ww]e|[Nn]ous|(?:[Oo]ur|[Nn]otre|[Nn]os)(?!\s+(?:customers?|clients?|partners?|partenaires?|rivals?|concurrents?|competitors?|suppliers?|fournisseurs?|investors?|investisseurs?|actionnaires?|shareholders?)(?![\p{L}])))(?![\p{L}])/u;

/** The quoted sentence around `at`: from the sentence end before it to the one after it, inside the quotation. */
function quotedSentence(text: string, quote: { start: number; end: number }, at: number): string {
  const inside = text.slice(quote.start + 1, quote.end - 1);
  const offset = at - quote.start - 1;
  const before = inside.slice(0, offset);
  const startAt = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! ")) + 1;
  const after = inside.slice(offset).search(/[.?!](?:\s|$)/u);
  return inside.slice(startAt, after < 0 ? inside.length : offset + after);
}

const TITLE =
  "(?:chief(?:\\s+[\\p{L}-]+){1,2}\\s+officer|chief\\s+executive|CEO|CFO|COO|CTO|president|chair(?:man|woman)?|co-?founder|founder|head|managing\\s+director|PDG|directeur|directrice|pr[ée]sidente?|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|patronne|patron|dirigeante?|vice-pr[ée]sidente?)";

/** A person's name as written: two or three capitalised words ("Larry Fink", "Marie-Anne Dupont", "Ann K. Lee"). */
const PERSON = "(?<![\\p{L}])(?:\\p{Lu}(?:\\.|[\\p{L}'’-]+)\\s+){1,2}\\p{Lu}[\\p{L}'’-]+";

/** "X, chief executive of", "X, la directrice financière de", "X, head of AI at": a title before the company. */
const TITLE_OF_BEFORE_COMPANY = new RegExp(
  `(${PERSON}),\\s+(?:the\\s+|its\\s+|le\\s+|la\\s+|l['’])?(?:[\\p{L}-]+\\s+){0,2}?${TITLE}(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:of|at|de|du|d['’]|chez)\\s*$`,
  "u",
);

/** "'s chief executive X", " CEO X", "'s X": after the company, the person who speaks for it. */
const TITLE_AFTER_COMPANY = new RegExp(
  `^(?:['’]s\\s+(?:(?:[\\p{L}-]+\\s+){0,2}?${TITLE}\\s+)?|\\s+(?:[\\p{L}-]+\\s+){0,1}?${TITLE}\\s+)(${PERSON})`,
  "u",
);

/** "le PDG de Y, X", "the chief executive of Y, X": the title and the company, then the person. */
const TITLE_BEFORE_NAME = new RegExp(
  `${TITLE}(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:of|at|de|du|d['’]|chez)\\s*$`,
  "u",
);
const PERSON_AFTER_COMMA = new RegExp(`^,\\s+(${PERSON})`, "u");
/** "Y's co-founder said": after the company, a title that speaks for it, with no name. */
const UNNAMED_TITLE_AFTER_COMPANY = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?${TITLE}(?![\\p{L}])`, "u");

/** "Brad Smith, " right before a company whose possessive title follows ("Microsoft's president"). */
const PERSON_BEFORE_COMMA = new RegExp(`(${PERSON}),\\s+$`, "u");

/** Who speaks for which company in a stretch of text around a quotation. */
interface Speaker {
  company: NameMention;
  person: string;
}

/** The speaker named in `[from, to)`: a person of the gazetteer, or a name with a title of a company. */
function speakerWithin(r: DocumentReading, from: number, to: number): Speaker | null {
  const { names, text, gazetteer } = r;
  for (let i = firstFrom(names, from, nameStart); i < names.length && names[i]!.end <= to; i++) {
    const name = names[i]!;
    if (name.kind === "person")
      return { company: name, person: fullPersonName(name.surface, name.canonical, gazetteer) };
    if (name.kind !== "company") continue;
    const titled = TITLE_OF_BEFORE_COMPANY.exec(text.slice(from, name.start));
    if (titled) return { company: name, person: titled[1]! };
    const after = TITLE_AFTER_COMPANY.exec(text.slice(name.end, to));
    if (after) return { company: name, person: after[1]! };
    const titleBefore = TITLE_BEFORE_NAME.exec(text.slice(from, name.start));
    const named = titleBefore ? PERSON_AFTER_COMMA.exec(text.slice(name.end, to)) : null;
    if (named) return { company: name, person: named[1]! };
    // "», assure le cofondateur de Y", "said the chief executive of Y", "Y's co-founder said": a title, no name.
    if (titleBefore) return { company: name, person: `${titleBefore[0].trim()} ${name.surface}` };
    const titleAfter = UNNAMED_TITLE_AFTER_COMPANY.exec(text.slice(name.end, to));
    // "said Brad Smith, Microsoft's president": the person named before the company's possessive title.
    const personBefore = titleAfter ? PERSON_BEFORE_COMMA.exec(text.slice(from, name.start)) : null;
    if (personBefore) return { company: name, person: personBefore[1]! };
    if (titleAfter) return { company: name, person: `${name.surface}${titleAfter[0].trimEnd()}` };
  }
  return null;
}

/**
 * The speaker of a quotation: named after it up to the sentence's end (`," X, CEO of Y, said`,
 * `», a déclaré X, PDG de Y`), or before it when a colon opens it (`X, CEO of Y: "…"`, `X : « … »`).
 */
function speakerOf(r: DocumentReading, quote: { start: number; end: number }): Speaker | null {
  const { text } = r;
  const rest = text.slice(quote.end, quote.end + 200);
  const afterEnd = quote.end + (rest.search(/[.!?](?:\s|$)|\n/u) + 1 || rest.length);
  const after = speakerWithin(r, quote.end, afterEnd);
  if (after) return after;
  const lineStart = text.lastIndexOf("\n", quote.start - 1) + 1;
  const lead = text.slice(Math.max(lineStart, quote.start - 200), quote.start);
  if (!/:\s*$/u.test(lead)) return null;
  return speakerWithin(r, quote.start - lead.length, quote.start);
}

/** Cues that name the figure's owner on the figure itself or its verb: they stand, in a quotation too. */
const OWNER_ON_THE_FIGURE: ReadonlySet<EntityCue> = new Set(CUES.slice(0, CUES.indexOf("verb") + 1));

/**
 * A figure in a first-person quotation is the company of the speaker named around it, unless its
 * owner is named on the figure or is no company (a market the speaker sizes, a collective).
 */
export function reviseByQuotedSpeaker(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (f.entityBy && OWNER_ON_THE_FIGURE.has(f.entityBy)) return;
  const topic = candidate.entity === s.local || candidate.entity === r.subject;
  if (!f.entityParty && !topic) return;
  const quote = enclosingQuotation(r, q.span.start);
  if (!quote || !FIRST_PERSON.test(quotedSentence(r.text, quote, q.span.start))) return;
  const speaker = speakerOf(r, quote);
  if (!speaker) return;
  const { company, person } = speaker;
  candidate.attribution = person;
  if (candidate.entity === company.canonical) return;
  const party: Party = { ...company, kind: "company", via: "name" };
  candidate.entity = company.canonical;
  candidate.entityAt = { start: company.start, end: company.end };
  f.entityParty = party;
  f.entityGroup = [];
  f.rules.push(
    `entity: "${person}" speaks in the first person for ${company.canonical} → ${company.canonical}`,
  );
}
