/**
 * A company that writes in its own voice ("At Crusoe, we build…", "Here at Nscale we…", "Chez Mistral,
 * nous…"): its later first-person figures outside quotations are its own, whatever company they name.
 */
import type { NameMention } from "../gazetteer.js";
import { CUES } from "./entity.js";
import { enclosingQuotation, FIRST_PERSON } from "./quoted-speaker.js";
import type { DocumentReading, EntityCue, FigureReading, Party, SentenceReading } from "./types.js";

/** "At", "Here at", "Chez", "Ici chez" right before the company's name, at a sentence's start. */
const AT_BEFORE_NAME = /(?:^|[.!?:]\s+|\n\s*)(?:(?:Here|Ici)\s+)?(?:[Aa]t|[Cc]hez)\s+$/u;
/** The first person right after the name: "At X, we", "Chez X, nous". */
const WE_AFTER_NAME = /^,?\s+(?:we|nous)(?![\p{L}])/u;

const voices = new WeakMap<DocumentReading, NameMention | null>();

/** The company that declares its voice in the document, or null. */
function houseVoiceOf(r: DocumentReading): NameMention | null {
  if (voices.has(r)) return voices.get(r)!;
  const { text, names } = r;
  const voice =
    names.find(
      (name) =>
        name.kind === "company" &&
        WE_AFTER_NAME.test(text.slice(name.end, name.end + 12)) &&
        AT_BEFORE_NAME.test(text.slice(Math.max(0, name.start - 16), name.start)),
    ) ?? null;
  voices.set(r, voice);
  return voice;
}

/** Cues that name the figure's owner on the figure itself or its verb: they stand in the house voice too. */
const OWNER_ON_THE_FIGURE: ReadonlySet<EntityCue> = new Set(CUES.slice(0, CUES.indexOf("verb") + 1));

/** A first-person figure after the company's "At X, we", outside any quotation, is the company's. */
export function reviseByHouseVoice(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (f.entityBy && OWNER_ON_THE_FIGURE.has(f.entityBy)) return;
  const voice = houseVoiceOf(r);
  if (!voice || voice.start > q.span.start || candidate.entity === voice.canonical) return;
  const before = r.text.slice(s.sentence.start, q.span.start);
  if (!FIRST_PERSON.test(before) || enclosingQuotation(r, q.span.start)) return;
  const party: Party = { ...voice, kind: "company", via: "name" };
  candidate.entity = voice.canonical;
  candidate.entityAt = { start: voice.start, end: voice.end };
  f.entityParty = party;
  f.entityGroup = [];
  f.rules.push(
    `entity: the document speaks as ${voice.canonical} ("at ${voice.surface}, we") → ${voice.canonical}`,
  );
}
