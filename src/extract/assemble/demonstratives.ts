/**
 * Demonstrative pronouns: "celui-ci", "ce dernier", "the latter" stand for the name mentioned last,
 * not for the article's subject ("… avec Oracle. Ce dernier prévoit d'investir …").
 */
import type { Gazetteer, NameMention } from "../gazetteer.js";
import { PRONOUN_SUBJECT_VERBS } from "../lexicon.js";
import { matchesIn } from "../patterns.js";
import type { Sentence } from "../sentences.js";
import type { Party } from "./types.js";

/** What follows "ce dernier" used as a pronoun: a verb or a clitic, never a noun ("ce dernier trimestre"). */
const PRONOUN_FOLLOWER = String.raw`(?=\s*[,;:)]|\s+(?:a|avait|aura|est|était|sera|va|doit|devrait|pourrait|prévoit|compte|détient|possède|dispose|investit|investira|annonce|vient|affiche|vise|reste|${PRONOUN_SUBJECT_VERBS}|ne|n['’]|s['’]|se|y|en|lui|qui)(?![\p{L}]))`;

const DEMONSTRATIVE_PRONOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:celui-ci|celle-ci|ce\s+dernier${PRONOUN_FOLLOWER}|cette\s+dernière${PRONOUN_FOLLOWER}|the\s+latter)(?![\p{L}])`,
  "giu",
);

/**
 * "le chiffre d'affaires du second", "la valorisation de la première", "the former's revenue": an
 * ordinal standing for one of two companies just named together; group 1 is the ordinal.
 */
const ORDINAL_PRONOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:du|de\s+la|au|à\s+la|pour\s+(?:le|la))\s+(premier|première|second|seconde)${PRONOUN_FOLLOWER}|(?<![\p{L}])the\s+(former|latter)(?=['’]s\s)`,
  "giu",
);

/** The companies ordinals of the sentence stand for: the first or the second of the latest pair of subjects. */
function ordinalParties(sentence: Sentence, text: string, names: NameMention[]): Party[] {
  const found: Party[] = [];
  for (const m of matchesIn(ORDINAL_PRONOUN, text.slice(sentence.start, sentence.end))) {
    const ordinal = (m[1] ?? m[2])!;
    const start = sentence.start + m.index + m[0].lastIndexOf(ordinal) - (m[2] ? 4 : 0);
    const pair = subjectPair(names, start, text);
    if (!pair) continue;
    const canonical = /^(?:premier|première|former)$/iu.test(ordinal) ? pair[0] : pair[1];
    const end = sentence.start + m.index + m[0].length;
    found.push({ start, end, canonical, kind: "company", surface: text.slice(start, end), via: "anaphora" });
  }
  return found;
}

/** Right before a name: the agent of a participle ("lancé par", "led by"), which describes the name before. */
const AGENT_BEFORE = /(?:\bpar|\bby)\s+(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

/** How far back, in characters, the name a demonstrative stands for may be. */
const DEMONSTRATIVE_REACH = 400;

/** A capitalised word outside the known names, not opening a sentence: a name the gazetteer lacks. */
function unknownNameBetween(text: string, names: NameMention[], from: number, to: number): boolean {
  let between = text.slice(from, to);
  for (const n of names)
    if (n.start >= from && n.end <= to)
      between = `${between.slice(0, n.start - from)}${" ".repeat(n.end - n.start)}${between.slice(n.end - from)}`;
  // an aside in brackets is skipped whole, capitals and all
  return /(?<![.!?:]|^)\s+\p{Lu}\p{L}/u.test(between.replace(/\([^()]*\)/gu, " ").trimEnd());
}

/** Whether the name stands inside a parenthesis closed before `at`: an aside about the name before it. */
function insideClosedAside(text: string, name: NameMention, at: number): boolean {
  const after = text.slice(name.end, at);
  const close = after.indexOf(")");
  return close >= 0 && !after.slice(0, close).includes("(");
}

/**
 * The company or programme each demonstrative of the sentence stands for: the last one named before
 * it (past an aside in brackets, « Nebius (issu de Yandex). Celui-ci »), unless a name the gazetteer
 * lacks, a person or a place came last; "the latter" after two
 * subjects joined by "and" is the second of them.
 */
export function demonstrativeParties(
  sentence: Sentence,
  text: string,
  names: NameMention[],
  gazetteer: Gazetteer,
): Party[] {
  const found: Party[] = ordinalParties(sentence, text, names);
  for (const m of matchesIn(DEMONSTRATIVE_PRONOUN, text.slice(sentence.start, sentence.end))) {
    if (found.some((o) => o.start <= sentence.start + m.index && sentence.start + m.index < o.end)) continue;
    const start = sentence.start + m.index;
    const before = names.filter((n) => n.end <= start && n.start >= start - DEMONSTRATIVE_REACH);
    const pair = /^the\s+latter$/iu.test(m[0]) ? subjectPair(names, start, text) : null;
    const latest = pair
      ? before.findLast((n) => n.canonical === pair[1])
      : before.findLast(
          (n) =>
            !AGENT_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)) &&
            !insideClosedAside(text, n, start),
        );
    if (!latest || gazetteer.publicBodies.has(latest.canonical)) continue;
    if (unknownNameBetween(text, before, latest.end, start)) continue;
    const programme = latest.kind === "programme" || gazetteer.programmes.has(latest.canonical);
    if (!programme && latest.kind !== "company" && latest.kind !== "periphrasis") continue;
    found.push({
      start,
      end: start + m[0].length,
      canonical: latest.canonical,
      kind: programme ? "programme" : "company",
      surface: m[0],
      via: "anaphora",
    });
  }
  return found;
}

/** How far back a pair of subjects may stand before "the former", "the latter". */
const SUBJECT_PAIR_REACH = 400;
/** Before a clause's subject: the start of the text, a sentence or a clause, perhaps "both", "les". */
const CLAUSE_OPENING = /(?:^|[.;:!?]\s+|\n\s*)(?:(?:the|both|les|le|la)\s+)?$/iu;

/**
 * "Microsoft and Amazon have backed OpenAI and Anthropic; the former…": two companies joined by
 * "and" as a clause's subject, the latest such pair shortly before `at`, earlier one first.
 */
export function subjectPair(names: NameMention[], at: number, text: string): [string, string] | null {
  for (let i = names.findLastIndex((n) => n.start < at) + 1 - 1; i >= 1; i--) {
    const second = names[i]!;
    const first = names[i - 1]!;
    if (at - first.start > SUBJECT_PAIR_REACH) return null;
    if (
      first.canonical === second.canonical ||
      !/^\s+(?:and|et|&)\s+$/iu.test(text.slice(first.end, second.start))
    )
      continue;
    if (CLAUSE_OPENING.test(text.slice(Math.max(0, first.start - 12), first.start)))
      return [first.canonical, second.canonical];
  }
  return null;
}
