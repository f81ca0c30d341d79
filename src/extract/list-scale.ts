/**
 * A list's scale written once for all its items: "Meta's capex (in billions of dollars): 2023: 28.1 ·
 * 2024: 39.2", « Chiffre d'affaires de Capgemini (en milliards d'euros) : » over « - 2023 : 22,5 ». An
 * item's figure written as digits alone takes the scale and currency its lead declares; the declaration
 * itself ("(in billions of dollars)") is no amount.
 */
import type { Language } from "../core/index.js";
import type { QuantityMention } from "./numbers/types.js";
import { declaredScale, scaledBy, type TableScale, takesDeclaredScale } from "./table-scale.js";

/** A bullet or a number opening an item's line. */
const BULLET = /^\s*(?:[-•·*–]|\d{1,2}[.)])\s+/u;

/** An item's label right before its figure: "2023:", "- 2024 :", "Q3 –", "· 2025:". */
const LABEL_BEFORE =
  /(?:^|[·•|;:]\s*)(?:[-•·*–]\s+|\d{1,2}[.)]\s+)?[^:·•|;\n\d]{0,24}(?:\d[^:·•|;\n]{0,12})?\s*(?::|\s[–—-])\s*(?:US)?[$€£]?\s*$/u;

/** How many lines above an item its lead may stand (the other items of the list in between). */
const MAX_ITEMS_ABOVE = 30;

function lineBounds(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const newline = text.indexOf("\n", at);
  return { start, end: newline < 0 ? text.length : newline };
}

/** Whether a line is an item of a list: bulleted or numbered, or a short label before a colon. */
function isItemLine(line: string): boolean {
  return BULLET.test(line) || /^\s*[^:\n]{1,30}\s*(?::|\s[–—-]\s)\s*\S/u.test(line);
}

/**
 * The words that introduce the list holding an item: what its own line says before the first item
 * (an inline list), else the line over the list's items (one blank line may stand between).
 */
function leadOf(text: string, itemLineStart: number, firstLabel: number): string | null {
  if (firstLabel > itemLineStart) return text.slice(itemLineStart, firstLabel);
  let at = itemLineStart;
  for (let k = 0; k < MAX_ITEMS_ABOVE && at > 0; k++) {
    const above = lineBounds(text, at - 1);
    let line = text.slice(above.start, above.end);
    if (line.trim() === "" && above.start > 0) {
      const further = lineBounds(text, above.start - 1);
      line = text.slice(further.start, further.end);
      return isItemLine(line) ? null : line;
    }
    if (!isItemLine(line)) return line;
    at = above.start;
  }
  return null;
}

/** The scale a figure's list declares, when the figure is an item's digits right after its label. */
function listScaleOf(text: string, language: Language, q: QuantityMention): TableScale | null {
  const line = lineBounds(text, q.span.start);
  const before = text.slice(line.start, q.span.start);
  const label = LABEL_BEFORE.exec(before);
  if (!label) return null;
  const inline = /[:]/u.exec(before);
  const firstColon = inline ? line.start + inline.index : line.start;
  // An inline list's lead is what comes before its first item's label; a line list's, the line above.
  const ownLead = text.slice(line.start, firstColon);
  const firstLabel = declaredScale(ownLead, language) ? firstColon : line.start;
  const lead = leadOf(text, line.start, firstLabel);
  return lead ? declaredScale(lead, language) : null;
}

/** A vague amount that is only a scale declared in brackets ("(in billions of dollars)"), not a figure. */
function isDeclaration(text: string, language: Language, q: QuantityMention): boolean {
  if (!q.vague) return false;
  const open = text.lastIndexOf("(", q.span.start);
  const close = text.indexOf(")", q.span.end - 1);
  if (open < 0 || close < 0 || q.span.start - open > 12 || close - q.span.end > 4) return false;
  return declaredScale(text.slice(open, close + 1), language) !== null;
}

/** The figures of `quantities`, those written as digits in a list whose lead declares a scale given it. */
export function withListScales(
  text: string,
  language: Language,
  quantities: QuantityMention[],
): QuantityMention[] {
  return quantities
    .filter((q) => !isDeclaration(text, language, q))
    .map((q) => {
      if (!takesDeclaredScale(text, q) || q.declaredScale === "table") return q;
      const scale = listScaleOf(text, language, q);
      return scale ? scaledBy(q, scale, "list") : q;
    });
}
