import assert from "node:assert/strict";
import { test } from "node:test";
import { dateFromMetadata, inferPublicationDate, parseGivenDate } from "./dates.js";

const inferred = (text: string) => inferPublicationDate(text)?.date ?? null;

test("explicit dates, French and English, to the precision given", () => {
  assert.equal(inferred("En novembre 2025, le groupe poursuit ses annonces."), "2025-11");
  assert.equal(inferred("Le conseil s'est réuni le 3 février 2026 à Paris."), "2026-02-03");
  assert.equal(inferred("Le 1er mars 2024, l'usine a ouvert."), "2024-03-01");
  assert.equal(inferred("The board met on November 5, 2025 in San Francisco."), "2025-11-05");
  assert.equal(inferred("The filing, dated 2025-11-05, shows the loss."), "2025-11-05");
  assert.equal(inferred("The filing is dated 5 November 2025."), "2025-11-05");
});

test("otherwise the latest year mentioned as past", () => {
  assert.equal(inferred("Les revenus ont atteint 2 milliards de dollars fin 2023."), "2023");
  assert.equal(
    inferred("En 2025, le laboratoire a généré 9 milliards de revenus. Il a été fondé en 2015."),
    "2025",
  );
  assert.equal(inferred("Revenue reached $3bn in 2024, after the company was founded in 2015."), "2024");
});

test("future years are never publication dates", () => {
  assert.equal(inferred("Le groupe vise la rentabilité d'ici 2030."), null);
  assert.equal(inferred("The company expects positive cash flow by 2029."), null);
  assert.equal(inferred("Les lunettes ne seront pas commercialisées avant 2028."), null);
  assert.equal(inferred("La sortie est prévue au plus tôt en février 2027."), null);
  assert.equal(inferred("L'objectif serait de doubler les ventes en 2026."), null);
  assert.equal(inferred("Sales will double in 2027."), null);
  assert.equal(
    inferred(
      "En 2024, la société a perdu 5 milliards. Elle prévoit de devenir rentable d'ici 2029 et dépassera 100 milliards en 2030.",
    ),
    "2024",
  );
});

test("the most precise date of the latest year wins", () => {
  assert.equal(inferred("In 2025 revenue grew. On October 6, 2025 the company signed a deal."), "2025-10-06");
  assert.equal(
    inferred("En septembre 2024, la société a levé des fonds. En 2025, elle a signé un accord."),
    "2025",
  );
});

test("figures that look like years are not years", () => {
  assert.equal(inferred("La société a dépensé 2025 millions de dollars."), null);
  assert.equal(inferred("Il a levé 7 000 milliards et 2 030 dollars."), null);
  assert.equal(inferred("The margin was 2024.5 basis points."), null);
});

test("given dates are YYYY, YYYY-MM or YYYY-MM-DD", () => {
  assert.equal(parseGivenDate("2025"), "2025");
  assert.equal(parseGivenDate(" 2025-11 "), "2025-11");
  assert.equal(parseGivenDate("2025-11-05"), "2025-11-05");
  assert.equal(parseGivenDate("2025-13"), null);
  assert.equal(parseGivenDate("5/11/2025"), null);
  assert.equal(parseGivenDate("yesterday"), null);
});

test("metadata timestamps keep their date part", () => {
  assert.equal(dateFromMetadata("2025-11-05T10:00:00+01:00"), "2025-11-05");
  assert.equal(dateFromMetadata("2025-11-05 10:00"), "2025-11-05");
  assert.equal(dateFromMetadata("2024"), "2024");
  assert.equal(dateFromMetadata("February 20, 2024"), "2024-02-20");
  assert.equal(dateFromMetadata("not a date"), null);
});

test("contract ends, maturities, fiscal-year labels and 'dès' are not publication dates", () => {
  assert.equal(
    inferred(
      "In September 2025 the company signed a lease that runs to April 2032 and priced notes due 2030.",
    ),
    "2025-09",
  );
  assert.equal(inferred("En octobre 2025, Nvidia a publié les ventes de son exercice 2026."), "2025-10");
  assert.equal(inferred("En mars 2025, la société a relevé ses prévisions dès 2027."), "2025-03");
  assert.equal(
    inferred(
      "Last week, in October 2025, AMD agreed to a deal, with racks going live in the second half of 2026.",
    ),
    "2025-10",
  );
});

test("an inferred date says how it was found: a month is medium confidence, a year alone low", () => {
  const month = inferPublicationDate("En novembre 2025, la société a annoncé un accord. Elle vise 2030.");
  assert.equal(month?.confidence, "medium");
  assert.match(month?.evidence ?? "", /'novembre 2025'/);
  const year = inferPublicationDate("En 2025, OpenAI a généré 13,1 milliards de dollars.");
  assert.deepEqual([year?.date, year?.confidence], ["2025", "low"]);
  assert.match(year?.evidence ?? "", /a year alone/);
});
