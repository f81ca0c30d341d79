import { type Gazetteer, outletsIn } from "../gazetteer.js";
import { ATTRIBUTION_LEAD, SPEECH_VERB, UNNAMED_SOURCES } from "../lexicon.js";
import { hasMatch, matchesIn } from "../patterns.js";
import type { Sentence } from "../sentences.js";
import { fullPersonName } from "./parties.js";
import { ANALYST_SPEAKS } from "./qualifier.js";
import { describeCandidates, type Option, rankOptions, type Weights } from "./scorer.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/**
 * Where a figure's attribution can come from (CLAIMS.md §7), strongest first: the weights are a
 * strict order of precedence, so the first cue of the strongest kind wins.
 */
type AttributionFeature =
  | "namedLead"
  | "outletReports"
  | "unnamedSource"
  | "speaker"
  | "pointedPerson"
  | "personForCompany"
  | "articleSource";

const ATTRIBUTION_WEIGHTS: Weights<AttributionFeature> = {
  namedLead: 64,
  outletReports: 32,
  unnamedSource: 16,
  speaker: 8,
  pointedPerson: 4,
  personForCompany: 2,
  articleSource: 1,
};

/** A source the sentence itself names or implies. */
export interface SentenceSource {
  name: string;
  /** A named outlet or person, as opposed to unnamed sources ("people familiar with"). */
  named: boolean;
  rule: string;
  feature: "namedLead" | "outletReports" | "unnamedSource" | "speaker";
}

const OUTLET_REPORTS =
  /^\s*(?:a\s+rapporté|rapporte|a\s+révélé|révèle|écrit|a\s+écrit|reported|reports|wrote|writes|said|says)/iu;

