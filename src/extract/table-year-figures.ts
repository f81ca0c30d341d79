/**
 * A figure in a table that looks like a year: "CoreWeave    1915    5100" under "Company  2024  2025",
 * in a table whose scale is declared ("Revenue, $ millions"). The numbers reader leaves four-digit
 * numbers from 1900 to 2099 aside as years; in a body cell under a column headed by a period, with a
 * scale declared for the cell, such a number is the period's figure.
 */
import type { Language } from "../core/index.js";
import type { QuantityMention } from "./numbers/types.js";
import { scaleForCell } from "./table-scale.js";
import { namesPeriodOnly, type Table } from "./tables.js";

const YEAR_LIKE = /^(?:19|20)\d{2}$/u;

/** The year-like figures of one table's body cells, as quantities in the table's declared scale. */
function yearLikeFigures(text: string, language: Language, table: Table): QuantityMention[] {
  const found: QuantityMention[] = [];
  for (const row of table.rows) {
    const label = row.cells[0];
    if (!label) continue;
    row.cells.forEach((cell, column) => {
      const header = table.header.cells[column];
      if (column === 0 || !header || !namesPeriodOnly(text, header)) return;
      const written = text.slice(cell.start, cell.end);
      if (!YEAR_LIKE.test(written)) return;
      const scale = scaleForCell(text, language, table, label, header);
      if (!scale) return;
      const value = Number(written) * scale.factor;
      found.push({
        span: { start: cell.start, end: cell.end },
        numberSpan: { start: cell.start, end: cell.end },
        low: value,
        high: value,
        bound: "exact",
        unit: scale.currency,
        vague: false,
        currencyElided: scale.currency === null,
        declaredScale: "table",
        notes: [
          `scale: the table's "${scale.written}" → ×${scale.factor}; a figure under a period's column, not a year`,
        ],
      });
    });
  }
  return found;
}

/** The quantities, with the year-like figures of scaled tables added in order. */
export function withYearLikeTableFigures(
  text: string,
  language: Language,
  tables: readonly Table[],
  quantities: QuantityMention[],
): QuantityMention[] {
  const added = tables.flatMap((t) => yearLikeFigures(text, language, t));
  if (added.length === 0) return quantities;
  const fresh = added.filter(
    (a) => !quantities.some((q) => q.span.start < a.span.end && a.span.start < q.span.end),
  );
  return [...quantities, ...fresh].sort((a, b) => a.span.start - b.span.start);
}
