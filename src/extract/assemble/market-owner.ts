/**
 * A whole market's figure, as a bank, a consultant or an executive sizes it: "global spending on
 * data centres will reach about $2.9tn", "puts the bill for AI infrastructure at more than $5tn",
 * "AI infrastructure spending will reach $3tn", "the data-center market growing to $1tn a year",
 * "les dépenses d'infrastructure d'IA atteindront 3 000 milliards", "$5.2tn of capital will have to
 * go into data centres", "the sector will need $2tn", "data centres will require $6.7tn of
 * investment worldwide", "global AI spending of $1.5tn". The market is an unnamed collective that owns
 * the figure (CLAIMS.md §6); whoever sizes it is its source, not its owner.
 */
import type { Language } from "../../core/index.js";
import { BUILT_SITE } from "../lexicon.js";
import { matchesIn } from "../patterns.js";
import type { Decision } from "./qualifier.js";
import type { Candidate, FigureReading, Party } from "./types.js";

/** What a market is made of, with the name its collective goes by in each language. */
const MARKETS: readonly { pattern: string; name: Record<Language, string> }[] = [
  {
    pattern: String.raw`(?:(?:AI|IA)[- ]ready\s+)?(?:data[- ]?cent(?:er|re)s?|datacent(?:er|re)s?|centres?\s+de\s+données)`,
    name: { en: "data centres", fr: "centres de données" },
  },
  {
    pattern: String.raw`(?:AI\s+infrastructures?|infrastructures?\s+(?:d['’]\s*|de\s+l['’]\s*)IA|(?:the\s+)?AI\s+industry|l['’]industrie\s+de\s+l['’]IA|(?<=(?:global|worldwide)\s+)AI|(?<=mondia(?:les?|ux)\s+(?:en\s+|d['’]\s*|dans\s+l['’]\s*))IA)`,
    name: { en: "AI industry", fr: "infrastructures d'IA" },
  },
];

const MARKET_NAMES: ReadonlySet<string> = new Set(MARKETS.flatMap((m) => Object.values(m.name)));

/** Whether the name is a market's collective: what it spends builds data centres and AI infrastructure. */
export function isMarketName(name: string): boolean {
  return MARKET_NAMES.has(name);
}

/** What is spent on, invested in or asked of a market. */
const HEAD = `(?:spending|spend|investments?|capital|capex|bill|demand|markets?|outlays?|dépenses|investissements?|marché|demande|facture|besoins)`;

const DOMAIN = `(?:${MARKETS.map((m) => `(${m.pattern})`).join("|")})`;
const ANY_DOMAIN = new RegExp(DOMAIN, "giu");
const FIRST_DOMAIN = new RegExp(DOMAIN, "iu");

/** "spending on data centres", "the bill for AI infrastructure", "dépenses d'infrastructure d'IA". */
const HEAD_OF_DOMAIN = new RegExp(
  String.raw`(?<![\p{L}])(?:global\s+|worldwide\s+|total\s+|mondiales?\s+)?${HEAD}(?:\s+mondia(?:les?|ux))?\s+(?:(?:on|for|in|into|of|de|des|du|en|dans|pour)\s+|d['’]\s*)(?:the\s+|les\s+|la\s+|le\s+|l['’])?(?:[\p{Ll}-]+\s+)?${DOMAIN}(?![\p{L}])`,
  "giu",
);
/** "AI infrastructure spending", "the data-center market", "data center facilities". */
const DOMAIN_HEAD = new RegExp(String.raw`(?<![\p{L}])${DOMAIN}\s+(?:${HEAD}|facilities)(?![\p{L}])`, "giu");
/** "will need", "require", « nécessiteront », « aura besoin de »: the subject needs the money. */
const NEEDS = String.raw`(?:(?:will|would|could|may|might)\s+)?(?:need|needs|require|requires|demand|nécessit\p{L}+|exiger\p{L}*|aur(?:a|ont)\s+besoin\s+d['’e])(?![\p{L}])`;
/** "worldwide", "around the world", « du monde entier », « dans le monde » after the market's words. */
const THE_WORLD_OVER = String.raw`(?:(?:worldwide|globally|around\s+the\s+world|across\s+the\s+world|du\s+monde\s+entier|dans\s+le\s+monde|mondiaux)\s*,?\s+)?`;
/**
 * "data centres will require", "data centers worldwide will need", "AI infrastructure would need",
 * « les centres de données du monde entier nécessiteront »: the market needs the money.
 */
