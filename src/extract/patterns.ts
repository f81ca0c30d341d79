/**
 * Compiled forms of the lexicon's patterns, made once per pattern.
 *
 * V8 scans a case-insensitive Unicode pattern (`iu`) that may start with `\b` or a lookbehind
 * about twenty times slower than one that starts with a letter: it can no longer skip ahead to
 * the places where the pattern could start. A pattern every match of which starts with one of a
 * few words (leadingLiterals) is therefore tried only where those words stand in the lowercased
 * text, found by a plain literal search, with a sticky copy of the pattern. Any other pattern is
 * first searched for with a looser copy without those assertions, which matches wherever the
 * original does, so the slow scan runs only on the few texts where the pattern may match.
 */

import {
  foldForLiterals,
  isSet,
  LiteralFilter,
  leadingLiterals,
  newReading,
  setBit,
  type TextReading,
} from "./literals.js";

const literalFilter = new LiteralFilter();

/** `text` with every character a regular expression reads as syntax escaped, to match it as written. */
/**
 * A word written as a brand with a lower-case opening ("dataVolt", "iXAfrica", « eNergia »): one to
 * four lower-case letters, capitals, then two lower-case letters or more. Units ("kWh", "mAh") and
 * acronyms with a small prefix ("mRNA", "vCPUs", "macOS") keep at most one lower-case letter after
 * their capitals.
 */
export const BRAND_WORD = String.raw`\p{Ll}{1,4}\p{Lu}+\p{Ll}{2,}[\p{L}\p{N}]*`;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const recompiled = new WeakMap<RegExp, Map<string, RegExp>>();

/** `pattern` compiled with other flags. */
export function withFlags(pattern: RegExp, flags: string): RegExp {
  let byFlags = recompiled.get(pattern);
  if (!byFlags) {
    byFlags = new Map();
    recompiled.set(pattern, byFlags);
  }
  let compiled = byFlags.get(flags);
  if (!compiled) {
    compiled = new RegExp(pattern.source, flags);
    byFlags.set(flags, compiled);
  }
  return compiled;
}

/**
 * What is known of one text: its reading by the literal filter, and the answers already given for
 * it. The stages ask the same patterns of the same sentence or clause once per figure; the answers
 * are kept by text (answersByText), found again by its content. Answers are bits by pattern
 * number (literalFilter.idOf): `asked` when the pattern was asked about, `may` when it may match.
 */
interface TextAnswers {
  reading: TextReading;
  asked: number[];
  may: number[];
  /** For a pattern that may match, where its loose copy first matched: no match of it starts before. */
  from: Map<number, number> | null;
  firstMatch: Map<RegExp, RegExpExecArray | null> | null;
}

/**
 * The answers given for each text asked about, found again by its content: the stages ask the same
 * patterns of the same sentence, clauses and windows for every figure of a sentence, and of the
 * same paragraph and document for every sentence. They are dropped all at once when the texts kept
 * add up to KEPT_CHARACTERS, so that a long run of documents does not keep them all.
 */
const answersByText = new Map<string, TextAnswers>();
const KEPT_CHARACTERS = 4_000_000;
let keptCharacters = 0;
/** How many of the texts read last are looked through for one that holds a new text (readingAround). */
const AROUND_TEXTS = 8;
/** The readings of the texts first asked about last, the latest at `nextRecent - 1`. */
const recent: TextReading[] = [];
let nextRecent = 0;

/** The answers given last: the stages ask about one text many times in a row. */
let lastAnswers: TextAnswers | null = null;
/** The answers given before the last ones. */
let previousAnswers: TextAnswers | null = null;

