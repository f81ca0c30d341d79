/**
 * Owners beyond the sentence: an alliance formed in one sentence ("MGX s'est allié à BlackRock et
 * à Microsoft", "Equinix formed a joint venture with GIC") owns the figures of the consortium,
 * the joint venture or the vehicle, whether the sentence names it or a later one points back at it
 * ("ce consortium", "the venture").
 */
import { metricIs } from "../metrics.js";
import { firstMatch, hasMatch, hasNecessaryWords } from "../patterns.js";
import { groupMembers, isOrganisation, joinParties } from "./parties.js";
import { namesStartingIn } from "./text.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/**
 * "announced a $3.4 billion joint venture", « a créé une coentreprise de 2 milliards d'euros »: a
 * venture whose size the sentence gives before its partners: the size is the partners' together.
 */
const VENTURE_SIZED = String.raw`(?:announced|formed|created|set\s+up|launched|established|unveiled)\s+an?\s+(?:[$€£]\s?[\d.,]+\s*(?:billion|million|bn|m)?)\s+joint[-\s]venture|(?:a|ont|avait|avaient)\s+(?:annoncé|formé|créé|constitué|monté|lancé)\s+une\s+co-?entreprise\s+de\s+[\d.,\s\u00a0]+(?:milliards?|millions?)\s+(?:de\s+dollars|d['’]euros)`;

/**
 * "unveiled a $2.6 billion partnership with B", « a dévoilé un partenariat de 2,6 milliards d'euros
 * avec B »: a partnership sized before its partner. Only building spending is the partners' together
 * (a partnership to build a campus); a sized partnership to buy cloud or chips is a deal, buyer → supplier.
 */
const PARTNERSHIP_SIZED = String.raw`(?:announced|formed|struck|unveiled|signed)\s+an?\s+(?:[$€£]\s?[\d.,]+\s*(?:billion|million|bn|m)?)\s+partnership|(?:a|ont|avait|avaient)\s+(?:annoncé|noué|conclu|signé|scellé)\s+un\s+partenariat\s+de\s+[\d.,\s\u00a0]+(?:milliards?|millions?)\s+(?:de\s+dollars|d['’]euros)`;

const PARTNERSHIP_SIZED_RE = new RegExp(PARTNERSHIP_SIZED, "iu");

/** "s'est allié à", "a formé avec", "partnered with", "is part of a consortium with": the allies follow. */
const ALLIANCE_VERB = new RegExp(
  String.raw`(?:s['’](?:est|était|sont|étaient)\s+(?:allié|associé)e?s?|s['’](?:allie|allient|associe|associent)|(?:a|ont|avait|avaient)\s+(?:formé|créé|constitué|monté)(?:\s+[\p{L}'’]+){0,4}?|(?:partnered|teamed\s+up|joined\s+forces|allied)|(?:is|are|was|were)\s+part\s+of\s+a\s+consortium|(?:form(?:s|ed|ing)?|creat(?:es|ed|ing|e)|set(?:s|ting)?\s+up|launch(?:es|ed|ing)?)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:joint\s+venture|consortium|partnership)|(?:forme|forment|formera|formeront|crée|créent|créera|créeront|constitue|constituent|monte|montent)\s+(?:une|un)\s+(?:nouvelle\s+|nouveau\s+)?(?:co-?entreprise|consortium|société\s+commune)|${VENTURE_SIZED}|${PARTNERSHIP_SIZED})\s+(?:à|avec|with)\s+`,
  "iu",
);