const DOMAIN_NEEDS = new RegExp(String.raw`(?<![\p{L}])${DOMAIN}\s+${THE_WORLD_OVER}${NEEDS}`, "giu");
/** A verb of need right after the industry: "the industry will need", « le secteur aura besoin de ». */
const NEEDS_AFTER = new RegExp(String.raw`^\s+${NEEDS}`, "iu");
/**
 * "the industry would need", "le secteur devra", "the whole industry will spend", « l'ensemble du
 * secteur investira », « tout le secteur »: the industry itself, or all of it, as the figure's subject.
 */
const INDUSTRY =
  /(?<![\p{L}])(?:the\s+(?:(?:whole|entire|broader|wider|global)\s+)?(?:AI\s+|tech\s+)?(?:industry|sector)|(?:all\s+of\s+)?the\s+(?:AI\s+)?industry\s+as\s+a\s+whole|l['’]ensemble\s+(?:du\s+secteur|de\s+l['’]industrie)(?:\s+de\s+l['’]IA)?|(?:tout\s+le\s+secteur|toute\s+l['’]industrie)(?:\s+de\s+l['’]IA)?|l['’]industrie(?:\s+de\s+l['’]IA)?(?:\s+(?:tout\s+entière|dans\s+son\s+ensemble))?|le\s+secteur(?:\s+(?:tout\s+entier|dans\s+son\s+ensemble))?)(?![\p{L}])/giu;

/** "investment to exceed", "bond markets could absorb": the market's money, its market named earlier in the sentence. */
const BARE_HEAD = new RegExp(
  String.raw`(?<![\p{L}])(?:[\p{Ll}-]+\s+)?${HEAD}(?![\p{L}])(?=(?:\s+\S+){0,4}\s*$)`,
  "giu",
);

/** "… of capital will have to go into AI-ready data centres": the market named after the figure. */
const INTO_DOMAIN_AFTER = new RegExp(
  String.raw`^\s*(?:of\s+|d['’]\s*|de\s+)(?:capital|investment|spending|capitaux|investissements?|dépenses)\b[^,;.()]{0,40}?\b(?:into|in|on|dans|en)\s+(?:the\s+|les\s+|des\s+)?(?:[\p{Ll}-]+\s+)?${DOMAIN}(?![\p{L}])`,
  "iu",
);

/** "its", "ses", "Meta's" right before the market's words: one company's own spending, not a market's. */
const POSSESSED =
  /(?:(?<![\p{L}])(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?|[Nn]otre|[Nn]os)|['’]s)\s+(?:[\p{Ll}-]+\s+)?$/u;

/** Between the market and its figure: a verb phrase, no other clause, no word for one company. */
const MARKET_TO_FIGURE =
  /^(?![\s\S]*(?:[;.!?]\s|\b(?:its|their|his|her|son|sa|ses|leur|leurs|while|whereas|but|mais|tandis)\b))[\s\S]{0,90}$/iu;

/**
 * The money set aside for one site right after the figure: "$6 billion allocated for a new data center
 * in Pennsylvania", « 2 milliards destinés à un nouveau centre de données »: one builder's plan, not a market's.
 */
const ONE_SITE_AFTER = new RegExp(
  String.raw`^\s*(?:(?:allocated|earmarked|set\s+aside|budgeted|slated|destinée?s?|allouée?s?|affectée?s?|consacrée?s?)\s+)?(?:for|to|toward|towards|à|pour)\s+(?:a|an|one|its|un|une|son|sa)\s+(?:(?:new|single|nouveau|nouvel|nouvelle|seul)\s+)?(?:[\p{L}-]+\s+)?${BUILT_SITE}(?!\p{L})`,
  "iu",
);

export interface MarketOwner {
  name: string;
  /** The market is the subject of a verb of need before the figure: the money is its own. */
  needs?: boolean;
  /** Where the market is named; a party before it sizes the market rather than owning the figure. */
  start: number;
  /** Where the market's words end. */
  end: number;
  how: string;
}

function nameOf(m: RegExpExecArray, language: Language): string {
  const at = MARKETS.findIndex((_market, i) => m[i + 1] !== undefined);
  return MARKETS[at < 0 ? 1 : at]!.name[language];
}

/** The market named last from `from` up to the figure at `to`, with nothing but a verb phrase between. */
export function marketBefore(text: string, from: number, to: number, language: Language): MarketOwner | null {
  const before = text.slice(from, to);
  let found: MarketOwner | null = null;
  for (const pattern of [HEAD_OF_DOMAIN, DOMAIN_HEAD, DOMAIN_NEEDS, INDUSTRY])
    for (const m of matchesIn(pattern, before)) {
      const end = m.index + m[0].length;
      if (found && from + end <= found.start) continue;
      if (!MARKET_TO_FIGURE.test(before.slice(end)) || POSSESSED.test(before.slice(0, m.index))) continue;
      const name = pattern === INDUSTRY ? MARKETS[1]!.name[language] : nameOf(m, language);
      const needs = pattern === DOMAIN_NEEDS || (pattern === INDUSTRY && NEEDS_AFTER.test(before.slice(end)));
      found = {
        name,
        start: from + m.index,
        end: from + end,
        how: `the market "${m[0].trim()}" sized`,
        needs,
      };
    }
  return found ?? marketOfBareHead(before, from, language);
}

/** "Data centres now seek 500 MW, with Moody's predicting investment to exceed $2tn": the market named before the head. */
function marketOfBareHead(before: string, from: number, language: Language): MarketOwner | null {
  const head = matchesIn(BARE_HEAD, before).at(-1);
  if (!head || !MARKET_TO_FIGURE.test(before.slice(head.index + head[0].length))) return null;
  if (POSSESSED.test(before.slice(0, head.index))) return null;
  const domains = matchesIn(ANY_DOMAIN, before.slice(0, head.index));
  const domain = domains.at(-1);
  if (!domain) return null;
  return {
    name: nameOf(domain, language),
    start: from + head.index,
    end: from + head.index + head[0].length,
    how: `"${head[0].trim()}" of the market "${domain[0]}" named before it`,
  };
}

/** The market's words, then a relative pronoun opening the clause that holds the figure. */
const RELATIVE_AFTER_MARKET =
  /^\s*,\s*(?:which|qui|lesquel(?:le)?s?)\s(?![^.;]*\b(?:its|their|son|sa|ses|leurs?)\b)[^.;]{0,90}$/iu;

/**
 * The market that owns the figure, or null: named before the figure in its clause with no company
 * between them, or right after it as where the money goes ("$5tn of capital … into data centres").
 * Only people and firms that size markets (`sizesMarkets`) may stand before it in the clause: a
 * company there spends the money itself ("Alphabet and Meta disclosed AI infrastructure outlays").
 */
export function marketOwner(
  text: string,
  f: FigureReading,
  language: Language,
  sizesMarkets: (party: Party) => boolean,
): MarketOwner | null {
  const found = marketBefore(text, f.clauseStart, f.q.span.start, language) ?? marketAfter(text, f, language);
  if (!found || ONE_SITE_AFTER.test(text.slice(f.q.span.end, f.q.span.end + 80))) return null;
  // "… as outlays on cooling equipment climb, which one consultancy sees at $90bn by 2030": the
  // relative clause is about the market, whatever company the main clause names.
  if (RELATIVE_AFTER_MARKET.test(text.slice(found.end, f.q.span.start))) return found;
  const owner = (p: Party) =>
    p.start < f.q.span.start &&
    (p.start >= found.start || !(sizesMarkets(p) || speaksOfMarket(text, p, found)));
  return f.inClause.some(owner) ? null : found;
}

/** "Selon Nvidia, le secteur…", "according to Nvidia, the industry…": a company that only gives the market's figure. */
const SOURCE_LEAD = /(?<!\p{L})(?:selon|d['’]après|according\s+to)\s+(?:\p{L}+\s+){0,3}?$/iu;
/** "Nvidia's chief said the whole industry…", « Nvidia estime que l'ensemble du secteur… ». */
const SPEECH_TO_MARKET =
  /^(?:['’]s\s+(?:[\p{L}-]+\s+){1,4}?)?\s*(?:,\s*)?(?:(?:has|had|a|avait)\s+)?(?:said|says|told\s+\p{L}+|estimated|estimates|predicted|predicts|believes|argued|noted|warned|déclaré|estimé|indiqué|affirmé|prévenu|expliqué|estime|affirme|juge|assure|prédit)\s+(?:that\s+|que\s+|qu['’]\s*)?$/iu;

/** A party named before the market that speaks of it: the market's source, not the figure's owner. */
function speaksOfMarket(text: string, p: Party, market: MarketOwner): boolean {
  const between = text.slice(p.end, market.start);
  if (SPEECH_TO_MARKET.test(between)) return true;
  return /^\s*,\s*$/u.test(between) && SOURCE_LEAD.test(text.slice(Math.max(0, p.start - 40), p.start));
}

function marketAfter(text: string, f: FigureReading, language: Language): MarketOwner | null {
  const after = INTO_DOMAIN_AFTER.exec(text.slice(f.q.span.end, f.clauseEnd));
  if (!after) return null;
  const domain = FIRST_DOMAIN.exec(after[0])!;
  return {
    name: nameOf(domain, language),
    start: f.q.span.end,
    end: f.q.span.end + after[0].length,
    how: `the market "${domain[0]}" the money goes into`,
  };
}

/** What a market's money is read as before it is known to be a market's: its build-out spending. */
const SPENDING_READ_AS: ReadonlySet<string> = new Set([
  "investment",
  "total_expenses",
  "compute_spending_target",
  "compute_commitment",
]);

/**
 * A market's spending or investment is what it lays out to build (CLAIMS.md §2: capex), paid to no
 * one company: "spending on data centres will reach $2.9tn" is no investment in the article's subject.
 */
export function reviseMarketSpending(f: FigureReading, isCurrency: boolean): void {
  const { candidate } = f;
  if (!candidate.entity || !isMarketName(candidate.entity)) return;
  if (candidate.counterparty) {
    f.rules.push(`counterparty: a market's figure is paid to no one company → none`);
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
  if (!isCurrency || !SPENDING_READ_AS.has(candidate.metric ?? "")) return;
  f.rules.push(`metric: what the market "${candidate.entity}" spends builds it → capex`);
  candidate.metric = "capex";
}

/** A word that sizes something: a forecast, an estimate, a view ("estimates that", "puts … at", "we see", "nous pensons"). */
const SIZING_WORD =
  /(?<![\p{L}])(?:estimates?|estimated|reckons?|puts|predict(?:s|ed|ing)?|forecasts?|outlook|expects?|thinks|believes|says|see|sees|calculated|pensons|pense|estiment|estime|estimé|prévoit|prévoient|calcule|selon|according\s+to)(?![\p{L}])/iu;

/**
 * A market's figure that someone sizes before giving it is that source's estimate (CLAIMS.md §7),
 * not a plan or a report of the market's own.
 */
export function reviseMarketEstimate(
  text: string,
  sentenceStart: number,
  candidate: Candidate,
  qualifier: Decision,
): void {
  if (qualifier.qualifier !== "target" && qualifier.qualifier !== "reported") return;
  if (!candidate.entity || !isMarketName(candidate.entity)) return;
  const sizing = SIZING_WORD.exec(text.slice(sentenceStart, candidate.q.span.start));
  if (!sizing) return;
  qualifier.qualifier = "estimated";
  qualifier.rule = `"${sizing[0]}" sizes the market "${candidate.entity}" → estimated`;
}
