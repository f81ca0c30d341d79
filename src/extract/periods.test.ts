import assert from "node:assert/strict";
import { test } from "node:test";
import { findTimeMentions, periodFor } from "./periods.js";

function first(text: string, published: string | null = "2025-11") {
  const [mention] = findTimeMentions(text, published);
  assert.ok(mention, `no time expression in "${text}"`);
  return mention;
}

test("years, halves and quarters give whole-date flows", () => {
  assert.deepEqual(first("au cours du premier semestre de 2025").flow, {
    start: "2025-01-01",
    end: "2025-06-30",
  });
  assert.deepEqual(first("in H2 2024").flow, { start: "2024-07-01", end: "2024-12-31" });
  assert.deepEqual(first("au troisième trimestre 2025").flow, { start: "2025-07-01", end: "2025-09-30" });
  assert.deepEqual(first("in Q1 2026").flow, { start: "2026-01-01", end: "2026-03-31" });
  assert.deepEqual(first("en 2025").flow, { start: "2025-01-01", end: "2025-12-31" });
  assert.deepEqual(first("exercice clos le 31 janvier 2026").flow, {
    start: "2025-02-01",
    end: "2026-01-31",
  });
});

test("a quarter named by the day it ended, in French as in English, is the three months to that month", () => {
  const q3 = { start: "2025-07-01", end: "2025-09-30" };
  assert.deepEqual(first("pour le trimestre se terminant le 30 septembre", "2025-10").flow, q3);
  assert.deepEqual(first("au trimestre clos fin septembre 2025").flow, q3);
  assert.deepEqual(first("le trimestre qui s'est achevé le 30 septembre", "2025-10").flow, q3);
  assert.deepEqual(first("for the quarter ended September 30", "2025-10").flow, q3);
  // Before the month named, the quarter is last year's.
  assert.deepEqual(first("le trimestre terminé le 31 décembre", "2026-02").flow, {
    start: "2025-10-01",
    end: "2025-12-31",
  });
});

test("two years joined by a dash are the years between them, unless they write one fiscal year", () => {
  const span = { start: "2025-01-01", end: "2030-12-31" };
  assert.deepEqual(first("pour la période 2025-2030").flow, span);
  assert.deepEqual(first("under its 2025–2030 plan").flow, span);
  assert.deepEqual(first("in 2025-2026").flow, { start: "2025-01-01", end: "2025-12-31" });
});

test("levels take asOf: 'fin 2023', end of this year", () => {
  assert.equal(first("fin 2023").asOf, "2023-12");
  assert.equal(first("at the end of 2025").asOf, "2025-12");
  assert.equal(first("d'ici la fin de l'année").asOf, "2025-12-31");
});

test("horizons: by 2030 is cumulative for spending, a year for yearly flows", () => {
  const by = first("d'ici 2030");
  assert.deepEqual(periodFor("compute_spending_target", true, by), { start: null, end: "2030-12-31" });
  assert.deepEqual(periodFor("revenue", true, by), { start: "2030-01-01", end: "2030-12-31" });
  assert.deepEqual(first("au cours des huit prochaines années").flow, { start: "2025-11", end: "2033-11" });
  assert.deepEqual(first("over the next five years", "2026-01-15").flow, {
    start: "2026-01",
    end: "2031-01",
  });
  assert.deepEqual(first("au cours de la prochaine décennie", "2025-10").flow, {
    start: "2025-10",
    end: "2035-10",
  });
});

test("relative dates resolve against publication, or stay open without it", () => {
  assert.equal(first("en octobre", "2026-02").asOf, "2025-10");
  assert.equal(first("en septembre dernier", "2026-02").asOf, "2025-09");
  assert.equal(first("en janvier dernier", "2026-02").asOf, "2026-01");
  assert.equal(first("l'année dernière", "2026-02").year, 2025);
  assert.equal(first("last year", "2024-03").year, 2023);
  assert.equal(first("cette année", "2025-11").year, 2025);
  const open = first("en octobre", null);
  assert.equal(open.asOf, null);
  assert.equal(open.unresolved, true);
});

test("every date counted from publication stays open without it, a horizon or not (FR, EN)", () => {
  for (const [text, horizon] of [
    ["in October", false],
    ["over the next five years", true],
    ["l'année dernière", false],
    ["d'ici la fin de l'année", true],
  ] as const) {
    const open = first(text, null);
    assert.deepEqual(
      [open.flow, open.asOf, open.horizon, open.year, open.unresolved],
      [null, null, horizon, null, true],
      text,
    );
    assert.match(open.note, /without a publication date: left open$/u, text);
  }
});

test("figures that are not years are not read as years", () => {
  assert.equal(findTimeMentions("5 000 milliards de dollars, 1 000 milliards", "2025").length, 0);
  assert.equal(findTimeMentions("Fortune 500", "2025").length, 0);
});

