/**
 * States, governments and public bodies (gazetteer `publicBodies`) own a figure when they act
 * ("les Émirats arabes unis ont signé…", "the US government agreed…") and are mere places when a
 * preposition locates something in them ("des centres de données aux États-Unis", "in the UAE").
 * Their place uses, datelines and modifiers are set aside before any stage sees the names.
 */
import type { Gazetteer, NameMention } from "../gazetteer.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/**
 * "en France", "aux États-Unis", "dans l'Union européenne", "in the UAE", "across the US", "to the Gulf
 * state"; « la capitale de l'Arabie saoudite », "the sites of Riyadh", "a province of China".
 */
const LOCATING_BEFORE =
  /(?:^|[^\p{L}])(?:en|aux?|à|dans|vers|hors\s+d(?:e|es|['’])|depuis|partout\s+(?:en|aux?|dans)|sur\s+le\s+sol\s+d(?:e|es|['’])|in|into|across|throughout|within|outside(?:\s+of)?|to|at|inside|around|based\s+in|installée?s?\s+(?:en|aux?|à)|(?:capitale|sites?|province|région|ville)\s+d(?:e|u|es|['’])|(?:capital|sites?|province|region|city)\s+of)\s*(?:the\s+|l['’]|la\s+|les\s+|le\s+)?$/iu;

/** "The UAE is also the site of…", "Abou Dhabi accueillera…": the state is where something is built. */
const HOST_AFTER =
  /^\s+(?:(?:is|was|will\s+be|est|sera|était)\s+(?:also\s+|aussi\s+|déjà\s+)?(?:the\s+|le\s+|l['’])?(?:site|home|host|hôte|siège)\b|(?:hosts|hosted|will\s+host|accueille|accueillera|accueillait|abrite|abritera)\b)/iu;
/**
 * "UAE-US AI campus", "Abu Dhabi-based", "the Abu Dhabi investment firm", "Saudi Arabia's Public
 * Investment Fund": the name qualifies another owner.
 */
const MODIFIER_AFTER =
  /^(?:[-‑–]\p{L}|(?:['’]s)?\s+(?:(?:sovereign|state|wealth|investment|own|national|public)\s+)*(?:funds?|fonds|firm|company|conglomerate|developer|operator|start-?up|group|investor)\b)/iu;

/** "Choose France", "Île-de-France", "Microsoft France": the name is part of a longer proper name. */
const PART_OF_NAME_BEFORE =
  /(?:[-‑]|(?<![.!?:;]\s{0,3})\b(?!(?:The|Le|La|Les|Des|Du|De|Et|And|But|Mais|Selon|While|Alors|Then|Puis|Since|As)\s+$)\p{Lu}[\p{L}'’]+\s+)$/u;

/** "ABU DHABI, Nov 3 (wire) -": a dateline in capitals names where the story was filed. */
function isDateline(text: string, name: NameMention): boolean {
  return (
    name.surface.length > 3 &&
    name.surface === name.surface.toUpperCase() &&
    /^\s*[,(]/u.test(text.slice(name.end, name.end + 3))
  );
}

/** True when the mention of a public body only says where something is, or modifies another name. */
export function isPlaceUse(text: string, name: NameMention): boolean {
  const before = text.slice(Math.max(0, name.start - 30), name.start);
  const after = text.slice(name.end, name.end + 40);
  return (
    LOCATING_BEFORE.test(before) ||
    PART_OF_NAME_BEFORE.test(before) ||
    MODIFIER_AFTER.test(after) ||
    HOST_AFTER.test(after) ||
    isDateline(text, name)
  );
}

/** The names with every place use of a public body left out. */
export function withoutPlaces(text: string, names: NameMention[], gazetteer: Gazetteer): NameMention[] {
  if (gazetteer.publicBodies.size === 0) return names;
  return names.filter((n) => !gazetteer.publicBodies.has(n.canonical) || !isPlaceUse(text, n));
}

/**
 * A stage that reads the figure's counterparty, run with no public body among the sentence's
 * parties unless it owns the figure: a state or public body is an owner when it acts, never the
 * company a deal is made with merely because it is named beside one ("SoftBank puis l'État
 * américain étaient entrés à son capital").
 */
export function withoutPublicCounterparties(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  read: (r: DocumentReading, s: SentenceReading, f: FigureReading) => void,
): void {
  const { publicBodies } = r.gazetteer;
  const keep = (p: Party) =>
    !publicBodies.has(p.canonical) || p === f.entityParty || f.entityGroup.includes(p);
  if (publicBodies.size === 0 || s.parties.every(keep)) {
    read(r, s, f);
    return;
  }
  const { parties } = s;
  const { inClause } = f;
  s.parties = parties.filter(keep);
  f.inClause = inClause.filter(keep);
  try {
    read(r, s, f);
  } finally {
    s.parties = parties;
    f.inClause = inClause;
  }
}

/** After a sentence: a state or public body never becomes the company "la société", "the company" point back to. */
export function keepCompanyTopic(r: DocumentReading, before: string | null): void {
  if (r.topic !== before && r.topic !== null && r.gazetteer.publicBodies.has(r.topic)) r.topic = before;
}
