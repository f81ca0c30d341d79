/**
 * The words a pattern cannot match without: for `/pertes?|net\s+loss/iu`, one of "perte" and "loss"
 * is in every text it matches. Looking for those few words in a lowercased text (`includes`) costs
 * far less than running the pattern, so a pattern whose words are absent is never run.
 *
 * The analysis reads the pattern's source; any construct it does not know makes it give up (null),
 * which only costs the prefilter, never a match.
 */

/** Strings a part of a pattern may match, all of them, while they stay few. */
type Exact = Set<string> | null;

interface Reading {
  /** Every string the part matches (lowercased), or null when they are many or unknown. */
  exact: Exact;
  /** Non-empty strings one of which every match contains, or null when nothing is known. */
  any: Set<string> | null;
  /** Non-empty strings one of which every match starts with, or null when nothing is known. */
  lead: Set<string> | null;
  /** For a lookahead `(?=…)`, which matches nothing itself, what follows where it stands. */
  ahead?: Reading;
}

const MAX_EXACT = 64;
/**
 * The length necessary words are cut to: any start of a necessary word is one too, and a longer one
 * rules out hardly more texts, where the trie of all words grows past the processor's cache.
 */
const MAX_WORD_LENGTH = 12;
const UNKNOWN: Reading = { exact: null, any: null, lead: null };
const EMPTY: Reading = { exact: new Set([""]), any: null, lead: null };

/**
 * Characters whose case-insensitive matches all lowercase to the character's own lowercase (with
 * "ſ" folded to "s", see foldForLiterals): a literal made of them is found in the folded text
 * wherever the pattern matches.
 */
const FOLD_SAFE = /^[\x20-\x7e\u00e0-\u00ff\u0153\u00e6\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014]$/u;

