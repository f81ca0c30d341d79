import type { Party } from "./types.js";

/** "backed by Nvidia", "which counts … soutenue par Nvidia", "détenue en partie par SoftBank": the name is a shareholder. */
const BACKER_BEFORE =
  /(?:\b(?:backed|owned|controlled|funded|bankrolled|financed|supported)\s+by|(?<!\p{L})(?:soutenue?s?|détenue?s?|contrôlée?s?|financée?s?)\s+(?:en\s+partie\s+|notamment\s+|majoritairement\s+)?par|(?<!\p{L})adossée?s?\s+à)\s+(?:(?:the\s+|le\s+|la\s+|l['’])?[\p{Ll}-]+\s+){0,3}$/iu;

/** "Nvidia-backed", "which counts Nvidia among its largest shareholders", "dont Nvidia est actionnaire". */
const BACKER_AFTER =
  /^(?:-(?:backed|owned|funded|controlled)\b|\s+(?:among|parmi)\s+(?:its|their|ses|leurs)\s+(?:[\p{L}-]+\s+){0,2}(?:shareholders|investors|backers|owners|actionnaires|investisseurs)\b|\s+(?:est|is)\s+(?:un\s+|une\s+|an?\s+)?(?:[\p{L}-]+\s+)?(?:actionnaire|shareholder|investor|investisseur|backer)\b)/iu;

/**
 * A company named as another's shareholder ("CoreWeave, the cloud provider backed by Nvidia, said its
 * backlog …", "Nvidia-backed Lambda") only says who owns the company: no party of the figure's deal.
 */
export function isBackerMention(p: Party, text: string): boolean {
  return (
    BACKER_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start)) ||
    BACKER_AFTER.test(text.slice(p.end, p.end + 60))
  );
}
