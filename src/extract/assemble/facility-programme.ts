/**
 * A facility taken up from the programme named just before it: "Kessel and Vantor launched Stargate
 * in Texas last spring. The campus will host 40,000 accelerators", « Le programme Stargate s'étend au
 * Texas. Le site accueillera 40 000 puces ». A programme owns its own figures (CLAIMS §6), but the
 * discourse carries companies only: where the figure's sentence names no company and opens on a
 * facility noun before the figure, the programme named in the previous sentence of the paragraph is
 * offered to the entity scorer with the feature `facilityTakeUp`.
 */
import type { NameMention } from "../gazetteer.js";
import { FACILITY_TAKE_UP } from "../lexicon.js";
import { namesStartingIn } from "./text.js";
import type { DocumentReading, FigureReading, OwnerFromOutside, SentenceReading } from "./types.js";

/** The last programme named in the sentence just before, when it belongs to the same paragraph. */
function programmeBefore(r: DocumentReading, s: SentenceReading): string | null {
  const previous = r.context.sentences[s.sentenceIndex - 1];
  if (!previous || previous.paragraph !== s.sentence.paragraph) return null;
  const named = namesStartingIn(r.names, previous.start, previous.end).findLast((n) =>
    r.gazetteer.programmes.has(n.canonical),
  );
  return named?.canonical ?? null;
}

/** Whether a company or a programme is named from the sentence's start to the figure. */
function namesAnOwnerBefore(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const { start } = s.sentence;
  const end = f.q.span.start;
  const owns = (n: NameMention) => n.kind === "company" || n.kind === "periphrasis" || n.kind === "programme";
  return (
    namesStartingIn(r.names, start, end).some(owns) ||
    s.parties.some((p) => p.start >= start && p.end <= end && owns(p))
  );
}

/**
 * The programme a facility noun before the figure takes up, or null: none in the previous sentence,
 * no facility noun, or an owner of the figure's sentence named before it ("Oracle's campus").
 */
export function facilityProgramme(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
): OwnerFromOutside | null {
  const lead = r.text.slice(s.sentence.start, f.q.span.start);
  const taken = FACILITY_TAKE_UP.exec(lead);
  if (!taken || namesAnOwnerBefore(r, s, f)) return null;
  const name = programmeBefore(r, s);
  return name ? { name, surface: taken[0] } : null;
}
