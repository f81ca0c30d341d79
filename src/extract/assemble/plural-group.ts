/**
 * A plural that takes up companies coordinated just before: "Oracle and Quarkon signed a deal. The
 * partners will invest $5 billion", « Iliad et Norvane se sont associés. Ils investiront
 * conjointement 6 milliards », "Amazon and Meta teamed up, and together they will spend…". The
 * companies of the last list coordinated in the figure's sentence before the plural, else in the
 * sentence just before it, are offered to the entity scorer together (A+B), with the feature
 * `pluralAnaphor`. A company named between the plural and the figure speaks for itself ("The
 * partners said Oracle would pay"); a member named alone ("Oracle will pay", "the former") is no
 * plural.
 */
import { CLASS_PLURAL, PARTITIVE_LEAD, PLURAL_TAKE_UP, SMALL_NUMBER_WORDS } from "../lexicon.js";
import { matchesIn } from "../patterns.js";
import { coordinatedCompanies } from "./coordinated-companies.js";
import { namesStartingIn } from "./text.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** The companies a sentence coordinates last, noted for the sentence after it. */
export interface CoordinatedNote {
  sentenceIndex: number;
  members: string[];
  /** The sentence names a programme or venture ("under their Stargate venture"): "the partners" are it. */
  programme: boolean;
  /** The list joins alternatives or complements ("of A or B", « à A et à B »): only a class noun takes it up. */
  loose: boolean;
}

const noted = new WeakMap<DocumentReading, CoordinatedNote>();

/** Before a list's first name: a preposition, which makes the list a complement ("from A and B", « avec A et B »). */
const COMPLEMENT_LEAD =
  /(?<!\p{L})(?:from|to|with|by|for|of|at|between|among|de|du|des|d['’]|à|au|aux|avec|par|pour|auprès\s+d(?:e|u|es)|chez|entre)\s*(?:(?:the|le|la|les)\s+|l['’]\s*)?$/iu;

/**
 * The last list of companies coordinated from `from` up to `to` that is no complement: "Oracle and
 * Quarkon signed…", not "capacity from Oracle, Nvidia and AMD", whose members act on no figure together.
 */
function coordinatedSubjects(r: DocumentReading, from: number, to: number): string[] | null {
  const members = coordinatedCompanies(r, from, to).at(-1);
  if (!members) return null;
  const first = namesStartingIn(r.names, from, to).findLast(
    (n) =>
      n.canonical === members[0] &&
      n.start >= from &&
      n.end <= to &&
      n.start < firstOf(r, members[1]!, from, to),
  );
  if (!first) return null;
  return COMPLEMENT_LEAD.test(r.text.slice(Math.max(from, first.start - 40), first.start)) ? null : members;
}

/** Where the last mention of `name` from `from` up to `to` starts. */
function firstOf(r: DocumentReading, name: string, from: number, to: number): number {
  return (
    namesStartingIn(r.names, from, to).findLast((n) => n.canonical === name && n.start >= from && n.end <= to)
      ?.start ?? to
  );
}

/**
 * The last list of companies from `from` up to `to` whatever its role: alternatives ("A or B"), or
 * complements ("talk of A and of B", « parler de A ou de B »).
 */
function looseList(r: DocumentReading, from: number, to: number): string[] | null {
  return coordinatedCompanies(r, from, to, true).at(-1) ?? null;
}

/**
 * After a sentence: the last list of companies it coordinates as subjects, if any ("Oracle and
 * Quarkon signed…"), else its last list of alternatives or complements, marked loose.
 */
export function noteCoordinated(r: DocumentReading, s: SentenceReading): void {
  const subjects = coordinatedSubjects(r, s.sentence.start, s.sentence.end);
  const members = subjects ?? looseList(r, s.sentence.start, s.sentence.end);
  if (!members) return;
  const { start, end } = s.sentence;
  const programme = namesStartingIn(r.names, start, end).some(
    (n) => n.start >= start && n.end <= end && r.gazetteer.programmes.has(n.canonical),
  );
  noted.set(r, { sentenceIndex: s.sentenceIndex, members, programme, loose: subjects === null });
}

