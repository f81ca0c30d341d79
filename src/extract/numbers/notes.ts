/**
 * The notes a quantity carries (QuantityMention.notes): why a value, bound or unit was chosen.
 * Claim assembly copies them into a claim's explanation and filters on the stable prefixes
 * ("bare count", "vague", "currency elided").
 */
export const numberNotes = {
  bareCount: () => "bare count: no scale and no unit",
  currencyElided: () => "currency elided: a scale without a unit (the sentence may name the currency)",
  calqueTrillion: () => "'trillion' read as the English calque 10^12: currency amount, 10^18 implausible",
  properTrillion: () => "'trillion' read as the French 10^18: not a currency amount",
  misspelledScale: (word: string, meant: string) =>
    `scale word '${word}' read as '${meant}' (one letter off)`,
  longScaleBillion: () => "French 'billion' read as the long scale 10^12",
  megawatts: () => "MW converted to GW (÷ 1000)",
  percent: () => "percent read as a fraction (÷ 100)",
  hedge: (words: string, bound: string) => `hedge '${words}' → ${bound}`,
  listHedge: (words: string) => `the hedge '${words}' before the list's first figure bounds this one too`,
  range: (connector: string) => `range written with '${connector}'`,
  changedFrom: () => "the old value of a change 'from A to B', not a range's low end",
  rangeReversed: () => "range_reversed: the ends were written high to low and are swapped",
  rangeEqual: () => "range with equal ends read as an exact value",
  sharedScale: () => "scale of the upper end applies to the lower end",
  sharedUnit: () => "unit written once applies to both ends",
  listScale: () => "scale and unit of the next figure of the list apply to this one ('5 et 10 milliards')",
  listHeadScale: () =>
    "scale and unit of the list's first figure apply to this one ('200 milliards pour A, 185 pour B')",
  scaleFraction: (words: string) => `'${words}' multiplies the scale word after it`,
  definiteScale: (words: string) => `'${words}' read as one of the scale, a threshold`,
  chipNoun: (noun: string) => `counts the '${noun}' named after the number`,
  chipCount: (words: string) => `counts the chips '${words}' names before the number`,
  margin: (words: string) => `'${words}' around the figure → range`,
  vague: (words: string, low: number, high: number) =>
    `vague amount '${words}' → order of magnitude [${low.toExponential(0)}, ${high.toExponential(0)}]`,
  otherDecimalMark: (mark: string) => `decimal mark '${mark}' of the other convention, unambiguous here`,
  multiple: () => "multiple of a base (x)",
  signed: (sign: string) => `signed value ('${sign}')`,
} as const;
