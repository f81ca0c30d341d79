/** The margin written after a figure: "$9.6 billion, plus or minus $300 million", "$4.4B (+/- $0.1B)". */
import type { Amount } from "./amounts.js";
import { RangeReader } from "./ranges.js";

export class MarginReader extends RangeReader {
  /**
   * "$9.6 billion, plus or minus $300 million", "$4.4B (+/- $0.1B)": the margin, in the figure's
   * unit. A margin in percent of an amount ("$65bn plus or minus 2%") is read with it and leaves
   * the point figure: it is no figure of its own.
   */
  marginAfter(
    i: number,
    a: Amount,
  ): { amount: Amount; end: number; words: string; relative: boolean } | null {
    let p = i;
    if (this.code(p) === 44) p++;
    p = this.skipSpaces(p);
    const opened = this.code(p) === 40;
    if (opened) p = this.skipSpaces(p + 1);
    const wordsStart = p;
    const q0 = this.marginSign(p);
    if (q0 === null) return null;
    const q = this.skipSpaces(q0);
    const rejectEnd = this.rejectEnd;
    const m = this.readAmount(q, true).amount;
    this.rejectEnd = rejectEnd;
    if (!m || !a.unit) return null;
    const relative = m.unit?.unit === "fraction" && a.unit.unit !== "fraction";
    if (m.unit && m.unit.unit !== a.unit.unit && !relative) return null;
    if (!m.unit) m.unit = a.unit;
    let end = m.end;
    if (opened) {
      const close = this.skipSpaces(end);
      if (this.code(close) !== 41) return null;
      end = close + 1;
    }
    return { amount: m, end, words: this.text.slice(wordsStart, q).trim(), relative };
  }

  /** After "±", "+/-" or "plus or minus" / "plus ou moins" at `p`, else null. */
  marginSign(p: number): number | null {
    const c = this.code(p);
    if (c === 0xb1) return p + 1;
    if (c === 43 && this.code(p + 1) === 47 && (this.code(p + 2) === 45 || this.code(p + 2) === 0x2212))
      return p + 3;
    if (c !== 0x70 && c !== 0x50) return null;
    const first = this.tokenAt(p);
    const or = this.tokenAt(first.end);
    const minus = this.tokenAt(or.end);
    if (
      first.lower !== "plus" ||
      !(or.lower === "or" || or.lower === "ou") ||
      !/^(minus|moins)$/.test(minus.lower)
    )
      return null;
    return minus.end;
  }
}
