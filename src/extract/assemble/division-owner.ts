/**
 * A name that owns a part of a business is a company: "Veltro's robotics division", "Veltro's
 * cloud unit", « la division énergie de Veltro », « la filiale française d'ABX ». A person or a
 * place owns no division; the caller screens names for persons, places and common words.
 */
import { matchesStartingAt, type NameStarts } from "./name-starts.js";

const NAME = "(\\p{Lu}[\\p{L}\\p{N}&-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}&-]*){0,3})";
const SPACE = "[ \\u00a0]+";

/** The parts of a business that only a company has. */
const PART_EN = "(?:division|divisions|unit|units|subsidiary|subsidiaries|spin-?off)";
const PART_FR = "(?:division|divisions|filiale|filiales|branche|branches)";

/** "Veltro's robotics division", "Veltro's chip unit": the owner before its part. */
const OWNER_BEFORE_PART = new RegExp(
  `(?<![\\p{L}\\p{N}])${NAME}['’]s?${SPACE}(?:[\\p{Ll}-]+${SPACE}){0,2}?${PART_EN}(?![\\p{L}])`,
  "gu",
);

/** « la division robotique de Veltro », « la filiale française d'ABX »: the owner after its part. */
const PART_BEFORE_OWNER = new RegExp(
  `(?<![\\p{L}])(?:[Ll]a|[Ll]es|[Uu]ne)${SPACE}${PART_FR}(?:${SPACE}[\\p{Ll}-]+){0,2}?${SPACE}(?:de${SPACE}|d['’])${NAME}(?![\\p{L}\\p{N}])`,
  "gu",
);

export interface DivisionOwner {
  name: string;
  at: number;
}

/** Every name written as the owner of a division, unit or subsidiary. */
export function divisionOwners(text: string, starts: NameStarts): DivisionOwner[] {
  const owners: DivisionOwner[] = [];
  for (const m of matchesStartingAt(OWNER_BEFORE_PART, text, starts.capitals))
    owners.push({ name: m[1]!, at: m.index });
  for (const m of matchesStartingAt(PART_BEFORE_OWNER, text, starts.articles))
    owners.push({ name: m[1]!, at: m.index + m[0].lastIndexOf(m[1]!) });
  return owners;
}
