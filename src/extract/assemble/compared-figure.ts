/**
 * A figure set against another for a second company: "Anthropic budgets $78 billion, against $235
 * billion for OpenAI", « contre 235 milliards pour OpenAI », « face aux 80 milliards de Microsoft ».
 * The company the compared figure is for owns it, not the subject of the clause it is set against.
 */
import { optionalHedge } from "../lexicon.js";
import type { AttachedOwner } from "./attached-owner.js";
import type { Party } from "./types.js";

/** Right before the figure: "against", "compared with", « contre », « face à », « comparé à ». */
const COMPARED_LEAD = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:against|versus|vs\.?|compared\s+(?:with|to)|contre|face\s+(?:à|aux?)|comparée?s?\s+(?:à|aux?)|par\s+rapport\s+(?:à|aux?))\s+(?:(?:les|the|ses|its)\s+)?${optionalHedge(["approx", "at_least", "up_to"])}$`,
  "iu",
);

/** After the figure, up to the company: its currency maybe, then "for", « pour », « chez », « de ». */
const FOR_COMPANY =
  /^\s*(?:(?:de\s+|d['’])\s*(?:dollars|euros)\s+)?(?:for|at|by|pour|chez|(?:de|d['’]|du)(?=\s*\p{Lu}))\s*(?:the\s+|la\s+|le\s+|l['’])?$/u;

export function comparedFigureOwner(
  text: string,
  parties: readonly Party[],
  figure: { start: number; end: number },
  floor: number,
): AttachedOwner | null {
  if (!COMPARED_LEAD.test(text.slice(Math.max(floor, figure.start - 40), figure.start))) return null;
  const owner = parties.find(
    (p) =>
      p.kind === "company" &&
      p.start >= figure.end &&
      p.start - figure.end <= 25 &&
      FOR_COMPANY.test(text.slice(figure.end, p.start)),
  );
  return owner ? { party: owner, how: `the figure compared is "${owner.surface}"'s` } : null;
}
