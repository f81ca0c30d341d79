import type { Language } from "../../core/index.js";

export interface FormatOptions {
  /** Thousands separator; French default NBSP-free plain space, English default comma. "" for none. */
  group?: string;
  /** Most digits after the decimal mark (trailing zeros are dropped). */
  maxFractionDigits?: number;
}

/**
 * A number written in full the way a French or English text writes it, "1 234,5" or "1,234.5": the
 * writing the quantity reader reads back (tests write their figures with it). Amounts printed for
 * people go through core's formatAmount instead.
 *
 * @example
 * writeNumber(1234.5, "fr", { group: "\u202f" }) // "1 234,5"
 */
export function writeNumber(value: number, language: Language, options: FormatOptions = {}): string {
  const group = options.group ?? (language === "fr" ? " " : ",");
  const digits = options.maxFractionDigits ?? 6;
  const negative = value < 0;
  let fixed = Math.abs(value).toFixed(digits);
  if (fixed.includes(".")) fixed = fixed.replace(/0+$/, "").replace(/\.$/, "");
  const [int = "0", frac = ""] = fixed.split(".");
  let grouped = "";
  for (let k = int.length; k > 0; k -= 3) {
    const part = int.slice(Math.max(0, k - 3), k);
    grouped = grouped === "" ? part : part + group + grouped;
  }
  const mark = language === "fr" ? "," : ".";
  return (negative ? "-" : "") + grouped + (frac ? mark + frac : "");
}
