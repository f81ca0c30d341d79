import { h } from "../dom.js";
import type { SearchRow } from "../types.js";

/** A claim's sentence with its figure marked. */
export function sourceSentence(source: SearchRow["source"]): HTMLElement {
  if (!source) return h("span", { class: "muted" }, "source not found");
  return h("span", { class: "sentence" }, source.before, h("mark", {}, source.span), source.after);
}

/** "0.33 low" with the low mark, or "—". */
export function confidenceBadge(confidence: number | undefined, low: boolean): HTMLElement {
  if (confidence === undefined) return h("span", { class: "muted" }, "—");
  const text = confidence.toFixed(2);
  return low
    ? h("span", { class: "badge low", title: "low confidence: check against the source" }, `${text} low`)
    : h("span", { class: "badge" }, text);
}

/** A sentence as GET /api/claims/:id gives it, the span between ⟦ and ⟧, with the span marked. */
export function markedSentence(text: string): HTMLElement {
  const open = text.indexOf("⟦");
  const close = text.indexOf("⟧", open);
  if (open < 0 || close < 0) return h("span", { class: "sentence" }, text);
  return sourceSentence({
    before: text.slice(0, open),
    span: text.slice(open + 1, close),
    after: text.slice(close + 1),
  });
}
