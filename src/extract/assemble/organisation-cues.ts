/**
 * Cues that a capitalised name the gazetteer does not know is an organisation because of how the
 * sentence speaks of it: the pronoun "it" after what it said ("Quorvia said on Monday it would…"),
 * a relative clause of a business it runs ("Quorvia, which operates…", « Quorvia, qui exploite… »),
 * an executive's title after it ("Quorvia CEO Jane Roe", "Quorvia's chief executive"), a deal or
 * contract signed with it ("a $2 billion deal with Quorvia", « un contrat avec Quorvia »; a partnership
 * may be with a city, a university or a state, so it is no cue), its
 * shares ("shares of Quorvia", « l'action Quorvia »), or a lease or supply it makes ("Quorvia will
 * lease…", « Quorvia louera… »). Each pattern captures the name in group 1; the caller screens it.
 */
import { WEEKDAY_NAMES } from "../../core/index.js";
import { matchesIn } from "../patterns.js";
import { matchesStartingAt, type NameStarts } from "./name-starts.js";

/** One or more capitalised words ("Quorvia", "Vantor Cloud"); a digit may end one ("Data4"). */
const NAME = "(\\p{Lu}[\\p{L}\\p{N}&-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}&-]*){0,3})";

const SPACE = "[ \\u00a0]+";

/** "said on Monday it", "announced that it", "told investors its": a statement whose subject is "it". */
const SAID_IT = new RegExp(
  `(?<![\\p{L}\\p{N}'’])${NAME}${SPACE}(?:said|says|announced|announces|reported|reports|disclosed|confirmed|expects|stated|added)(?:${SPACE}(?:on|in|last|this|late|early|a|an|the|statement|filing|release|${WEEKDAY_NAMES.en.join("|")}|week|month|year|earlier|separately|previously)){0,4},?${SPACE}(?:that${SPACE})?(?:it|its)(?![\\p{L}])`,
  "gu",
);

/** Verbs of a business that a company runs: it operates, builds, rents, supplies, designs. */
const BUSINESS_VERB = `(?:operates|runs|builds|develops|designs|makes|sells|rents|leases|provides|supplies|owns|manages|specialises|specializes|is${SPACE}backed|was${SPACE}valued|raised|exploite|d[ée]veloppe|con[çc]oit|fabrique|commercialise|loue|fournit|g[èe]re|poss[èe]de|a${SPACE}lev[ée]|est${SPACE}(?:valoris[ée]e|soutenue|sp[ée]cialis[ée]e|adoss[ée]e))`;

/** "Quorvia, which operates three sites", « Quorvia, qui exploite trois sites »: a business in a relative clause. */
const WHICH_RUNS = new RegExp(
  `(?<![\\p{L}\\p{N}'’])${NAME},${SPACE}(?:which|qui)${SPACE}(?:(?:also|now|already|aussi|d[ée]j[àa]|notamment)${SPACE})?${BUSINESS_VERB}(?![\\p{L}])`,
  "gu",
);

/** "Quorvia CEO Jane Roe", "Quorvia's chief executive", "Quorvia co-founder": an executive's title after the name. */
const TITLE_AFTER = new RegExp(
  `(?<![\\p{L}\\p{N}'’])${NAME}(?:['’]s)?${SPACE}(?:CEO|CFO|CTO|COO|chief${SPACE}(?:executive|financial|technology|operating)|co-?founder|founder)(?![\\p{L}])`,
  "gu",
);

/** "a $2 billion deal with Quorvia", « un contrat de 9 milliards avec la société Quorvia »: the other party to a deal. */
const DEAL_WITH = new RegExp(
  `(?<![\\p{L}])(?:deal|contract|agreement|lease|accord|contrat|bail)(?:${SPACE}[^\\s.;:!?]+){0,6}?${SPACE}(?:with|avec)${SPACE}(?:(?:the|la|le)${SPACE}|l['’])?(?:(?:start-?up|startup|soci[ée]t[ée]|entreprise|company|firm|group|groupe)${SPACE})?${NAME}(?![\\p{L}\\p{N}])`,
  "gu",
);

/** "Shares in Chinese AI startup Quorvia": capitalised words before a company noun describe the company named after it. */
const NOT_A_DESCRIPTOR = `(?!${SPACE}(?:\\p{Lu}|(?:start-?up|firm|company|group|unicorn|giant|lab|chipmaker|maker|developer|operator|provider|neocloud)(?![\\p{L}])))`;

/** "shares of Quorvia", "Quorvia shares rose", « l'action Quorvia », « le titre Quorvia »: a listed company's stock. */
const SHARES_OF = new RegExp(
  `(?:(?<![\\p{L}])(?:[Ss]hares${SPACE}(?:of|in)|[Ss]tock${SPACE}of|[Ll]['’]action|[Ll]e${SPACE}titre|[Ll]es${SPACE}actions(?:${SPACE}de)?|[Ll]e${SPACE}cours${SPACE}de)${SPACE}${NAME}(?![\\p{L}\\p{N}])${NOT_A_DESCRIPTOR}|(?<![\\p{L}\\p{N}'’])${NAME}${SPACE}(?:shares|stock)${SPACE}(?:rose|fell|jumped|climbed|dropped|slid|gained|surged|tumbled|sank|soared|were|have|are|closed)(?![\\p{L}]))`,
  "gu",
);

/** "Quorvia will lease 300 MW to…", « Quorvia louera 300 MW à… »: a company leasing or supplying capacity. */
const LEASES = new RegExp(
  `(?<![\\p{L}\\p{N}'’])${NAME}${SPACE}(?:(?:will|would|also|has|have|a|va|vont)${SPACE})?(?:lease|leases|leased|rent${SPACE}out|rents${SPACE}out|supply|supplies|supplied|louera|loue|lou[ée]|louer|fournira|fournit|fourni|fournir)(?![\\p{L}])`,
  "gu",
);

/** The names these cues capture in a text, with their offsets. */
export function organisationCueNames(text: string, starts: NameStarts): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  const matches = [
    ...matchesStartingAt(SAID_IT, text, starts.capitals),
    ...matchesStartingAt(WHICH_RUNS, text, starts.capitals),
    ...matchesStartingAt(TITLE_AFTER, text, starts.capitals),
    ...matchesIn(DEAL_WITH, text),
    ...matchesIn(SHARES_OF, text),
    ...matchesStartingAt(LEASES, text, starts.capitals),
  ];
  for (const m of matches) {
    const name = m[1] ?? m[2];
    if (name) out.push({ name, at: m.index + m[0].indexOf(name) });
  }
  return out;
}
