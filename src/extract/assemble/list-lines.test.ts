import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";
import { headsListBelow, INLINE_LIST, LABELLED_LINE } from "./list-lines.js";

describe("the lines of a list of figures", () => {
  it("reads items on one line between semicolons, dots or pipes", () => {
    assert.ok(INLINE_LIST.test("2023 : 1,3 Md$ ; 2024 : 3,7 Md$"));
    assert.ok(INLINE_LIST.test("2023: $20 million; 2024: $60 million; 2025: $150 million"));
    assert.ok(INLINE_LIST.test("Q1: $4.1bn | Q2: $4.4bn"));
    // A sentence with one colon and a semicolon is no list.
    assert.ok(!INLINE_LIST.test("Revenue rose 20%; the company said it would hire"));
  });

  it("reads a label before a colon or a spaced dash as an item's", () => {
    assert.ok(LABELLED_LINE.test("2024 – $15.1bn"));
    assert.ok(LABELLED_LINE.test("Quorvia — 4 milliards de dollars"));
    assert.ok(LABELLED_LINE.test("Q3: $4.1bn"));
    // A hyphenated word is no dash between a label and its figure.
    assert.ok(!LABELLED_LINE.test("A cloud-based service grew 30% last year"));
  });

  it("takes a short line right over an item as the list's heading", () => {
    const text = "Chiffre d'affaires de Velora\n2024 : 180 M€\n";
    assert.ok(headsListBelow(text, 0, text.indexOf("\n")));
    const prose = "Velora grew fast.\n2024 : 180 M€\n";
    assert.ok(!headsListBelow(prose, 0, prose.indexOf("\n")));
  });

  it("reads items under a heading with no blank line between (FR, EN)", () => {
    assert.deepEqual(
      ownerMetricValue("Chiffre d'affaires de Scaleway\n2024 : 180 M€ ; 2025 : 260 M€\n", "fr"),
      [
        ["Scaleway", "revenue", 180e6],
        ["Scaleway", "revenue", 260e6],
      ],
    );
    assert.deepEqual(
      ownerMetricValue("Oracle capital spending\nFY2024 – $6.9 billion\nFY2025 – $21.2 billion\n", "en"),
      [
        ["Oracle", "capex", 6.9e9],
        ["Oracle", "capex", 21.2e9],
      ],
    );
    assert.deepEqual(ownerMetricValue("CoreWeave backlog\n2024 – $15.1bn\n2025 – $55.6bn\n", "en"), [
      ["CoreWeave", "compute_commitment", 15.1e9],
      ["CoreWeave", "compute_commitment", 55.6e9],
    ]);
  });

  it("lends no heading to a prose line under it (FR)", () => {
    assert.deepEqual(
      ownerMetricValue("Le chiffre d'affaires de Cohere\nCohere a embauché 300 ingénieurs en 2024.\n", "fr"),
      [],
    );
  });
});
