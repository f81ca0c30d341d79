/** Month names as French and English reports write them, each defined once. */

/** Full names of each language, accented and not, in the order periods try them. */
export const MONTH_NAMES_BY_LANGUAGE = {
  fr: {
    janvier: 1,
    février: 2,
    fevrier: 2,
    mars: 3,
    avril: 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    août: 8,
    aout: 8,
    septembre: 9,
    octobre: 10,
    novembre: 11,
    décembre: 12,
    decembre: 12,
  },
  en: {
    january: 1,
    february: 2,
    march: 3,
    april: 4,
    may: 5,
    june: 6,
    july: 7,
    august: 8,
    september: 9,
    october: 10,
    november: 11,
    december: 12,
  },
} as const satisfies Record<"fr" | "en", Record<string, number>>;

/** Full names of both languages to their number. */
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  ...MONTH_NAMES_BY_LANGUAGE.fr,
  ...MONTH_NAMES_BY_LANGUAGE.en,
};

/**
 * One language's full month names as a pattern alternation, lower case or capitalised ("May" written
 * with its capital is a month, "may" a verb).
 */
export function monthAlternation(language: "fr" | "en", written: "lower" | "capitalised" = "lower"): string {
  const names = Object.keys(MONTH_NAMES_BY_LANGUAGE[language]);
  return (written === "lower" ? names : names.map((n) => n[0]!.toUpperCase() + n.slice(1))).join("|");
}

/** Days of the week, Monday first: English writes them capitalised, French in lower case. */
export const WEEKDAY_NAMES = {
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  fr: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
} as const satisfies Record<"fr" | "en", readonly string[]>;

/** Abbreviations ("Sept.", "janv."): dates in bylines and datelines use them. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  janv: 1,
  févr: 2,
  avr: 4,
  juil: 7,
  déc: 12,
};

/** Every spelling of a month, full or abbreviated, lower case, to its number. */
export const MONTHS: Readonly<Record<string, number>> = { ...MONTH_NAMES, ...MONTH_ABBREVIATIONS };