function answersFor(text: string): TextAnswers {
  if (lastAnswers?.reading.text === text) return lastAnswers;
  // Stages go back and forth between two texts (a sentence and a window of it): the one asked
  // about before the last is found again without hashing the text.
  if (previousAnswers?.reading.text === text) {
    const answers = previousAnswers;
    previousAnswers = lastAnswers;
    lastAnswers = answers;
    return answers;
  }
  let answers = answersByText.get(text);
  if (!answers) {
    const reading = wordsOf?.text === text ? wordsOf : newReading(text, readingAround(text));
    answers = { reading, asked: [], may: [], from: null, firstMatch: null };
    keptCharacters += text.length;
    if (keptCharacters > KEPT_CHARACTERS) {
      answersByText.clear();
      keptCharacters = text.length;
    }
    answersByText.set(text, answers);
    recent[nextRecent] = reading;
    nextRecent = (nextRecent + 1) % AROUND_TEXTS;
  }
  previousAnswers = lastAnswers;
  lastAnswers = answers;
  return answers;
}

/**
 * A kept text's reading, already read through the trie, that holds `text` (a sentence, for a window
 * of it): its answers rule patterns out of the window without reading the window.
 */
function readingAround(text: string): TextReading | null {
  if (wordsOf?.present && wordsOf.text.length > text.length && wordsOf.text.includes(text)) return wordsOf;
  for (let n = 1; n <= AROUND_TEXTS && n <= recent.length; n++) {
    const reading = recent[(nextRecent - n + AROUND_TEXTS) % AROUND_TEXTS]!;
    if (reading.present && reading.text.length > text.length && reading.text.includes(text)) return reading;
  }
  return null;
}

/**
 * False only when `pattern` matches nowhere in `text`. The words the pattern cannot match without
 * are looked for first (literalFilter), then the loose copy of the pattern is run.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  return matchesFrom(pattern, text) >= 0;
}

/**
 * -1 when `pattern` matches nowhere in `text`; else an index no match of it starts before, where
 * a search may begin (`lastIndex` of a global copy): the first match of the loose copy, which
 * matches wherever the pattern does. Answered once per text, as mayMatch.
 */
export function matchesFrom(pattern: RegExp, text: string): number {
  return answerFrom(pattern, literalFilter.idOf(pattern), answersFor(text));
}

/** matchesFrom for the pattern numbered `id`, in the text of `answers`. */
function answerFrom(pattern: RegExp, id: number, answers: TextAnswers): number {
  if (isSet(answers.asked, id)) return isSet(answers.may, id) ? answers.from!.get(id)! : -1;
  setBit(answers.asked, id);
  if (!literalFilter.mayContainId(id, answers.reading)) return -1;
  const at = firstStart(pattern, id, answers);
  if (at < 0) return -1;
  setBit(answers.may, id);
  answers.from ??= new Map();
  answers.from.set(id, at);
  return at;
}

/**
 * False only when `text` lacks every necessary word of `pattern`. A sentence without them rules out
 * the pattern in every slice of it, whatever anchors the pattern has.
 */
export function hasNecessaryWords(pattern: RegExp, text: string): boolean {
  if (wordsOf?.text !== text)
    wordsOf = lastAnswers?.reading.text === text ? lastAnswers.reading : newReading(text);
  return literalFilter.mayContainIn(pattern, wordsOf);
}

/** The sentence last asked about through hasNecessaryWords, kept apart from the slices asked about. */
let wordsOf: TextReading | null = null;

/**
 * `pattern.exec(text)` for a pattern without the `g` or `y` flag (whose result does not depend on
 * `lastIndex`), run once per text: the match returned is shared, and must not be changed.
 */
export function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  if (pattern.global || pattern.sticky) return mayMatch(pattern, text) ? pattern.exec(text) : null;
  const answers = answersFor(text);
  const id = literalFilter.idOf(pattern);
  const from = answerFrom(pattern, id, answers);
  if (from < 0) return null;
  answers.firstMatch ??= new Map();
  let m = answers.firstMatch.get(pattern);
  if (m === undefined) {
    m = execFrom(pattern, id, text, from);
    answers.firstMatch.set(pattern, m);
  }
  return m;
}