/** "sa directrice générale", "its chief executive", "le PDG": a title between "selon" and the person. */
const TITLE_ONLY = /^(?:\s*(?:[\p{Ll}'’-]+|\p{Lu}{2,5}))*\s*$/u;

/**
 * Every source a sentence gives, strongest kind first: "according to / selon" an outlet or a person,
 * an outlet that reports, unnamed sources, a person with a verb of speech.
 */
export function sentenceSources(
  sentence: Sentence,
  text: string,
  parties: Party[],
  gazetteer: Gazetteer,
): SentenceSource[] {
  const body = text.slice(sentence.start, sentence.end);
  const sources: SentenceSource[] = [];
  for (const m of matchesIn(ATTRIBUTION_LEAD, body)) {
    const credited = body.slice(m.index + m[0].length).replace(/^["“«\s]+/, "");
    const outlet = gazetteer.outlets.find((o) => credited.startsWith(o));
    if (outlet) {
      const name = outlet.replace(/^The\s+(?=Wall|New)/, "");
      sources.push({ name, named: true, rule: `"${m[0].trim()} ${outlet}"`, feature: "namedLead" });
      continue;
    }
    const at = sentence.start + m.index + m[0].length;
    const person = parties.find(
      (p) =>
        p.kind === "person" &&
        p.start >= at &&
        (p.start <= at + 3 || (p.start <= at + 60 && TITLE_ONLY.test(text.slice(at, p.start)))),
    );
    if (person) {
      const name = fullPersonName(person.surface, person.canonical, gazetteer);
      sources.push({ name, named: true, rule: `"${m[0].trim()} ${person.surface}"`, feature: "namedLead" });
      continue;
    }
    // "Selon Morgan Stanley", "according to Bernstein": a firm named as the source is no unnamed hearsay.
    const firm = parties.find((p) => p.kind !== "person" && p.start >= at && p.start <= at + 3);
    if (firm)
      sources.push({
        name: firm.canonical,
        named: true,
        rule: `"${m[0].trim()} ${firm.surface}"`,
        feature: "namedLead",
      });
  }
  for (const outlet of outletsIn(text, gazetteer)) {
    const at = body.indexOf(outlet);
    if (at < 0) continue;
    const after = body.slice(at + outlet.length, at + outlet.length + 40);
    if (OUTLET_REPORTS.test(after))
      sources.push({ name: outlet, named: true, rule: `"${outlet}" reports`, feature: "outletReports" });
  }
  for (const [pattern, label] of UNNAMED_SOURCES)
    if (hasMatch(pattern, body))
      sources.push({
        name: label,
        named: false,
        rule: `unnamed: "${body.match(pattern)?.[0]}"`,
        feature: "unnamedSource",
      });
  const speaker = parties.find((p) => p.kind === "person");
  if (speaker && hasMatch(SPEECH_VERB, body)) {
    const name = fullPersonName(speaker.surface, speaker.canonical, gazetteer);
    sources.push({ name, named: true, rule: `speaker ${name}`, feature: "speaker" });
  }
  const firm = analystsFirm(text, sentence, parties);
  if (firm)
    sources.push({
      name: firm.canonical,
      named: true,
      rule: `analysts of ${firm.surface}`,
      feature: "speaker",
    });
  return sources;
}

/** "an analyst at Bernstein", « un analyste de Bernstein », "analysts with": the firm the analyst works for follows. */
const ANALYST_OF_FIRM =
  /(?<!\p{L})(?:analysts?|analystes?)\s+(?:at|with|from|de|d['’]|chez)\s*(?:the\s+)?$/iu;
/** "Bernstein analysts": the firm, then its analysts. */
const FIRMS_ANALYSTS = /^['’]?s?\s+(?:analysts?|analystes)(?!\p{L})/iu;

/**
 * The firm whose analyst speaks or estimates in the sentence ("…, said an analyst at Bernstein",
 * "Bernstein analysts estimate"): the source the figure is credited to, never its owner.
 */
function analystsFirm(text: string, sentence: Sentence, parties: Party[]): Party | null {
  const body = text.slice(sentence.start, sentence.end);
  if (!hasMatch(ANALYST_SPEAKS, body)) return null;
  return (
    parties.find(
      (p) =>
        p.kind !== "person" &&
        (ANALYST_OF_FIRM.test(text.slice(Math.max(sentence.start, p.start - 24), p.start)) ||
          FIRMS_ANALYSTS.test(text.slice(p.end, p.end + 12))),
    ) ?? null
  );
}

/** "selon lui", "according to her": the person last quoted. */
const SAID_BY_THE_PERSON = /selon\s+(?:lui|elle)|according\s+to\s+(?:him|her)/iu;

interface AttributionChoice {
  name: string;
  /** The explanation part for the choice; none when an earlier stage already explained it. */
  rule: string | null;
}

/**
 * Attribution (CLAIMS.md §7): the sentence's sources, the person "selon lui" points to, the person
 * an earlier stage found speaking for the company, the article's outlet; scored in that order.
 */
export function readAttribution(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { defaultOutlet, lastPerson } = r;
  const { candidate, rules } = f;
  const options: Option<AttributionChoice, AttributionFeature>[] = s.sources.map((source) => ({
    value: { name: source.name, rule: `attribution: ${source.rule}` },
    label: source.name,
    features: { [source.feature]: 1 },
  }));
  if (lastPerson && hasMatch(SAID_BY_THE_PERSON, s.body))
    options.push({
      value: { name: lastPerson, rule: `attribution: "selon lui" → ${lastPerson}` },
      label: lastPerson,
      features: { pointedPerson: 1 },
    });
  if (candidate.attribution)
    options.push({
      value: { name: candidate.attribution, rule: null },
      label: candidate.attribution,
      features: { personForCompany: 1 },
    });
  if (defaultOutlet)
    options.push({
      value: { name: defaultOutlet, rule: `attribution: the article's source → ${defaultOutlet}` },
      label: defaultOutlet,
      features: { articleSource: 1 },
    });
  if (options.length === 0) return;
  const ranked = rankOptions(options, ATTRIBUTION_WEIGHTS);
  const chosen = ranked[0]!.value;
  rules.push(describeCandidates("attribution", ranked, ATTRIBUTION_WEIGHTS));
  candidate.attribution = chosen.name;
  if (chosen.rule) rules.push(chosen.rule);
}
