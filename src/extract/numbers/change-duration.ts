/**
 * "from $3 billion to $40 billion in 30 months", « de 2 à 9 millions d'abonnés en trois ans »: "from A
 * to B" followed by the time the change took is a path from an old value to a new one, not a range.
 */
import type { Language } from "../../core/index.js";
import { CHANGE_DURATION_AFTER } from "./lexicon.js";

/** Whether the time a change took is written right after `end` (the new value's end). */
export function changeDurationFollows(text: string, end: number, language: Language): boolean {
  return CHANGE_DURATION_AFTER[language].test(text.slice(end, end + 60));
}