/** The global copy of each pattern numbered by idOf that was searched from within a text (execFrom). */
const globalCopies: (RegExp | undefined)[] = [];

/**
 * `pattern.exec(text)` for the pattern without the `g` or `y` flag numbered `id`, knowing no match
 * starts before `from`.
 */
function execFrom(pattern: RegExp, id: number, text: string, from: number): RegExpExecArray | null {
  if (from === 0) return pattern.exec(text);
  let global = globalCopies[id];
  if (!global) {
    global = withFlags(pattern, `${pattern.flags}g`);
    globalCopies[id] = global;
  }
  global.lastIndex = from;
  return global.exec(text);
}

/**
 * The matches `text.matchAll(pattern)` gives for a global pattern, the search begun where a match
 * may first start (matchesFrom) rather than at the pattern's `lastIndex`, when that is earlier.
 */
export function matchesIn(pattern: RegExp, text: string): RegExpExecArray[] {
  const firstAt = matchesFrom(pattern, text);
  if (firstAt < 0) return [];
  return allMatches(pattern, text, Math.max(pattern.lastIndex, firstAt));
}

/**
 * Every match of a global `pattern` in `text` from `from`, as `text.matchAll(pattern)` gives them
 * (an empty match steps one character, one code point for a Unicode pattern), the pattern's
 * `lastIndex` left as it was. matchAll copies the pattern on every call, which costs more than the
 * search itself in a sentence; the matches are all found at once, so that a caller may run the same
 * pattern again while it goes through them.
 */
export function allMatches(pattern: RegExp, text: string, from = pattern.lastIndex): RegExpExecArray[] {
  if (!pattern.global)
    throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const lastIndex = pattern.lastIndex;
  const unicode = pattern.unicode || pattern.flags.includes("v");
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === "") pattern.lastIndex = stepFrom(text, pattern.lastIndex, unicode);
  }
  pattern.lastIndex = lastIndex;
  return found;
}

