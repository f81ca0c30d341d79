/**
 * The investors of a round own neither the round nor the valuation it sets, nor do a borrower's partners
 * own the debt it raises (CLAIMS.md §6: the company raising): in "raised
 * $1 billion in a round led by venture firm Accel with participation from tech giants Nvidia, Amazon,
 * and Meta, valuing the startup at $14 billion", "levé 600 millions lors d'un tour mené par le fonds
 * Sequoia avec la participation de Nvidia et Cisco", "raise $30 billion working with Google and all the
 * other hyperscalers", every name of the investor phrase backs the company raising.
 */
import type { Party } from "./types.js";

/**
 * The lead of an investor phrase, then a few lowercase words describing the first investor ("venture
 * firm", "le fonds", "tech giants", "all the other"): the name right after it backs the round. Each
 * word is matched whole, so a long lowercase run is read once, not split every way.
 */
const BACKER_LEAD =
  /(?:(?<!\p{L})(?:co-)?(?:[Ll]ed|[Bb]acked|[Ss]upported|[Jj]oined|[Ff]unded)\s+by|(?<!\p{L})[Pp]articipation\s+(?:from|of|by|d(?:e|u|es|['’]))|(?<!\p{L})(?:[Ww]orking|[Tt]ogether|[Pp]artnership)\s+with|(?<!\p{L})[Aa]longside|(?<!\p{L})(?:investors?|backers?)\s+(?:including|such\s+as)|(?<!\p{L})(?:co-?)?(?:[Mm]ené|[Pp]iloté|[Ss]outenu|[Ff]inancé)e?s?\s+par|(?<!\p{L})(?:[Aa]ux\s+côtés|[Aa]uprès)\s+d(?:e|u|es|['’])|(?<!\p{L})(?:investisseurs?|actionnaires?)\s+(?:dont|comme|tels?\s+que|telles?\s+que)|(?<!\p{L})[Ee]n\s+partenariat\s+avec)\s*(?:[\p{Ll}'’-]+(?![\p{Ll}'’-])\s*){0,4}$/u;

/** "and", "et" between two investors, maybe with a few lowercase words ("and all the other"). */
const CLOSING_GAP = /^\s*,?\s*(?:and|et|&|as\s+well\s+as|ainsi\s+que)\s+(?:[\p{Ll}'’-]+\s+){0,3}$/u;
/** A bare comma between two names: one list only when an "and" closes it further on. */
const COMMA_GAP = /^\s*,\s*$/u;

/** A verb right after a name: the name opens a clause of its own ("and Cohere is now valued"), it ends no list. */
const VERB_AFTER =
  /^\s+(?:(?:is|are|was|were|has|have|had|will|would|could|can|said|says|plans|expects|now|est|sont|a|ont|avait|avaient|sera|serait|était|désormais)(?!\p{L})|\p{Ll}+(?:ed|s)\s)/u;

/**
 * "par le Fonds d'investissement public (PIF)", "backed by the Public Investment Fund (PIF)": the name
 * spelled out, its short form in brackets; the lead stands before the spelled-out name.
 */
const SPELLED_OUT_BEFORE =
  /(?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:d['’]|de|du|des|of|for|the|and|et)\s*)?){1,6}\(\s*$/u;

/** How far before a name its investor phrase may start (the lead and its descriptive words). */
const LEAD_REACH = 70;

/** The gap before `parties[at]` joins it to the name before in one list ("Nvidia, Amazon, and Meta"). */
function joinsPrevious(text: string, parties: readonly Party[], at: number): boolean {
  const gap = (i: number) => text.slice(parties[i - 1]!.end, parties[i]!.start);
  if (CLOSING_GAP.test(gap(at))) return true;
  for (let i = at; i < parties.length && COMMA_GAP.test(gap(i)); i++)
    if (parties[i + 1] && CLOSING_GAP.test(gap(i + 1))) return true;
  return false;
}

/** The name, or the first name of the list it closes, stands right after an investor phrase's lead. */
export function backsTheRound(text: string, parties: readonly Party[], party: Party, floor: number): boolean {
  for (let at = parties.indexOf(party); at >= 0; at--) {
    const current = parties[at]!;
    if (current.start < floor) return false;
    const lead = text.slice(Math.max(floor, current.start - LEAD_REACH), current.start);
    if (BACKER_LEAD.test(lead.replace(SPELLED_OUT_BEFORE, ""))) return true;
    const opensClause =
      current.via === "anaphora" || VERB_AFTER.test(text.slice(current.end, current.end + 30));
    if (at === 0 || opensClause || !joinsPrevious(text, parties, at)) return false;
  }
  return false;
}