/** The text as literals are looked for in it. */
export function foldForLiterals(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

const SPACE = /\s/u;
const SPACES = /\s+/gu;
/** A run of spaces other than one plain space: a tab, a no-break space, a line break, two spaces. */
const UNEVEN_SPACE = /[^\S ]| {2}/u;

/**
 * A folded text with each run of spaces (`\s+`) written as one plain space, as the necessary words
 * are read (necessaryLiterals): "plus\u00a0tôt" and "plus  tôt" both hold "plus tôt".
 */
export function withOneSpace(folded: string): string {
  return UNEVEN_SPACE.test(folded) ? folded.replace(SPACES, " ") : folded;
}

/** `text` with each run of plain spaces as one, as a run of `\s` reads in withOneSpace. */
const oneSpaced = (text: string): string => (text.includes("  ") ? text.replace(/ {2,}/gu, " ") : text);

/**
 * Lowercased strings one of which appears in every text `pattern` matches, that text written with
 * one space for each run of spaces (withOneSpace); null when the pattern gives no such words (or
 * uses a construct this reading does not know).
 */
export function necessaryLiterals(pattern: RegExp): string[] | null {
  try {
    const parser = new Parser(pattern.source, true);
    const reading = parser.alternation();
    if (parser.at < pattern.source.length) return null;
    const best = bestOf([reading.any, usable(reading.exact)]);
    return best ? [...new Set([...best].map((word) => word.slice(0, MAX_WORD_LENGTH)))] : null;
  } catch {
    return null;
  }
}

/**
 * Lowercased strings one of which every match of `pattern` starts with (its word boundaries and
 * lookarounds aside), or null when the pattern gives no such words: a match can start only where
 * one of them does.
 */
export function leadingLiterals(pattern: RegExp): string[] | null {
  try {
    const parser = new Parser(pattern.source);
    const reading = parser.alternation();
    if (parser.at < pattern.source.length) return null;
    return reading.lead ? [...reading.lead] : null;
  } catch {
    return null;
  }
}

/** An exact set usable as necessary words: none of its strings is empty. */
function usable(exact: Exact): Set<string> | null {
  if (!exact || exact.size === 0) return null;
  for (const s of exact) if (s === "") return null;
  return exact;
}

/**
 * Function words, alone or with the space after them ("the ", "les ", "d’"): nearly every sentence
 * holds one, so a set with one of them rules out almost no text, however long its other strings.
 */
const FUNCTION_WORD =
  /^(?:the|an?|of|to|in|on|at|and|or|by|for|with|its|is|was|all|le|la|les|l['’]|une?|des?|du|d['’]|et|ou|en|à|aux?|ces?|cet|cette|son|sa|ses|leurs?|par|pour|sur|dans|avec|que|qui|tous|tout|toutes?) ?$/u;

/** How telling a string is as a necessary word: its length, but a function word tells next to nothing. */
function strength(word: string): number {
  return FUNCTION_WORD.test(word) ? 1 : word.length;
}

/** The most telling set: the strongest weakest string (strength), then the fewest strings. */
function bestOf(sets: (Set<string> | null)[]): Set<string> | null {
  let best: Set<string> | null = null;
  let bestShortest = 0;
  for (const set of sets) {
    if (!set) continue;
    let shortest = Number.POSITIVE_INFINITY;
    for (const s of set) shortest = Math.min(shortest, strength(s));
    if (!best || shortest > bestShortest || (shortest === bestShortest && set.size < best.size)) {
      best = set;
      bestShortest = shortest;
    }
  }
  return best;
}

/** The strings `run` ends with joined to those a lookahead `ahead` sees next, when both are known and few. */
function followedBy(run: Exact, ahead: Reading): Set<string> | null {
  const next = usable(ahead.exact);
  return run && next && run.size * next.size <= MAX_EXACT ? usable(cross(run, next)) : null;
}

function cross(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(oneSpaced(x + y));
  return out;
}

class ParseError extends Error {}

const QUANTIFIER = /\{(\d+)(,(\d*))?\}/uy;
const NAMED_GROUP = /\(\?<[\p{L}\p{N}_$]+>/uy;

class Parser {
  readonly source: string;
  /**
   * Whether a run of spaces reads as one plain space (`\s+` as " "), for words looked for in a text
   * written withOneSpace; not for leading words, looked for where they stand in the text as it is.
   */
  readonly oneSpace: boolean;
  at = 0;

  constructor(source: string, oneSpace = false) {
    this.source = source;
    this.oneSpace = oneSpace;
  }

  /** `a|b|c` up to the end or a closing parenthesis. */
  alternation(): Reading {
    const branches: Reading[] = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    let exact: Exact = new Set();
    const any = new Set<string>();
    let anyKnown = true;
    let lead: Set<string> | null = new Set();
    for (const b of branches) {
      if (exact && b.exact && exact.size + b.exact.size <= MAX_EXACT) for (const s of b.exact) exact.add(s);
      else exact = null;
      const best = bestOf([b.any, usable(b.exact)]);
      if (best) for (const s of best) any.add(s);
      else anyKnown = false;
      if (lead && b.lead) for (const s of b.lead) lead.add(s);
      else lead = null;
    }
    return { exact, any: anyKnown ? any : null, lead };
  }

  /** Terms one after the other: runs of exact strings joined, the best necessary set kept. */
  sequence(): Reading {
    let run: Exact = new Set([""]);
    let whole: Exact = run;
    const candidates: (Set<string> | null)[] = [];
    const terms: Reading[] = [];
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const term = this.term();
      terms.push(term);
      candidates.push(term.any);
      if (term.ahead) candidates.push(term.ahead.any, followedBy(run, term.ahead));
      if (term.exact && run && run.size * term.exact.size <= MAX_EXACT) {
        run = cross(run, term.exact);
        if (whole !== null) whole = run;
        continue;
      }
      candidates.push(usable(run));
      whole = null;
      run = term.exact ? term.exact : new Set([""]);
    }
    candidates.push(usable(run));
    return { exact: whole, any: bestOf(candidates), lead: leadOf(terms) };
  }

  term(): Reading {
    const atom = this.atom();
    const c = this.source[this.at];
    let min = 1;
    let max = 1;
    if (c === "?" || c === "*" || c === "+") {
      this.at++;
      min = c === "+" ? 1 : 0;
      max = c === "?" ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === "{") {
      QUANTIFIER.lastIndex = this.at;
      const m = QUANTIFIER.exec(this.source);
      if (!m) return atom;
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
    } else return atom;
    if (this.source[this.at] === "?") this.at++;
    if (min === 1 && max === 1) return atom;
    if (this.oneSpace && isOneSpace(atom)) return min === 0 ? OPTIONAL_SPACE : ONE_SPACE;
    if (min === 0 && max === 1)
      return { exact: atom.exact ? new Set([...atom.exact, ""]) : null, any: null, lead: null };
    if (min === 0) return UNKNOWN;
    const best = bestOf([atom.any, usable(atom.exact)]);
    return { exact: null, any: best, lead: atom.lead ?? usable(atom.exact) };
  }

  atom(): Reading {
    const c = this.source[this.at]!;
    if (c === "(") return this.group();
    if (c === "[") return this.characterClass();
    if (c === "\\") return this.escape();
    this.at++;
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return UNKNOWN;
    return this.literal(c);
  }

  group(): Reading {
    const rest = this.source.slice(this.at, this.at + 4);
    const lookaround = /^\(\?(?:[=!]|<[=!])/u.exec(rest);
    NAMED_GROUP.lastIndex = this.at;
    const named = rest.startsWith("(?<") && !lookaround ? NAMED_GROUP.exec(this.source) : null;
    if (lookaround) this.at += lookaround[0].length;
    else if (rest.startsWith("(?:")) this.at += 3;
    else if (named) this.at += named[0].length;
    else if (rest.startsWith("(?")) throw new ParseError("unknown group");
    else this.at++;
    const inner = this.alternation();
    if (this.source[this.at] !== ")") throw new ParseError("unclosed group");
    this.at++;
    if (!lookaround) return inner;
    return lookaround[0] === "(?=" ? { exact: EMPTY.exact, any: null, lead: null, ahead: inner } : EMPTY;
  }

  characterClass(): Reading {
    this.at++;
    const chars = new Set<string>();
    let known = this.source[this.at] !== "^";
    while (this.at < this.source.length && this.source[this.at] !== "]") {
      let c = this.source[this.at]!;
      if (c === "\\") {
        c = this.source[this.at + 1] ?? "";
        this.at += 2;
        if (this.oneSpace && this.escapesSpace(c)) {
          chars.add(" ");
          continue;
        }
        if (/[\p{L}\p{N}]/u.test(c)) {
          known = false;
          if ((c === "p" || c === "P") && this.source[this.at] === "{")
            this.at = this.source.indexOf("}", this.at) + 1;
          continue;
        }
      } else this.at++;
      if (this.source[this.at] === "-" && this.source[this.at + 1] !== "]") known = false;
      const lower = c.toLowerCase();
      if (this.oneSpace && SPACE.test(c)) chars.add(" ");
      else if (FOLD_SAFE.test(lower)) chars.add(lower);
      else known = false;
    }
    if (this.source[this.at] !== "]") throw new ParseError("unclosed class");
    this.at++;
    return known && chars.size > 0 && chars.size <= 12 ? { exact: chars, any: null, lead: chars } : UNKNOWN;
  }

  escape(): Reading {
    const c = this.source[this.at + 1] ?? "";
    this.at += 2;
    if (c === "b" || c === "B") return EMPTY;
    if (this.oneSpace && this.escapesSpace(c)) return ONE_SPACE;
    if ((c === "p" || c === "P") && this.source[this.at] === "{") {
      this.at = this.source.indexOf("}", this.at) + 1;
      return UNKNOWN;
    }
    if (c === "k" && this.source[this.at] === "<") {
      this.at = this.source.indexOf(">", this.at) + 1;
      return UNKNOWN;
    }
    // Classes (\s \d \w), control and code-point escapes, back references: nothing literal.
    if (/[\p{L}\p{N}]/u.test(c)) {
      if (c === "u" && this.source[this.at] === "{") this.at = this.source.indexOf("}", this.at) + 1;
      else if (c === "u") this.at += 4;
      else if (c === "x") this.at += 2;
      else if (c === "c") this.at += 1;
      return UNKNOWN;
    }
    return this.literal(c);
  }

  literal(c: string): Reading {
    return this.oneSpace && SPACE.test(c) ? ONE_SPACE : literal(c);
  }

  /**
   * Whether the escape of letter `c` just read (`\s`, `\t`, `\n`, `\u00a0`…) matches only spaces;
   * the four digits of a `\u` escape of a space are read past.
   */
  escapesSpace(c: string): boolean {
    if (c === "s" || c === "t" || c === "n" || c === "r" || c === "v" || c === "f") return true;
    if (c !== "u") return false;
    const digits = this.source.slice(this.at, this.at + 4);
    if (!/^[0-9a-fA-F]{4}$/u.test(digits) || !SPACE.test(String.fromCharCode(Number.parseInt(digits, 16))))
      return false;
    this.at += 4;
    return true;
  }
}

/** A run of spaces, as withOneSpace writes it; it leads no match (see Parser.oneSpace). */
const ONE_SPACE: Reading = { exact: new Set([" "]), any: null, lead: null };
const OPTIONAL_SPACE: Reading = { exact: new Set(["", " "]), any: null, lead: null };

/** A part that matches only spaces, one or more: repeated, it matches one run of them. */
function isOneSpace(reading: Reading): boolean {
  return reading.exact?.size === 1 && reading.exact.has(" ");
}

function literal(c: string): Reading {
  const lower = c.toLowerCase();
  if (!FOLD_SAFE.test(lower)) return UNKNOWN;
  const exact = new Set([lower]);
  return { exact, any: null, lead: exact };
}

/**
 * What every match of terms in a row starts with: the strings the first terms match exactly, joined,
 * until a term matches something else; where those may be empty, that term's own leading words too.
 */
function leadOf(terms: readonly Reading[]): Set<string> | null {
  let run = new Set([""]);
  for (const term of terms) {
    if (term.exact && run.size * term.exact.size <= MAX_EXACT) {
      run = cross(run, term.exact);
      continue;
    }
    if (!run.has("")) return run;
    if (!term.lead) return null;
    const lead = new Set(term.lead);
    for (const s of run) if (s !== "") lead.add(s);
    return lead;
  }
  return usable(run);
}

/** One text as the filter reads it: folded once, read through the trie once asked about twice. */
export interface TextReading {
  readonly text: string;
  folded: string | null;
  /** The folded text written withOneSpace, where necessary words are looked for. */
  oneSpaced: string | null;
  /** For each pattern id below `known`, its bit set when one of its words is in the text (see isSet). */
  present: number[] | null;
  known: number;
  /** How many patterns were asked about. */
  asks: number;
  /**
   * The reading of a text this one is part of (a sentence, for a window of it), read through the
   * trie: a pattern whose words it lacks lacks them here too.
   */
  within: TextReading | null;
}

export function newReading(text: string, within: TextReading | null = null): TextReading {
  return { text, folded: null, oneSpaced: null, present: null, known: 0, asks: 0, within };
}

/**
 * Sets of small numbers as bits, 16 to a number: a plain array of small integers is made on the
 * heap at little cost, where a typed array of one byte a pattern needs a buffer of its own.
 */
export const isSet = (bits: readonly number[], n: number): boolean => ((bits[n >> 4]! >> (n & 15)) & 1) === 1;

export function setBit(bits: number[], n: number): void {
  const at = n >> 4;
  while (bits.length <= at) bits.push(0);
  bits[at]! |= 1 << (n & 15);
}

function noBits(count: number): number[] {
  const bits: number[] = [];
  for (let i = (count + 15) >> 4; i > 0; i--) bits.push(0);
  return bits;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The patterns one of whose necessary words ends here. */
  patterns: number[] | null;
}

/**
 * A text's first asks are answered word by word (`includes`) for a pattern of few words, and its
 * first ask too when the words times the text's length stay small (a short window of a sentence):
 * a whole document asked about once or twice, or a window asked about once, is never read through
 * the trie.
 */
const FEW_WORDS = 6;
const ASKS_BY_WORD = 2;
const WORD_SEARCH_BUDGET = 4000;
/**
 * The trie as an automaton (Aho–Corasick), for reading: each character of the words has a small
 * index (0 for any other character), and each node a row of the nodes reached by that index, so
 * that the text is read in one pass, one step of two array reads a character.
 */
const READS_BEFORE_TABLES = 256;

interface TrieTables {
  letter: Uint16Array;
  letters: number;
  /**
   * Row `node * letters + letter`, for the nodes numbered below `dense`: the node reached from `node`
   * by that letter, the longest word beginning the text read so far ends with (the root, node 0, when
   * none). The nodes near the root, which most characters of a text lead to, have a row; the rows of
   * all nodes would outgrow the processor's cache, and a text would wait on memory at most characters.
   */
  step: Uint16Array | Int32Array;
  dense: number;
  /**
   * A node from `dense` on steps by its own children, nodes `childrenFrom[n]` to `childrenFrom[n + 1]`
   * (breadth first, a node's children are numbered together), each reached by letter `letterInto[c]`;
   * by any other letter, as its longest proper suffix in the trie (`suffix[n]`, nearer the root) does.
   */
  childrenFrom: Int32Array;
  letterInto: Uint16Array;
  suffix: Int32Array;
  /**
   * The patterns one of whose words ends where node n is reached, its own and those of the shorter
   * words it ends with: `patternIds` from `patternsFrom[n]` to `patternsFrom[n + 1]`.
   */
  patternsFrom: Int32Array;
  patternIds: Int32Array;
}

/** How many bytes the rows of the nodes near the root may take: about the processor's second-level cache share. */
const DENSE_BYTES = 128 * 1024;

/** The node reached from `node` by letter index `l` (see TrieTables). */
function stepBy(tables: TrieTables, node: number, l: number): number {
  const { step, dense, letters, childrenFrom, letterInto, suffix } = tables;
  let n = node;
  while (n >= dense) {
    for (let c = childrenFrom[n]!, end = childrenFrom[n + 1]!; c < end; c++)
      if (letterInto[c] === l) return c;
    n = suffix[n]!;
  }
  return step[n * letters + l]!;
}

/**
 * The necessary words of every pattern asked about, in one trie: a text is read once, and every
 * pattern whose words it lacks is answered from that single reading. A text's first asks may be
 * answered with `includes` instead (see FEW_WORDS).
 */
export class LiteralFilter {
  readonly #ids = new WeakMap<RegExp, number>();
  readonly #words: (string[] | null)[] = [];
  readonly #root: TrieNode = { next: new Map(), patterns: null };
  /** The trie as tables, made again when a word was added since. */
  #tables: TrieTables | null = null;
  #readsSinceAdded = 0;
  /** The text last asked about through mayContain. */
  #last: TextReading | null = null;

  /** False only when `text` lacks every necessary word of `pattern` (so the pattern cannot match). */
  mayContain(pattern: RegExp, text: string): boolean {
    if (this.#last?.text !== text) this.#last = newReading(text);
    return this.mayContainIn(pattern, this.#last);
  }

  /**
   * As mayContain, for a text whose reading is kept by the caller: the text is folded once, and read
   * through the trie once it is asked about for a second pattern, whatever other texts came between.
   */
  mayContainIn(pattern: RegExp, reading: TextReading): boolean {
    return this.mayContainId(this.idOf(pattern), reading);
  }

  /** As mayContainIn, for the pattern numbered `id` by idOf. */
  mayContainId(id: number, reading: TextReading): boolean {
    const words = this.#words[id]!;
    if (!words) return true;
    if (reading.present && id < reading.known) return isSet(reading.present, id);
    const within = reading.within;
    if (within?.present && id < within.known && !isSet(within.present, id)) return false;
    reading.folded ??= foldForLiterals(reading.text);
    reading.oneSpaced ??= withOneSpace(reading.folded);
    const oneSpaced = reading.oneSpaced;
    const asks = reading.asks++;
    if (
      (asks < ASKS_BY_WORD && words.length <= FEW_WORDS) ||
      (asks === 0 && words.length * oneSpaced.length <= WORD_SEARCH_BUDGET)
    ) {
      for (const w of words) if (oneSpaced.includes(w)) return true;
      return false;
    }
    reading.present = this.#read(oneSpaced);
    reading.known = this.#words.length;
    return isSet(reading.present, id);
  }

  /** The pattern's number: patterns are numbered 0, 1, 2… in the order they are first asked about. */
  idOf(pattern: RegExp): number {
    let id = this.#ids.get(pattern);
    if (id !== undefined) return id;
    id = this.#words.length;
    this.#ids.set(pattern, id);
    const words = withoutLongerForms(necessaryLiterals(pattern));
    this.#words.push(words);
    for (const word of words ?? []) this.#add(word, id);
    return id;
  }

  #add(word: string, id: number): void {
    let node = this.#root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), patterns: null };
        node.next.set(code, child);
      }
      node = child;
    }
    node.patterns ??= [];
    node.patterns.push(id);
    this.#tables = null;
    this.#readsSinceAdded = 0;
  }

  /**
   * For each pattern id, 1 when one of its words is in `folded`. While patterns are still being
   * added, the trie is walked as it is; the tables are made once it has served a number of reads.
   */
  #read(folded: string): number[] {
    const present = noBits(this.#words.length);
    if (!this.#tables && ++this.#readsSinceAdded >= READS_BEFORE_TABLES)
      this.#tables = trieTables(this.#root);
    if (!this.#tables) {
      readThroughTrie(this.#root, folded, present);
      return present;
    }
    const tables = this.#tables;
    const { letter, patternsFrom, patternIds } = tables;
    let node = 0;
    for (let i = 0; i < folded.length; i++) {
      const l = letter[folded.charCodeAt(i)]!;
      // A character of no word leads back to the root from anywhere.
      node = l === 0 ? 0 : stepBy(tables, node, l);
      for (let k = patternsFrom[node]!, end = patternsFrom[node + 1]!; k < end; k++) {
        const id = patternIds[k]!;
        present[id >> 4]! |= 1 << (id & 15);
      }
    }
    return present;
  }
}

/**
 * `words` without those that hold another of them: a text holding the longer holds the shorter, so
 * the answer is the same, from a smaller trie (fewer nodes, so its tables stay nearer the cache).
 */
function withoutLongerForms(words: string[] | null): string[] | null {
  return words?.filter((word) => !words.some((other) => other !== word && word.includes(other))) ?? null;
}

function readThroughTrie(root: TrieNode, folded: string, present: number[]): void {
  for (let start = 0; start < folded.length; start++) {
    let node = root.next.get(folded.charCodeAt(start));
    for (let i = start + 1; node; i++) {
      if (node.patterns) for (const id of node.patterns) setBit(present, id);
      if (i >= folded.length) break;
      node = node.next.get(folded.charCodeAt(i));
    }
  }
}

/**
 * The trie's nodes numbered breadth first, each with its longest proper suffix that is in the trie
 * and the patterns of every word it ends with; the nodes near the root with their step by every
 * letter: to its child, else where its suffix steps (so a node's row is made after its suffix's,
 * which is nearer the root).
 */
function trieTables(root: TrieNode): TrieTables {
  const letter = new Uint16Array(0x10000);
  let letters = 1;
  const nodes: TrieNode[] = [root];
  const childrenFrom: number[] = [];
  const into: number[] = [0];
  for (let n = 0; n < nodes.length; n++) {
    childrenFrom.push(nodes.length);
    for (const [code, next] of nodes[n]!.next) {
      if (letter[code] === 0) letter[code] = letters++;
      nodes.push(next);
      into.push(letter[code]!);
    }
  }
  childrenFrom.push(nodes.length);
  const dense = Math.max(1, Math.min(nodes.length, Math.floor(DENSE_BYTES / (2 * letters))));
  const cells = dense * letters;
  const tables: TrieTables = {
    letter,
    letters,
    step: nodes.length <= 0xffff ? new Uint16Array(cells) : new Int32Array(cells),
    dense,
    childrenFrom: Int32Array.from(childrenFrom),
    letterInto: Uint16Array.from(into),
    suffix: new Int32Array(nodes.length),
    patternsFrom: new Int32Array(nodes.length + 1),
    patternIds: new Int32Array(0),
  };
  const { step, suffix } = tables;
  const patternsAt: number[][] = [nodes[0]!.patterns ?? []];
  for (let n = 0; n < nodes.length; n++) {
    if (n > 0 && n < dense) {
      const row = n * letters;
      const suffixRow = suffix[n]! * letters;
      for (let l = 0; l < letters; l++) step[row + l] = step[suffixRow + l]!;
    }
    for (let child = childrenFrom[n]!; child < childrenFrom[n + 1]!; child++) {
      suffix[child] = n === 0 ? 0 : stepBy(tables, suffix[n]!, into[child]!);
      patternsAt[child] = [...(nodes[child]!.patterns ?? []), ...patternsAt[suffix[child]!]!];
      if (n < dense) step[n * letters + into[child]!] = child;
    }
  }
  const { patternsFrom } = tables;
  for (let n = 0; n < nodes.length; n++) patternsFrom[n + 1] = patternsFrom[n]! + patternsAt[n]!.length;
  tables.patternIds = new Int32Array(patternsAt.flat());
  return tables;
}