/** Where a search resumes after an empty match at `index` (AdvanceStringIndex). */
function stepFrom(text: string, index: number, unicode: boolean): number {
  return index + (unicode && (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

/**
 * `pattern.exec(text)` for a global pattern, from its `lastIndex`: the search for the next match
 * runs with its loose copy first, which finds where that match may start far sooner than the
 * pattern's own scan, and finds that there is none without it.
 */
export function nextMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  const loose = looseCopy(pattern);
  if (loose.loosened) {
    const search = loose.search;
    search.lastIndex = pattern.lastIndex;
    const next = search.exec(text);
    if (!next) {
      pattern.lastIndex = 0;
      return null;
    }
    pattern.lastIndex = next.index;
  }
  return pattern.exec(text);
}

/** `pattern.test(text)`, answered once per text for a pattern without the `g` or `y` flag. */
export function hasMatch(pattern: RegExp, text: string): boolean {
  if (pattern.global || pattern.sticky) return pattern.test(text);
  return firstMatch(pattern, text) !== null;
}

/**
 * Where the first match of `pattern` may start in the answers' text: where it does start, for a
 * pattern with leading words (the match itself is kept for firstMatch); else where its loose copy
 * first matches. -1 when it matches nowhere.
 */
function firstStart(pattern: RegExp, id: number, answers: TextAnswers): number {
  const text = answers.reading.text;
  const leads = leadSearch(pattern, id);
  if (!leads) return looseStart(pattern, id, text);
  const reading = answers.reading;
  reading.folded ??= foldForLiterals(text);
  const folded = reading.folded;
  // Lowercasing keeps positions unless a character became two ("İ"): then the loose copy is run.
  if (folded.length !== text.length) return looseStart(pattern, id, text);
  const sticky = stickyCopy(pattern, id);
  leads.lastIndex = 0;
  for (let lead = leads.exec(folded); lead !== null; lead = leads.exec(folded)) {
    sticky.lastIndex = lead.index;
    const match = sticky.exec(text);
    if (match) {
      if (!pattern.global && !pattern.sticky) {
        answers.firstMatch ??= new Map();
        answers.firstMatch.set(pattern, match);
      }
      return lead.index;
    }
    leads.lastIndex = lead.index + 1;
  }
  return -1;
}

/**
 * The shortest leading word worth searching for: shorter ones ("de", "the", "ce") stand at so many
 * places that trying the pattern at each costs more than one search with its loose copy.
 */
const MIN_LEAD_LENGTH = 5;

/**
 * For each pattern number, a search for its leading words in a lowercased text; null when it has
 * none, or one shorter than MIN_LEAD_LENGTH.
 */
const leadSearches: (RegExp | null | undefined)[] = [];
/** The sticky copy of each pattern with leading words, by its number. */
const stickyCopies: (RegExp | undefined)[] = [];

function leadSearch(pattern: RegExp, id: number): RegExp | null {
  let search = leadSearches[id];
  if (search === undefined) {
    const words = leadingLiterals(pattern);
    search = words?.every((w) => w.length >= MIN_LEAD_LENGTH)
      ? new RegExp(words.map(escapeLiteral).join("|"), "g")
      : null;
    leadSearches[id] = search;
  }
  return search;
}

function stickyCopy(pattern: RegExp, id: number): RegExp {
  let sticky = stickyCopies[id];
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}y`);
    stickyCopies[id] = sticky;
  }
  return sticky;
}

const escapeLiteral = (word: string): string => word.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");

/**
 * A pattern's loose copy: its source without word boundaries nor lookbehinds (withoutBoundaries),
 * global, so that a search may begin anywhere (`lastIndex`) and the copy serves both the first
 * match of a text and the next match of a global pattern. `loosened` is false when the source had
 * nothing to drop: the copy is then the pattern itself, no faster to run.
 */
interface LooseCopy {
  search: RegExp;
  loosened: boolean;
}

const looseCopies = new WeakMap<RegExp, LooseCopy>();

function looseCopy(pattern: RegExp): LooseCopy {
  let loose = looseCopies.get(pattern);
  if (!loose) {
    const source = withoutBoundaries(pattern.source);
    const flags = `${pattern.flags.replace(/[gy]/g, "")}g`;
    loose = { search: new RegExp(source, flags), loosened: source !== pattern.source };
    looseCopies.set(pattern, loose);
  }
  return loose;
}

/** The loose copy of each pattern numbered by idOf, by its number. */
const looseSearches: (RegExp | undefined)[] = [];

/** Where the loose copy of the pattern numbered `id` first matches in `text`; -1 when it matches nowhere. */
function looseStart(pattern: RegExp, id: number, text: string): number {
  let search = looseSearches[id];
  if (!search) {
    search = looseCopy(pattern).search;
    looseSearches[id] = search;
  }
  search.lastIndex = 0;
  return search.exec(text)?.index ?? -1;
}

/**
 * `source` without its word boundaries and lookbehinds. Lookaheads are kept whole: a boundary
 * dropped inside a negative one would make the pattern stricter, not looser.
 */
function withoutBoundaries(source: string): string {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      const escaped = source[i + 1];
      if (escaped !== "b" && escaped !== "B") out += source.slice(i, i + 2);
      i += 2;
    } else if (c === "[") {
      const end = classEnd(source, i);
      out += source.slice(i, end);
      i = end;
    } else if (source.startsWith("(?<=", i) || source.startsWith("(?<!", i)) {
      i = groupEnd(source, i);
    } else if (source.startsWith("(?=", i) || source.startsWith("(?!", i)) {
      const end = groupEnd(source, i);
      out += source.slice(i, end);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The index after the `]` that closes the character class opened at `open`. */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
  return i + 1;
}

/** The index after the `)` that closes the group opened at `open`. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") i += 2;
    else if (c === "[") i = classEnd(source, i);
    else {
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) return i + 1;
      i++;
    }
  }
  return i;
}
