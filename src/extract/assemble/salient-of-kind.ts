/**
 * The topic of unknown fit against a salient company whose kind owns the figure: "AMD will supply
 * Kestrel Labs with accelerators. Kestrel Labs signed for six gigawatts. The first gigawatt ships
 * next year": a chipmaker's article says nothing of whose gigawatts they are by the chipmaker's
 * kind, but the lab just made the subject of the deal is the latest company of a kind that owns
 * them. Only when the sentence names no owner and nothing but the topic is offered (no collective,
 * no market, no previous deal): the salient company is then a candidate with `kindOverUnknownTopic`.
 */
import { kindFit } from "./owner-kinds.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** What the discourse says of a salient company (discourse-candidates.ts). */
interface Salient {
  name: string;
  subject: boolean;
  owner: boolean;
}

/**
 * Whether `c` takes the figure from a topic whose kind says nothing of it: the topic's kind neither
 * owns nor seldom owns the metric, `c`'s kind owns it, `c` is the latest such company named, and the
 * discourse made it a subject or the owner of a figure. `latestOfKind`: the latest company named
 * before the sentence whose kind owns such figures.
 */
export function overUnknownTopic(
  r: DocumentReading,
  s: SentenceReading,
  c: Salient,
  f: FigureReading,
  latestOfKind: () => string | undefined,
): boolean {
  const topic = s.local;
  const { metric } = f.candidate;
  if (!topic || c.name === topic || topic.includes("+") || !(c.subject || c.owner)) return false;
  if (kindFit(r.gazetteer, topic, metric) !== null || kindFit(r.gazetteer, c.name, metric) !== "fits")
    return false;
  return latestOfKind() === c.name;
}
