/**
 * Elliptical lists: "200 milliards de dollars pour Amazon, 185 pour Alphabet", "$200bn at Amazon,
 * 185 at Alphabet". Once the first item writes its scale and unit, the later items are bare numbers
 * that share them; what ties them is the parallel wording, the same preposition after each figure.
 */
import type { Language } from "../../core/index.js";
import { type Amount, isYearLike } from "./amounts.js";

/** The words that may follow each figure of such a list, introducing what the figure is for. */
const LIST_PREPOSITIONS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["pour", "chez", "à", "au", "aux", "en", "avec"]),
  en: new Set(["for", "at", "in", "from", "by", "with", "to"]),
};

/**
 * The text between the head's end and the bare number: the head's preposition and what it names
 * (a few words, no figure, no sentence end), then a comma, a semicolon or "et"/"and".
 */
const GAP = /^\s*\)?\s*(\p{L}+)\s[^\d.;:!?()\n]{1,50}?(?:,|;|\s(?:et|and)|,\s*(?:et|and))\s+$/u;

/** The word right after the bare number. */
const WORD_AFTER = /^\s+(\p{L}+)\s/u;

/** A figure that starts a parenthesis right after the head restates it ("200 milliards de dollars (169 milliards d'euros)"). */
const OPENS_ASIDE = /^\s*\(\s*(?:soit\s+|or\s+|environ\s+|about\s+)?$/u;

/** The item an elliptical list's later bare numbers take their scale and unit from. */
export class ListHead {
  private head: Amount | null = null;
  /** Where the gap to the next item starts: the head's end, or the end of an aside restating it. */
  private tail = -1;

  constructor(
    private readonly text: string,
    private readonly lang: Language,
  ) {}

  /** Notes the figure just read: one with a scale or a unit heads the list, a bare one ends it. */
  note(a: Amount, isRange: boolean): void {
    if (isRange || (!a.scale && !a.unit)) {
      this.head = null;
      return;
    }
    if (this.head && OPENS_ASIDE.test(this.text.slice(this.tail, a.start))) {
      this.tail = a.end;
      return;
    }
    this.head = a;
    this.tail = a.end;
  }

  /** Gives the bare number `a` the head's scale and unit when it is a later item of the head's list. */
  share(a: Amount): boolean {
    const head = this.head;
    if (!head || a.scale || a.unit || a.article || isYearLike(a)) return false;
    const gap = GAP.exec(this.text.slice(this.tail, a.start));
    const after = WORD_AFTER.exec(this.text.slice(a.end, a.end + 30));
    const word = gap?.[1]?.toLowerCase();
    if (!word || !LIST_PREPOSITIONS[this.lang].has(word) || after?.[1]?.toLowerCase() !== word) return false;
    a.scale = head.scale;
    a.scaleExp = head.scaleExp;
    a.unit = head.unit;
    return true;
  }
}
