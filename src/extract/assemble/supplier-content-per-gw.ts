import { SPENT_ON_GOODS_OF } from "../lexicon.js";
import type { FigureReading, SentenceReading } from "./types.js";

/** How far after the figure the make of the goods may stand. */
const MAKE_WITHIN = 48;

/**
 * A part of a cost per GW spent on goods of the speaker's own firm, named right after the figure
 * ("of which about $30 billion goes on Acme chips", « dont 30 milliards de dollars vont aux puces
 * Acme »): the firm's own content, so the figure stays the firm's and is no generic cost.
 */
export function spentOnGoodsOf(text: string, s: SentenceReading, f: FigureReading, firm: string): boolean {
  const end = f.q.span.end;
  return s.parties.some(
    (p) =>
      p.canonical === firm &&
      p.start >= end &&
      p.start - end <= MAKE_WITHIN &&
      SPENT_ON_GOODS_OF.test(text.slice(end, p.start)),
  );
}
