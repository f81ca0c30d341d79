import type { Party } from "./types.js";

/**
 * A company named only beside a figure's deal, by words right before or right after its name that say
 * what it is to another company: its shareholder ("backed by Nvidia", « dont Nvidia est actionnaire »)
 * or the one it competes with (« le concurrent d'Intel », "Nvidia's grip on the market"). Such a name
 * is no party of the deal. Each role is one record: its words and how far they are read.
 */
interface SideMention {
  /** Words ending right before the name. */
  before: RegExp;
  /** Words opening right after the name. */
  after: RegExp;
  /** How many characters before and after the name are read. */
  reach: { before: number; after: number };
}

const BACKER: SideMention = {
  // "backed by Nvidia", "which counts … soutenue par Nvidia", "détenue en partie par SoftBank": the name is a shareholder.
  before:
    /(?:\b(?:backed|owned|controlled|funded|bankrolled|financed|supported)\s+by|(?<!\p{L})(?:soutenue?s?|détenue?s?|contrôlée?s?|financée?s?)\s+(?:en\s+partie\s+|notamment\s+|majoritairement\s+)?par|(?<!\p{L})adossée?s?\s+à)\s+(?:(?:the\s+|le\s+|la\s+|l['’])?[\p{Ll}-]+\s+){0,3}$/iu,
  // "Nvidia-backed", "which counts Nvidia among its largest shareholders", "dont Nvidia est actionnaire".
  after:
    /^(?:-(?:backed|owned|funded|controlled)\b|\s+(?:among|parmi)\s+(?:its|their|ses|leurs)\s+(?:[\p{L}-]+\s+){0,2}(?:shareholders|investors|backers|owners|actionnaires|investisseurs)\b|\s+(?:est|is)\s+(?:un\s+|une\s+|an?\s+)?(?:[\p{L}-]+\s+)?(?:actionnaire|shareholder|investor|investisseur|backer)\b)/iu,
  reach: { before: 50, after: 60 },
};

const RIVAL: SideMention = {
  // "le concurrent d'Intel", "the rival of Intel": the name only says whom the company competes with.
  before:
    /(?<!\p{L})(?:concurrente?s?|rivale?s?|compétiteurs?|competitors?|challengers?)\s+(?:de\s+|d['’]|du\s+|of\s+)$/iu,
  // "Nvidia's grip on the market", "Intel's rival", "Nvidia's dominance": a name owning a market position.
  after:
    /^['’]s?\s+(?:grip|dominance|domination|hold|lead|leadership|rivals?|competitors?|challengers?|market\s+share)(?!\p{L})/iu,
  reach: { before: 30, after: 30 },
};

function namedAs(p: Party, text: string, role: SideMention): boolean {
  return (
    role.before.test(text.slice(Math.max(0, p.start - role.reach.before), p.start)) ||
    role.after.test(text.slice(p.end, p.end + role.reach.after))
  );
}

/**
 * A company named as another's shareholder ("CoreWeave, the cloud provider backed by Nvidia, said its
 * backlog …", "Nvidia-backed Lambda") only says who owns the company: no party of the figure's deal.
 */
export function isBackerMention(p: Party, text: string): boolean {
  return namedAs(p, text, BACKER);
}

/**
 * A company named as the one another competes with ("pourrait prendre 10 % du concurrent d'Intel", "a
 * deal that challenges Nvidia's grip on the market") is no party of the deal.
 */
export function isRivalMention(p: Party, text: string): boolean {
  return namedAs(p, text, RIVAL);
}

/** ", like Nvidia,", « , comme Nvidia, », « , à l'instar de Nvidia, »: a comparison set between commas. */
const COMPARED_ASIDE_BEFORE =
  /,\s*(?:like|unlike|just\s+as|as\s+with|comme|tout\s+comme|à\s+l['’]instar\s+(?:de|d['’]|du)|contrairement\s+(?:à|au))\s*(?:l['’]|la\s+|le\s+|the\s+)?$/iu;
const COMPARED_ASIDE_AFTER = /^\s*,/u;

/**
 * A company set beside the subject for comparison, between commas ("Oracle, like Nebius, plans to
 * spend…", « Oracle, comme Nebius, prévoit… »), does the same on its own side: no party of the figure.
 */
export function isComparedAside(p: Party, text: string): boolean {
  return (
    COMPARED_ASIDE_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) &&
    COMPARED_ASIDE_AFTER.test(text.slice(p.end, p.end + 3))
  );
}