test("quarters named without a year, 'the quarter', 'first-half' and 'a five-year agreement'", () => {
  const at = (text: string, published: string) =>
    findTimeMentions(text, published, 0).map((t) => ({ flow: t.flow, asOf: t.asOf }));
  assert.deepEqual(at("in the fourth quarter", "2026-02-20")[0]?.flow, {
    start: "2025-10-01",
    end: "2025-12-31",
  });
  assert.deepEqual(at("third-quarter outlays", "2025-10-31")[0]?.flow, {
    start: "2025-07-01",
    end: "2025-09-30",
  });
  assert.deepEqual(at("the net loss in the quarter", "2025-11-11")[0]?.flow, {
    start: "2025-07-01",
    end: "2025-09-30",
  });
  assert.deepEqual(at("first-half losses", "2025-10-15")[0]?.flow, {
    start: "2025-01-01",
    end: "2025-06-30",
  });
  assert.deepEqual(at("a five-year, $11.9 billion agreement", "2025-03-11")[0]?.flow, {
    start: "2025-03",
    end: "2030-03",
  });
});

test("'last month', 'le mois dernier' and 'at the start of 2025'", () => {
  const first = (text: string, published: string) => findTimeMentions(text, published, 0)[0];
  assert.equal(first("agreed last month to invest", "2025-12-10")?.asOf, "2025-11");
  assert.equal(first("le mois dernier", "2026-01-08")?.asOf, "2025-12");
  assert.equal(first("at the start of 2025", "2025-12-10")?.asOf, "2025-01");
});

test("fiscal years written FY26, FY2026, fiscal 2026, exercice 2025-26 give their year; a quarter of one does not", () => {
  for (const text of ["$18 billion in FY2026", "in FY26", "in FY '26", "for fiscal 2026", "fiscal year 2026"])
    assert.equal(first(text).year, 2026, text);
  assert.equal(first("sur l'exercice 2025-26").year, 2026);
  assert.equal(first("pour l'exercice 2026").year, 2026);
  const quarter = findTimeMentions("au troisième trimestre de son exercice 2026", "2025-11");
  assert.ok(!quarter.some((m) => m.note.startsWith("fiscal year")), JSON.stringify(quarter));
  assert.ok(!findTimeMentions("in Q3 FY26", "2025-11").some((m) => m.note.startsWith("fiscal year")));
});

test("a quarter named by the month it ends in: 'the September quarter', 'le trimestre clos fin juin'", () => {
  assert.deepEqual(first("spending in the September quarter", "2025-10-30").flow, {
    start: "2025-07-01",
    end: "2025-09-30",
  });
  assert.deepEqual(first("its December-quarter revenue", "2025-10-30").flow, {
    start: "2024-10-01",
    end: "2024-12-31",
  });
  assert.deepEqual(first("le trimestre clos fin juin", "2025-08-05").flow, {
    start: "2025-04-01",
    end: "2025-06-30",
  });
  assert.deepEqual(first("au trimestre clos le 31 mars 2026", "2026-05-05").flow, {
    start: "2026-01-01",
    end: "2026-03-31",
  });
});

test("'for the year' in a forecast is the publication year; 'a year earlier' is not matched by it", () => {
  assert.equal(first("cut its spending guidance for the year to $12 billion", "2025-11-10").year, 2025);
  assert.equal(first("its budget for the full year", "2025-10-16").year, 2025);
  assert.ok(
    !findTimeMentions("the best result for the year-end rally", "2025-11").some((m) => m.year === 2025),
  );
});

test("a fiscal year whose end month the text gives: 'which ends in May 2026', 'qui s'achèvera en mai'", () => {
  const may = first("in the current fiscal year, which ends in May 2026", "2025-09-10");
  assert.ok(may.note.includes("2026-05"), may.note);
  assert.deepEqual(first("in the current fiscal year, which ends on May 31, 2027", "2025-09-10").flow, {
    start: "2026-06-01",
    end: "2027-05-31",
  });
  assert.deepEqual(may.flow, {
    start: "2025-06-01",
    end: "2026-05-31",
  });
  assert.deepEqual(first("pour l'ensemble de l'exercice, qui s'achèvera en mai", "2025-12-11").flow, {
    start: "2025-06-01",
    end: "2026-05-31",
  });
  assert.deepEqual(first("this fiscal year, which ends in June", "2025-05-02").flow, {
    start: "2024-07-01",
    end: "2025-06-30",
  });
});

