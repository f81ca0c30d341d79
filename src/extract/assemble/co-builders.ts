/**
 * Co-builders: "le campus de 1,4 GW que Mistral prévoit de construire avec MGX, Bpifrance et
 * Nvidia", "MGX, associé à Mistral AI et Bpifrance, … un centre de données de 1,4 GW", "X, in
 * partnership with Y, will build a 2 GW campus": the companies a project is built with own its
 * capacity and its investment together with the company that builds it.
 */
import { matchesIn } from "../patterns.js";
import { ALLY_GAP } from "./discourse.js";
import { joinParties } from "./parties.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** A building verb with "avec"/"with", or a word of partnership: the partners follow. */
const PARTNERS_LEAD =
  /(?:(?:constru(?:ire|it|ira|iront|isent|irait|iraient|ction)|bât(?:ir|it|ira|iront)|développ(?:er|e|ent|era|eront)|implant(?:er|e|ent|era|eront)|aménag(?:er|e|ent|era|eront)|build(?:s|ing)?|built|develop(?:s|ing|ed)?|construct(?:s|ing|ed)?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:avec|with)|associée?s?\s+(?:à|aux?|avec)|en\s+(?:partenariat|association)\s+avec|aux\s+côtés\s+d(?:e\s+|['’])|conjointement\s+avec|in\s+partnership\s+with|jointly\s+with|together\s+with|alongside|partnering\s+with|teaming\s+up\s+with)\s+/giu;

/** "… with Nvidia chips": a maker of the hardware the site is built with is no partner. */
const HARDWARE_AFTER =
  /^\s*(?:['’]s\s+)?(?:chips?|puces?|GPUs?|processeurs?|processors?|systems?|systèmes?|accélérateurs?|accelerators?|servers?|serveurs?)(?!\p{L})/iu;

/** What a project's builders own together: what it costs and the power it has. */
const BUILT_FIGURES = new Set(["capex", "datacenter_capacity"]);

/** How far before its partners the company building with them may stand. */
const BUILDER_REACH = 80;

interface CoBuilders {
  builder: Party;
  partners: Party[];
}

function isUsable(r: DocumentReading, p: Party): boolean {
  return (
    (p.kind === "company" || p.kind === "periphrasis") &&
    !r.gazetteer.publicBodies.has(p.canonical) &&
    !r.gazetteer.programmes.has(p.canonical)
  );
}

/** The company before a partnership lead and the companies listed after it, in the sentence. */
function coBuildersIn(r: DocumentReading, s: SentenceReading): CoBuilders[] {
  const { text } = r;
  const found: CoBuilders[] = [];
  for (const m of matchesIn(PARTNERS_LEAD, s.body)) {
    const leadStart = s.sentence.start + m.index;
    const leadEnd = leadStart + m[0].length;
    const builder = s.parties.findLast((p) => p.end <= leadStart);
    if (!builder || !isUsable(r, builder) || leadStart - builder.end > BUILDER_REACH) continue;
    if (/[;:]/u.test(text.slice(builder.end, leadStart))) continue;
    const partners: Party[] = [];
    let from = leadEnd;
    for (const p of s.parties) {
      if (p.start < leadEnd) continue;
      if (!isUsable(r, p) || !ALLY_GAP.test(text.slice(from, p.start))) break;
      if (HARDWARE_AFTER.test(text.slice(p.end, p.end + 20))) break;
      partners.push(p);
      from = p.end;
    }
    if (partners.some((p) => p.canonical !== builder.canonical)) found.push({ builder, partners });
  }
  return found;
}

/** Entity revised by co-builders: the builder's capacity or investment in the sentence is the builders' together. */
export function reviseByCoBuilders(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (!candidate.metric || !BUILT_FIGURES.has(candidate.metric) || !candidate.entity) return;
  if (candidate.entity.includes("+")) return;
  const { clauseStart, clauseEnd } = f;
  const these = coBuildersIn(r, s).find(
    (c) =>
      c.builder.canonical === candidate.entity &&
      c.builder.start >= clauseStart &&
      c.builder.end <= clauseEnd,
  );
  if (!these) return;
  const members = [these.builder, ...these.partners];
  const group = joinParties(members);
  const names = new Set(members.map((p) => p.canonical));
  candidate.entity = group;
  candidate.entityAt = { start: these.builder.start, end: these.partners.at(-1)!.end };
  if (candidate.counterparty?.split("+").every((n) => names.has(n))) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
  r.lastGroup = group;
  f.rules.push(`entity: built by ${these.builder.surface} with its partners → ${group} together`);
}