/** Between two allies: commas, "et", "à", descriptors in lower case ("à son fonds d'infrastructures"). */
export const ALLY_GAP =
  /^(?:\s*(?:,|et|and|&|à|avec|with|aux?|the|le|la|les|l['’]|son|sa|ses|its|leur|their)\s*|\s*(?!(?:dans|in|pour|for|to|qui|which|that|pour)\b)[\p{Ll}'’-]+(?![\p{Ll}'’-])\s*|\s*\([^()]{1,80}\)\s*|\s*d['’](?:IA|AI)\s+|\s*\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|i)\s+(?=[\p{Ll}]))*$/u;

/** "ce consortium", "cette coentreprise", "ce véhicule", "the joint venture", "du projet", "the project's". */
const VENTURE_ANAPHOR =
  /\b(?:ce|cet|cette|le|la|du|the|this|that)\s+(?:consortium|véhicule|coentreprise|co-entreprise|joint[-\s]venture|JV|venture|alliance|projet|project)\b/iu;

/**
 * "Meta et Blue Owl ont formé une coentreprise", "Acme and Globex will create a joint venture": a
 * venture whose founders are the coordinated subject of the verb that forms it.
 */
const VENTURE_FORMED =
  /^\s*(?:(?:ont|avaient|vont|allaient|viennent\s+de|(?:ont|avaient)\s+décidé\s+de)\s+(?:formé|créé|constitué|monté|lancé|former|créer|constituer|monter|lancer)|(?:forment|formeront|formeraient|créent|créeront|créeraient|constituent|constitueront|lancent|lanceront)|(?:formed|created|set\s+up|launched|established|(?:will|would|plan\s+to|agreed\s+to|have|had)\s+(?:form|create|set\s+up|launch|establish|formed|created|launched|established)))\s+(?:une|un|a|an|new|nouvelle|[$€£]?\s?[\d.,]+\s*(?:billion|million|bn|m)?|\s)+(?:co-?entreprise|consortium|société\s+commune|joint[-\s]venture)(?!\p{L})/iu;

/** The word naming what the allies form, in the same sentence: a joint venture, a consortium, a vehicle. */
const VENTURE_WORD =
  /\b(?:consortium|coentreprise|co-entreprise|joint[-\s]venture|véhicule|vehicle|alliance|partenariat|partnership|venture(?=\s*,?\s+(?:jointly\s+)?(?:formed|created|set\s+up|owned|led|run|controlled)\s+by\b))\b/iu;

interface Alliance {
  members: Party[];
  /** Where the allies' list ends: only figures after it are the alliance's, or those in its verb phrase. */
  end: number;
  verb?: { start: number; end: number };
  sentenceIndex: number;
  /** A sized partnership: its partners own only the building spending together. */
  buildingOnly?: boolean;
}

const alliances = new WeakMap<DocumentReading, Alliance>();

/** How many sentences on a consortium named before is still what "ce consortium" points back at. */
const ALLIANCE_REACH = 4;

/**
 * "The joint venture", « la coentreprise », "the JV": a noun only a venture takes points back further
 * than "the project" or "the alliance", which may mean other things.
 */
const VENTURE_NOUN_REACH = 8;
const VENTURE_NOUN = /(?:consortium|co-?entreprise|joint[-\s]venture|JV)$/iu;

/** A participle naming who forms, owns or leads a venture: "owned by", "led by", « détenue par », « menée par ». */
const VENTURE_PARTICIPLE = String.raw`(?:(?:jointly\s+)?(?:formed|created|set\s+up|owned|led|run|controlled)|(?:formée?|créée?|constituée?|montée?|détenue?|menée?|pilotée?|portée?|contrôlée?)(?:\s+conjointement)?)`;

/**
 * A participle whose object is the venture's members: « un consortium réunissant A, B et C », « une
 * coentreprise regroupant A et B », "a consortium comprising A and B", "a joint venture bringing
 * together A and B".
 */
const MEMBERS_PARTICIPLE = String.raw`(?:regroupant|réunissant|rassemblant|associant|comprenant|composée?\s+de|comprising|including|grouping|bringing\s+together|made\s+up\s+of|composed\s+of|that\s+(?:includes|brings\s+together|groups))`;

/**
 * "la coentreprise formée par A, B et C", "a joint venture between A and B", "le consortium de A et
 * B", "a consortium led by A and B", "the venture, owned by A and B", « la coentreprise, détenue par A
 * et B »: the venture's members follow it, none before. A bare "venture" needs its participle ("a
 * venture fund", "venture capital" are no venture).
 */
const VENTURE_OF = new RegExp(
  String.raw`(?:coentreprise|co-entreprise|joint[-\s]venture|consortium)\s*,?\s+(?:${VENTURE_PARTICIPLE}\s+)?(?:(?:par|by|entre|between|of|de)\s+|d['’]\s*)|\bventure\s*,?\s+${VENTURE_PARTICIPLE}\s+(?:par|by)\s+|(?:coentreprise|co-entreprise|joint[-\s]venture|consortium|alliance)\s*,?\s+${MEMBERS_PARTICIPLE}\s+(?:(?:the|la|le|les)\s+|l['’]\s*)?|\balliance\s+(?:entre|between)\s+|(?:coentreprise|co-entreprise|joint[-\s]venture|consortium|alliance)\s*\(\s*`,
  "iu",
);

/**
 * Between two members a venture lists, an apposition that describes the one before: "A, the
 * French model maker, B and C", « A, le champion français de l'IA, B, leader mondial du calcul, et C ».
 */
const DESCRIBED_MEMBER_GAP =
  /^\s*,\s*(?:(?:the|an?|le|la|les|l['’]|un|une)\s*)?(?!(?:which|who|that|whose|qui|dont|with|avec)(?!\p{L}))\p{Ll}[^,;:()]{0,80}?(?:,\s*(?:(?:and|et|&)\s+)?|\s+(?:and|et|&)\s+)(?:(?:the|le|la|les)\s+|l['’]\s*)?$/u;

/** A gap ending with a preposition, not after « et », "and" or a comma: the name after it is a complement. */
const COMPLEMENT_END =
  /(?<!(?:,|(?<!\p{L})(?:et|and)|&)\s*)(?<!\p{L})(?:de|des|du|d['’]|of|pour|for|à|au|aux|to)\s*$/iu;

/** The allies listed from `from` on: companies the ally gap joins, none a person, a product or a programme. */
function alliesFrom(
  r: DocumentReading,
  s: SentenceReading,
  from: number,
  described = false,
): { allies: Party[]; end: number } {
  const allies: Party[] = [];
  let end = from;
  // « MGX, le fonds des Émirats arabes unis »: a name after a preposition completes the description.
  const joins = (gap: string) =>
    described
      ? !COMPLEMENT_END.test(gap) &&
        (ALLY_GAP.test(gap) || (allies.length > 0 && DESCRIBED_MEMBER_GAP.test(gap)))
      : ALLY_GAP.test(gap);
  for (const p of s.parties) {
    if (p.start < from || !isOrganisation(p)) continue;
    // « A, le champion français de l'IA, B »: a description apposed to a member is none of its own.
    if (described && p.via === "anaphora") continue;
    if (!joins(r.text.slice(end, p.start))) break;
    allies.push(p);
    end = p.end;
  }
  return { allies, end };
}

/** The venture a sentence names with its members after it ("la coentreprise formée par A, B et C"). */
function ventureOfMembers(r: DocumentReading, s: SentenceReading): Alliance | null {
  const venture = firstMatch(VENTURE_OF, s.body);
  if (!venture) return null;
  const { allies, end } = alliesFrom(r, s, s.sentence.start + venture.index + venture[0].length, true);
  if (new Set(allies.map((p) => p.canonical)).size < 2) return null;
  return { members: allies, end, sentenceIndex: s.sentenceIndex };
}

/** Founders coordinated as the subject right before a verb forming a venture: "A et B ont formé une coentreprise". */
function foundersBeforeVenture(r: DocumentReading, s: SentenceReading): Alliance | null {
  const usable = (p: Party) => p.kind === "company" || p.kind === "periphrasis";
  for (let i = s.parties.length - 1; i >= 1; i--) {
    const last = s.parties[i]!;
    if (!usable(last)) continue;
    const formed = VENTURE_FORMED.exec(r.text.slice(last.end, s.sentence.end));
    if (!formed) continue;
    const members = [last];
    let closed = false;
    for (let j = i - 1; j >= 0; j--) {
      const p = s.parties[j]!;
      const gap = r.text.slice(p.end, members[0]!.start);
      if (!usable(p) || !ALLY_GAP.test(gap)) break;
      if (/(?<!\p{L})(?:et|and|&)(?!\p{L})/iu.test(gap)) closed = true;
      members.unshift(p);
    }
    if (!closed || new Set(members.map((p) => p.canonical)).size < 2) return null;
    const end = last.end + formed[0].length;
    return { members, end, sentenceIndex: s.sentenceIndex };
  }
  return null;
}

/** The alliance a sentence forms: the name before the verb and every ally listed after it. */
function allianceIn(r: DocumentReading, s: SentenceReading): Alliance | null {
  const verb = firstMatch(ALLIANCE_VERB, s.body);
  if (!verb) return ventureOfMembers(r, s) ?? foundersBeforeVenture(r, s);
  const verbStart = s.sentence.start + verb.index;
  const verbEnd = verbStart + verb[0].length;
  const founder = s.parties.findLast((p) => p.end <= verbStart && isOrganisation(p));
  if (!founder) return null;
  const { allies, end } = alliesFrom(r, s, verbEnd);
  if (allies.length === 0) return null;
  return {
    members: [founder, ...allies],
    end,
    sentenceIndex: s.sentenceIndex,
    verb: { start: verbStart, end: verbEnd },
    buildingOnly: PARTNERSHIP_SIZED_RE.test(verb[0]),
  };
}

/** The members of the alliance the text formed last before the sentence, and how many sentences back. */
export function allianceBefore(
  r: DocumentReading,
  s: SentenceReading,
): { members: Party[]; distance: number } | null {
  const before = alliances.get(r);
  if (!before || before.buildingOnly) return null;
  const distance = s.sentenceIndex - before.sentenceIndex;
  return distance >= 1 ? { members: before.members, distance } : null;
}

/** After a sentence: the alliance it forms, if any, is what a later "ce consortium" points back at. */
export function noteAlliance(r: DocumentReading, s: SentenceReading): void {
  const here = allianceIn(r, s);
  if (here) alliances.set(r, here);
}

/** The alliance that owns the figure: formed in its sentence, or named back by "ce consortium". */
function owningAlliance(r: DocumentReading, s: SentenceReading, f: FigureReading): Alliance | null {
  const found = allianceIn(r, s);
  const here = found?.buildingOnly && f.candidate.metric !== "capex" ? null : found;
  if (found && !here) return null;
  if (here) {
    // "…; Equinix en détient 25 %": a clause of its own, or a name after the allies, owns its figure.
    const ownClause = r.text.slice(here.end, f.q.span.start).includes(";");
    const laterOwner = f.entityParty !== null && f.entityParty.start >= here.end;
    const sized =
      here.verb !== undefined && here.verb.start <= f.q.span.start && f.q.span.end <= here.verb.end;
    const ownsIt = sized || (here.end <= f.q.span.start && !ownClause && !laterOwner);
    return ownsIt && hasMatch(VENTURE_WORD, s.body) ? here : null;
  }
  const before = alliances.get(r);
  if (!before || (before.buildingOnly && f.candidate.metric !== "capex")) return null;
  const lead = r.text.slice(s.sentence.start, f.q.span.start);
  const anaphor = hasNecessaryWords(VENTURE_ANAPHOR, s.body) ? VENTURE_ANAPHOR.exec(lead) : null;
  if (!anaphor) return null;
  const reach = VENTURE_NOUN.test(anaphor[0]) ? VENTURE_NOUN_REACH : ALLIANCE_REACH;
  if (s.sentenceIndex - before.sentenceIndex > reach) return null;
  // "Le coût du projet est de 27 milliards, Meta en conservant 20 %": a company named after the anaphor owns its figure.
  const anaphorEnd = s.sentence.start + anaphor.index + anaphor[0].length;
  const namedLater =
    f.entityParty?.via === "name" && f.entityParty.start >= anaphorEnd && f.entityParty.end <= f.q.span.start;
  return namedLater ? null : before;
}

/** Entity revised by an alliance: its members own the figure together, a company outside it is the counterparty. */
export function reviseByAlliance(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, rules } = f;
  const alliance = owningAlliance(r, s, f);
  if (!alliance) return;
  const group = joinParties(alliance.members);
  if (candidate.entity === group) return;
  const members = new Set(alliance.members.map((p) => p.canonical));
  // A group of some of the alliance's members ("Kyutai+Nvidia" of four) is no outsider to it.
  const outsider =
    candidate.entity && [...groupMembers(candidate.entity)].some((m) => !members.has(m))
      ? candidate.entity
      : null;
  candidate.entity = group;
  candidate.entityAt = { start: alliance.members[0]!.start, end: alliance.members.at(-1)!.end };
  if (candidate.counterparty && members.has(candidate.counterparty)) candidate.counterparty = null;
  if (outsider && !candidate.counterparty && metricIs(candidate.metric, "deal")) {
    candidate.counterparty = outsider;
    candidate.counterpartyAt = null;
  }
  r.lastGroup = group;
  rules.push(
    `entity: the alliance ${alliance.members.map((p) => p.surface).join(", ")} owns it together → ${group}`,
  );
}

/**
 * "L'opération valoriserait Anthropic à 350 milliards. En septembre, la société avait été valorisée
 * 183 milliards": an anaphor ("la société", "the company", "it") whose figure measures what the
 * previous sentence measured, for a company named there, continues about that company.
 */
export function reviseByParallel(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, rules, entityParty } = f;
  const previous = s.previousSentenceClaim;
  const byAnaphor = entityParty ? entityParty.via === "anaphora" : f.how === "topic";
  if (!byAnaphor || !previous?.entity || !candidate.metric || f.entityGroup.length > 1) return;
  if (previous.metric !== candidate.metric || previous.entity === candidate.entity) return;
  // "…will build 1.8 GW for OpenAI. It already runs 3.4 GW": the anaphor is the other side of that deal.
  if (previous.counterparty !== null && previous.counterparty === candidate.entity) return;
  if (previous.entity.includes("+") || r.gazetteer.publicBodies.has(previous.entity)) return;
  // A plural anaphor that stands for a group ("les trois géants du cloud") is no single company.
  if (candidate.entity?.includes("+")) return;
  // "Mistral AI lève des fonds ; elle vise…": the anaphor takes up a company of its own sentence.
  if (
    entityParty &&
    s.parties.some((p) => p.via === "name" && p.canonical === candidate.entity && p.end <= entityParty.start)
  )
    return;
  const named = namesStartingIn(r.names, previous.sentence.start, previous.sentence.end).some(
    (n) =>
      n.canonical === previous.entity &&
      n.start >= previous.sentence.start &&
      n.end <= previous.sentence.end &&
      n.kind === "company",
  );
  if (!named) return;
  rules.push(
    `entity: the anaphor continues the previous sentence's ${candidate.metric} of ${previous.entity} → ${previous.entity}`,
  );
  candidate.entity = previous.entity;
  candidate.counterparty = candidate.counterparty === previous.entity ? null : candidate.counterparty;
}