test("a quarter named by 'last quarter', 'a $9 billion quarter', 'le trimestre dernier' is the last completed", () => {
  const flow = (text: string, published: string) => findTimeMentions(text, published, 0)[0]?.flow;
  const q3 = { start: "2025-07-01", end: "2025-09-30" };
  assert.deepEqual(flow("the group spent $9 billion last quarter", "2025-10-28"), q3);
  assert.deepEqual(flow("it booked a record $9 billion quarter of outlays", "2025-10-28"), q3);
  assert.deepEqual(flow("le groupe a dépensé 8 milliards le trimestre dernier", "2025-10-28"), q3);
  assert.deepEqual(flow("ses ventes ont doublé au cours du trimestre", "2025-10-28"), q3);
  assert.deepEqual(flow("in its most recent quarter the group spent $9 billion", "2025-10-28"), q3);
  assert.deepEqual(flow("during their latest quarter, outlays doubled", "2025-10-28"), q3);
  assert.deepEqual(
    flow("au cours de son dernier trimestre, le groupe a dépensé 8 milliards", "2025-10-28"),
    q3,
  );
  // A quarter given its year, or a quarter century, is not the last completed quarter.
  assert.equal(findTimeMentions("in the last quarter of 2024", "2025-10-28")[0]?.flow?.start, "2024-01-01");
  assert.equal(findTimeMentions("$9 billion over the past quarter century", "2025-10-28").length, 0);
});

test("a month named as over, or as an event's, with no year is the latest such by publication", () => {
  assert.equal(first("Anthropic ended June with a run rate", "2026-02").asOf, "2025-06");
  assert.equal(first("Anthropic a terminé juin avec", "2026-02").asOf, "2025-06");
  assert.equal(first("the round closed at the end of December", "2024-03").asOf, "2023-12");
  assert.equal(first("after its December raise", "2024-01").asOf, "2023-12");
  assert.equal(first("lors de la levée de décembre", "2024-01").asOf, "2023-12");
});

test("months ago are counted back from publication, but not a comparison's base", () => {
  assert.equal(first("three months ago", "2024-02").asOf, "2023-11");
  assert.equal(first("il y a trois mois", "2024-02").asOf, "2023-11");
  assert.equal(findTimeMentions("plus du double de sa valeur d'il y a quinze mois", "2025-09").length, 0);
});

test("a half with no year is the publication year's, marked as written without one", () => {
  assert.deepEqual(first("au second semestre", "2026-03").flow, { start: "2026-07-01", end: "2026-12-31" });
  assert.deepEqual(first("in the first half", "2026-03").flow, { start: "2026-01-01", end: "2026-06-30" });
  assert.equal(first("in the first half", "2026-03").yearless, true);
});

test("a month of last or next year is that month of the year named, in French as in English", () => {
  assert.equal(first("in January last year", "2024-01").asOf, "2023-01");
  assert.equal(first("en mars de l'an dernier", "2025-11").asOf, "2024-03");
  assert.equal(first("en juin de l'année prochaine", "2025-11").asOf, "2026-06");
  assert.equal(first("in June next year", "2025-11").asOf, "2026-06");
});

test("the end of the decade is the last year of the publication's decade (en, fr)", () => {
  for (const text of ["by the end of the decade", "d'ici la fin de la décennie"]) {
    const [mention] = findTimeMentions(text, "2024-08-13");
    assert.equal(mention?.year, 2030);
    assert.equal(mention?.flow?.end, "2030-12-31");
  }
  assert.equal(findTimeMentions("by the end of the decade", "2031-02")[0]?.year, 2040);
});

test("a month labelling a list item dates it, resolved against publication", () => {
  assert.equal(first("- December: Zenith Labs raised $2 billion.", "2026-02").asOf, "2025-12");
  assert.equal(first("• Novembre : Zenith Labs a levé 2 milliards de dollars.", "2026-02").asOf, "2025-11");
});

test("a span between parts of two years ends with the later year", () => {
  assert.equal(first("between late 2026 and the end of 2029").year, 2029);
  assert.equal(first("from mid-2027 to 2030").year, 2030);
  assert.equal(first("entre fin 2026 et fin 2029").year, 2029);
  assert.equal(first("entre le second semestre 2026 et 2028").year, 2028);
});

test("a year said to have ended is the one before publication", () => {
  assert.equal(first("we ended the year with 3 gigawatts", "2026-02").year, 2025);
  assert.equal(first("la société a clôturé l'année avec 900 MW", "2026-03").year, 2025);
  assert.equal(first("closed the year at", "2025-12").year, 2025);
});

test("a span from a quarter of one year to the end of another ends with the later year", () => {
  assert.equal(first("between the third quarter of 2026 and the end of 2027").year, 2027);
  assert.equal(first("entre le troisième trimestre 2026 et fin 2028").year, 2028);
  assert.equal(first("nous avons terminé l'année avec", "2026-02").year, 2025);
});
