import type { TimeMention } from "./periods.js";

/** The month (1-12) a season ends in; winter ends in February of the year after its December. */
const SEASON_END: Record<string, number> = {
  printemps: 5,
  spring: 5,
  été: 8,
  summer: 8,
  automne: 11,
  autumn: 11,
  fall: 11,
  hiver: 2,
  winter: 2,
};

type Season = Omit<TimeMention, "start" | "end">;
interface PublishedMonth {
  year: number;
  month: number | null;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The three months of a season ending at month index `end` (year * 12 + month - 1). */
function seasonEndingAt(end: number, note: string): Season {
  const year = Math.floor(end / 12);
  const month = (end % 12) + 1;
  const start = end - 2;
  return {
    flow: {
      start: `${Math.floor(start / 12)}-${pad((start % 12) + 1)}-01`,
      end: `${year}-${pad(month)}-${lastDay(year, month)}`,
    },
    asOf: `${year}-${pad(month)}`,
    horizon: false,
    year,
    note,
  };
}

/**
 * Which season a report means: "last" the latest one over before publication, "next" the first one
 * not begun, "this" the one under way or coming, and a bare season, as news tells what happened,
 * the latest one begun by publication ("au printemps" in a November report is the spring gone).
 */
function resolveSeason(
  endMonth: number,
  shift: string,
  written: string | undefined,
  p: PublishedMonth | null,
) {
  if (written) return Number(written) * 12 + endMonth - 1 + (endMonth === 2 ? 12 : 0);
  if (!p || p.month === null) return null;
  const now = p.year * 12 + p.month - 1;
  const thisYears = p.year * 12 + endMonth - 1;
  const candidates = [thisYears - 12, thisYears, thisYears + 12];
  if (/last|dernier|passé/iu.test(shift)) return candidates.filter((e) => e < now).at(-1) ?? null;
  if (/next|prochain/iu.test(shift)) return candidates.find((e) => e - 2 > now) ?? null;
  if (/this|cet|ce\b/iu.test(shift)) return candidates.find((e) => e >= now && e - 2 <= now) ?? thisYears;
  return candidates.filter((e) => e - 2 <= now).at(-1) ?? null;
}

const FR_SEASON =
  /(?<![\p{L}])(cet\s+|ce\s+|l['’]|au\s+|à\s+l['’]|de\s+l['’]|dès\s+l['’]|pendant\s+l['’]|durant\s+l['’])(été|automne|hiver|printemps)(\s+(?:dernier|prochain|passé))?(?:\s+(?:de\s+)?((?:19|20)\d{2}))?(?![\p{L}])/giu;
const EN_SEASON =
  /(?<!\b(?:the|their|its|his|her|our|a)\s+)\b(last\s+|this\s+|next\s+|(?:in|during|over|by)\s+the\s+|(?:in|during)\s+(?=(?:summer|autumn|spring|winter|fall)\s+(?:of\s+)?(?:19|20)\d{2})|early\s+|late\s+)(summer|autumn|spring|winter|fall)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?(?!\s+(?:in|of)\s+(?!(?:19|20)\d{2}|(?<=\bin\s+)(?:a|an|its|their)\s))\b/giu;

/** Seasons as dates: "l'été dernier", "à l'automne", "last summer", "in the fall of 2024", "in spring 2024". */
export const SEASON_RULES: [RegExp, (m: RegExpExecArray, p: PublishedMonth | null) => Season | null][] = [
  [
    FR_SEASON,
    (m, p) => {
      const endMonth = SEASON_END[m[2]!.toLowerCase()]!;
      const end = resolveSeason(endMonth, `${m[1]}${m[3] ?? ""}`, m[4], p);
      return end === null
        ? null
        : seasonEndingAt(end, `season "${m[0].trim()}" → the three months to ${pad((end % 12) + 1)}`);
    },
  ],
  [
    EN_SEASON,
    (m, p) => {
      const endMonth = SEASON_END[m[2]!.toLowerCase()]!;
      const end = resolveSeason(endMonth, m[1]!, m[3], p);
      return end === null
        ? null
        : seasonEndingAt(end, `season "${m[0].trim()}" → the three months to ${pad((end % 12) + 1)}`);
    },
  ],
];
