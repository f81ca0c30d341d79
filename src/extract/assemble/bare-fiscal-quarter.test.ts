import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** "entity start..end" of each claim of `text`, the period read as a calendar span. */
function spans(text: string, language: "fr" | "en", published: string): string[] {
  return extractClaims({ text, language, published, document: "probe.txt" }).claims.map((c) =>
    c.period && "start" in c.period ? `${c.entity} ${c.period.start}..${c.period.end}` : `${c.entity} none`,
  );
}

describe("a bare quarter of a company whose fiscal year does not end in December", () => {
  it("is the fiscal quarter when only that one had ended by publication (en, fiscal year ending in June)", () => {
    assert.deepEqual(spans("Microsoft's revenue for Q1 2026 climbed to $69.4 billion.", "en", "2025-10-30"), [
      "Microsoft 2025-07-01..2025-09-30",
    ]);
  });

  it("is the fiscal quarter with the quarter before the metric (en, fiscal year ending in January)", () => {
    assert.deepEqual(spans("Nvidia posted Q2 2026 revenue of $38.2 billion.", "en", "2025-09-10"), [
      "Nvidia 2025-05-01..2025-07-31",
    ]);
  });

  it("is the fiscal quarter in French, « au T1 2026 » (fiscal year ending in May)", () => {
    assert.deepEqual(
      spans(
        "Le chiffre d'affaires cloud d'Oracle au T1 2026 a atteint 6,1 milliards de dollars.",
        "fr",
        "2025-10-01",
      ),
      ["Oracle 2025-06-01..2025-08-31"],
    );
  });

  it("stays the calendar quarter in a clause looking ahead (near miss)", () => {
    assert.deepEqual(spans("Microsoft's revenue will reach $80 billion in Q1 2026.", "en", "2025-10-30"), [
      "Microsoft 2026-01-01..2026-03-31",
    ]);
    assert.deepEqual(
      spans(
        "Microsoft prévoit un chiffre d'affaires de 80 milliards de dollars au T1 2026.",
        "fr",
        "2025-10-30",
      ),
      ["Microsoft 2026-01-01..2026-03-31"],
    );
  });

  it("stays the calendar quarter for a calendar-year company (near miss)", () => {
    assert.deepEqual(spans("Alphabet's revenue for Q3 2025 climbed to $91 billion.", "en", "2025-10-30"), [
      "Alphabet 2025-07-01..2025-09-30",
    ]);
  });

  it('reads the quarter written out the same way: « deuxième trimestre 2026 », "second quarter of 2026"', () => {
    assert.deepEqual(
      spans(
        "Au deuxième trimestre 2026, les ventes de Nvidia ont atteint 38,2 milliards de dollars.",
        "fr",
        "2025-08-28",
      ),
      ["Nvidia 2025-05-01..2025-07-31"],
    );
    assert.deepEqual(
      spans(
        "Le chiffre d’affaires de Microsoft au premier trimestre 2026 s’est établi à 69 milliards de dollars.",
        "fr",
        "2025-10-30",
      ),
      ["Microsoft 2025-07-01..2025-09-30"],
    );
    assert.deepEqual(
      spans(
        "Oracle a dégagé un chiffre d’affaires de 12,6 milliards de dollars sur le premier trimestre de 2026.",
        "fr",
        "2025-09-20",
      ),
      ["Oracle 2025-06-01..2025-08-31"],
    );
    assert.deepEqual(
      spans("Nvidia posted revenue of $38.2 billion for the second quarter of 2026.", "en", "2025-08-28"),
      ["Nvidia 2025-05-01..2025-07-31"],
    );
    assert.deepEqual(
      spans("Nvidia posted second-quarter 2026 revenue of $38.2 billion.", "en", "2025-08-28"),
      ["Nvidia 2025-05-01..2025-07-31"],
    );
    assert.deepEqual(spans("Third quarter 2026 sales at Nvidia rose to $49 billion.", "en", "2025-11-20"), [
      "Nvidia 2025-08-01..2025-10-31",
    ]);
  });

  it("stays the calendar quarter for a schedule or a delivery, and for guidance (near misses)", () => {
    assert.deepEqual(
      spans(
        "Microsoft capex of $30 billion, with deliveries starting in the first quarter of 2026.",
        "en",
        "2025-10-30",
      ),
      ["Microsoft 2026-01-01..2026-03-31"],
    );
    assert.deepEqual(
      spans(
        "Oracle investit 5 milliards de dollars dans un campus livré dès le premier trimestre 2026.",
        "fr",
        "2025-09-20",
      ),
      ["Oracle 2026-01-01..2026-03-31"],
    );
    assert.deepEqual(
      spans("Nvidia expects revenue of $44 billion in the second quarter of 2026.", "en", "2025-08-28"),
      ["Nvidia 2026-04-01..2026-06-30"],
    );
  });

  it("stays the calendar quarter for a calendar-year company written out (near miss)", () => {
    assert.deepEqual(
      spans(
        "Alphabet a publié un chiffre d’affaires de 91 milliards de dollars au deuxième trimestre 2026.",
        "fr",
        "2025-08-28",
      ),
      ["Alphabet 2026-04-01..2026-06-30"],
    );
  });

  it("is the fiscal quarter under way or next in guidance, when the calendar quarter has not begun", () => {
    assert.deepEqual(
      spans("Nvidia expects revenue of $44 billion in the third quarter of 2026.", "en", "2025-08-28"),
      ["Nvidia 2025-08-01..2025-10-31"],
    );
    assert.deepEqual(
      spans(
        "Au troisième trimestre 2026, Nvidia prévoit des ventes de 44 milliards de dollars.",
        "fr",
        "2025-08-28",
      ),
      ["Nvidia 2025-08-01..2025-10-31"],
    );
    assert.deepEqual(spans("Microsoft will spend $30 billion of capex in Q2 2026.", "en", "2025-10-30"), [
      "Microsoft 2025-10-01..2025-12-31",
    ]);
  });

  it("stays the calendar quarter in guidance far ahead, for a calendar-year company, or for deliveries (near misses)", () => {
    assert.deepEqual(
      spans("Revenue of $3 billion is expected at Microsoft in Q4 2027.", "en", "2025-09-10"),
      ["Microsoft 2027-10-01..2027-12-31"],
    );
    assert.deepEqual(
      spans("Alphabet expects revenue of $110 billion in the first quarter of 2026.", "en", "2025-10-30"),
      ["Alphabet 2026-01-01..2026-03-31"],
    );
    assert.deepEqual(
      spans(
        "Microsoft capex of $30 billion, with deliveries starting in the second quarter of 2026.",
        "en",
        "2025-10-30",
      ),
      ["Microsoft 2026-04-01..2026-06-30"],
    );
  });
});