/** A group a plural of the figure's sentence takes up, and where its members were coordinated. */
export interface PluralGroup {
  name: string;
  surface: string;
  where: "its own sentence" | "the previous sentence";
}

/** Whether a company is named from `from` up to `to`. */
function companyNamed(r: DocumentReading, s: SentenceReading, from: number, to: number): boolean {
  const named = (p: { kind: string; start: number; end: number }) =>
    (p.kind === "company" || p.kind === "periphrasis") && p.start >= from && p.end <= to;
  return namesStartingIn(r.names, from, to).some(named) || s.parties.some(named);
}

/**
 * A pronoun ("they", « ils », « elles ») stands for companies only as a subject that opens its
 * sentence or clause: after nothing, a comma or a conjunction ("Together, they", "…, and they"), not
 * after a verb ("analysts said they expect").
 */
const PRONOUN = /^(?:they|ils|elles)$/iu;
const PRONOUN_LEAD = /(?:^|[,;:]|(?<!\p{L})(?:and|but|so|et|mais|donc|puis))\s*$/iu;

/** "Taken together", « pris ensemble », "put together": the adverb joins figures, not companies. */
const JOINED_FIGURES = /(?<!\p{L})(?:taken|put|added|pris(?:es)?|mis(?:es)?|additionnée?s?)\s+$/iu;

/** "the four", « les trois »: a count of the parties in the figure's sentence. */
const COUNTED = new RegExp(
  String.raw`(?<!\p{L})(?:the|les|ces|all|tous\s+les)\s+(${Object.keys(SMALL_NUMBER_WORDS).join("|")})(?!\p{L})`,
  "iu",
);

/** Whether the sentence counts its parties, and not as many as the list: "Together, the four spent" after two names. */
function countDiffers(lead: string, members: readonly string[]): boolean {
  const m = COUNTED.exec(lead);
  return m !== null && SMALL_NUMBER_WORDS[m[1]!.toLowerCase()] !== members.length;
}

/** The group a plural before the figure takes up, or null when there is no plural or no list before it. */
export function pluralGroup(r: DocumentReading, s: SentenceReading, f: FigureReading): PluralGroup | null {
  const start = s.sentence.start;
  const figureStart = f.q.span.start;
  const lead = r.text.slice(start, figureStart);
  const plural = matchesIn(PLURAL_TAKE_UP, lead).findLast((m) => {
    const before = lead.slice(0, m.index);
    return (
      (!PRONOUN.test(m[0]) || PRONOUN_LEAD.test(before)) &&
      !JOINED_FIGURES.test(before) &&
      !PARTITIVE_LEAD.test(before)
    );
  });
  if (!plural) return null;
  const at = start + plural.index;
  if (companyNamed(r, s, at + plural[0].length, figureStart)) return null;
  const classNoun = CLASS_PLURAL.test(plural[0]);
  const own = coordinatedSubjects(r, start, at) ?? (classNoun ? looseList(r, start, at) : null);
  const members = own ?? noted.get(r)?.members;
  if (members && countDiffers(lead, members)) return null;
  if (own) {
    // The list must be the last companies named before the plural: "A and B met C; they…" is C's.
    const last = namesStartingIn(r.names, start, at).findLast(
      (n) => n.kind === "company" && n.start >= start && n.end <= at,
    );
    return last && own.includes(last.canonical)
      ? { name: own.join("+"), surface: plural[0], where: "its own sentence" }
      : null;
  }
  if (companyNamed(r, s, start, at)) return null;
  const previous = noted.get(r);
  if (!previous || previous.sentenceIndex !== s.sentenceIndex - 1 || previous.programme) return null;
  if (previous.loose && !classNoun) return null;
  return { name: previous.members.join("+"), surface: plural[0], where: "the previous sentence" };
}
