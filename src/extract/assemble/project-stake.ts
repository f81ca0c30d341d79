import { foldName } from "../gazetteer.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** "of the project", "a vehicle in which", "de la coentreprise": a stake held in a project, not in a company. */
const STAKE_IN_PROJECT =
  /\b(?:of|in)\s+the\s+(?:project|campus|complex|joint\s+venture|venture|vehicle)\b|\bvehicle\s+in\s+which\b|(?<!\p{L})(?:du\s+projet|du\s+campus|du\s+complexe|de\s+la\s+coentreprise|de\s+la\s+société\s+commune|du\s+véhicule|véhicule\s+dans\s+lequel)(?!\p{L})/iu;

/** "the Hyperion campus", "Meta's new Hyperion complex", "le campus Hyperion": a project named by its site. */
const PROJECT_NAME =
  /(?<!\p{L})(?:[Tt]he|[Ii]ts|[Tt]heir|new|\p{Lu}\p{L}*['’]s)\s+(?:new\s+)?(\p{Lu}[\p{L}-]+)\s+(?:campus|complex|project|joint\s+venture|data[-\s]?cent(?:er|re))(?!\p{L})|(?<!\p{L})(?:le\s+)?(?:campus|complexe|projet)\s+(\p{Lu}[\p{L}-]+)/gu;

/** How far back, in characters, a project's name may stand before the stake held in it. */
const PROJECT_REACH = 1500;

/** "in which funds managed by Blue Owl hold 80%": the holder named after "in which", before the stake. */
const IN_WHICH = /\b(?:in\s+which|dans\s+lequel|dans\s+laquelle)\b/iu;

/**
 * A stake in a project, a campus or a joint venture ("Blue Owl, which will own 80 per cent of the
 * project", "a vehicle in which Blue Owl holds 80% and Meta the remaining 20%"): the company held is
 * the project named last before it (CLAIMS.md §6: holder → what is held), never the other holder.
 */
export function reviseProjectStake(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (candidate.metric !== "equity_stake" || !candidate.entity) return;
  const { text } = r;
  const clause = text.slice(s.sentence.start, s.sentence.end);
  if (!STAKE_IN_PROJECT.test(clause)) return;
  const from = Math.max(0, s.sentence.start - PROJECT_REACH);
  const names = [...text.slice(from, q.span.start).matchAll(PROJECT_NAME)]
    .map((m) => m[1] ?? m[2]!)
    .filter((name) => !r.gazetteer.byFolded.has(foldName(name)));
  const project = names.at(-1);
  if (!project || candidate.counterparty === project) return;
  const lead = IN_WHICH.exec(text.slice(s.sentence.start, q.span.start));
  const holder = lead
    ? s.parties.findLast(
        (p) => p.kind === "company" && p.start > s.sentence.start + lead.index && p.end <= q.span.start,
      )
    : undefined;
  if (holder && holder.canonical !== candidate.entity) {
    candidate.entity = holder.canonical;
    candidate.entityAt = { start: holder.start, end: holder.end };
    f.rules.push(`entity: "${holder.surface}" holds the stake in the project → ${holder.canonical}`);
  }
  candidate.counterparty = project;
  candidate.counterpartyAt = null;
  f.rules.push(`counterparty: the stake is held in the project → ${project}`);
}
