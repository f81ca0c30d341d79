import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkQuantities as check } from "../../../test/support/quantities.js";
import { findQuantities } from "./find-quantities.js";

describe("findQuantities — ranges written with both ends in full", () => {
  it("joins '$A billion to $B billion' when the ends share unit and scale and rise", () => {
    const [guidance] = findQuantities("revenue of $5.05 billion to $5.15 billion this year", "en");
    assert.deepEqual([guidance?.low, guidance?.high, guidance?.bound], [5.05e9, 5.15e9, "range"]);
    const [fr] = findQuantities("entre-temps, 5 milliards de dollars à 6 milliards de dollars", "fr");
    assert.deepEqual([fr?.low, fr?.high, fr?.bound], [5e9, 6e9, "range"]);
  });

  it("joins '$A to $B billion': the low end with its currency and no scale takes the high end's", () => {
    const [capex] = findQuantities("capex of $50 to $60 billion in 2030", "en");
    assert.deepEqual([capex?.low, capex?.high, capex?.bound, capex?.unit], [50e9, 60e9, "range", "USD"]);
    const [euros] = findQuantities("between €5 to €6bn", "en");
    assert.deepEqual([euros?.low, euros?.high, euros?.unit], [5e9, 6e9, "EUR"]);
    // a low end far below the high one once scaled alike is a figure of its own
    assert.equal(findQuantities("$500 to $60 billion", "en").length, 2);
  });

  it("joins ends written in different scales when the second is above the first and at most twice it", () => {
    check("en", "guidance of $900 million to $1.1 billion", [
      "$900 million to $1.1 billion",
      9e8,
      1.1e9,
      "range",
      "USD",
    ]);
    check("en", "approximately 800 megawatts to 1 gigawatt", [
      "approximately 800 megawatts to 1 gigawatt",
      0.8,
      1,
      "range",
      "GW",
    ]);
    check("fr", "environ 800 mégawatts à 1 gigawatt", [
      "environ 800 mégawatts à 1 gigawatt",
      0.8,
      1,
      "range",
      "GW",
    ]);
  });

  it("keeps two figures when the second is smaller or in another unit", () => {
    assert.equal(findQuantities("$60 billion to $50 billion", "en").length, 2);
    assert.equal(findQuantities("it rose 30% to $5 billion", "en").length, 2);
    assert.equal(findQuantities("from 400 megawatts to 1 gigawatt", "en").length, 1);
    assert.equal(findQuantities("it grew 400 megawatts to 1 gigawatt", "en").length, 2);
  });

  it("reads a '-plus' suffix as a lower bound", () => {
    const [years] = findQuantities("a 5-plus year deal", "en");
    assert.deepEqual([years?.low, years?.high, years?.bound], [5, null, "at_least"]);
  });
});

describe("a number that numbers a name opens no range", () => {
  it("'Colossus 2 to 1 GW', 'Colossus 2 à 1 GW' are one figure, 1 GW (EN, FR)", () => {
    for (const [text, language] of [
      ["xAI plans to bring Colossus 2 to 1 GW.", "en"],
      ["xAI veut porter Colossus 2 à 1 GW.", "fr"],
    ] as const) {
      const found = findQuantities(text, language);
      assert.deepEqual(
        found.map((q) => [q.low, q.high, q.unit]),
        [[1, 1, "GW"]],
      );
    }
  });

  it("a capitalized word opening the sentence still leads a range: 'About 5 to 6 GW'", () => {
    assert.deepEqual(
      findQuantities("About 5 to 6 GW.", "en").map((q) => [q.low, q.high]),
      [[5, 6]],
    );
  });
});

describe("findQuantities — a multiplied amount 'from A to B' is an old value and a new one", () => {
  it("reads 'tripled … from A to B', « a doublé … de A à B » as two figures, not a range", () => {
    for (const [text, language] of [
      ["Nebius tripled its contracted power from 0.7 gigawatts to 2.1 gigawatts.", "en"],
      ["CoreWeave doubled its backlog from $30 billion to $60 billion in a year.", "en"],
      ["Nebius a triplé sa puissance sous contrat de 0,7 gigawatt à 2,1 gigawatts.", "fr"],
      [
        "CoreWeave a doublé son carnet de commandes de 30 milliards de dollars à 60 milliards de dollars.",
        "fr",
      ],
    ] as const) {
      const found = findQuantities(text, language);
      assert.equal(found.length, 2, text);
      assert.ok(
        found.every((q) => q.bound === "exact"),
        text,
      );
      assert.equal(found[0]?.changedFrom, true, text);
    }
    const [range] = findQuantities("Nebius expects from 0.7 to 2.1 gigawatts of contracted power.", "en");
    assert.equal(range?.bound, "range");
  });

  it("never joins a percentage to an amount with a scale word: a rate and the amount it reaches", () => {
    const found = findQuantities("la branche a progressé de 4 % à 13,8 milliards", "fr");
    assert.deepEqual(
      found.map((q) => [q.low, q.bound]),
      [
        [0.04, "exact"],
        [13.8e9, "exact"],
      ],
    );
  });
});

describe("two neighbouring figures offered as one estimate: 'A or B', « A ou B »", () => {
  it("reads 'A or B' as a range, the scale and unit written once shared by both ends (EN, FR)", () => {
    check("en", "bookings of about $41 or $42 billion", [
      "about $41 or $42 billion",
      41e9,
      42e9,
      "range",
      "USD",
    ]);
    check("en", "a site of 3 or 4 gigawatts", ["3 or 4 gigawatts", 3, 4, "range", "GW"]);
    check("fr", "un campus de 2 ou 3 gigawatts", ["2 ou 3 gigawatts", 2, 3, "range", "GW"]);
    check("fr", "une croissance de 10 ou 12 %", ["10 ou 12 %", 0.1, 0.12, "range", "fraction"]);
    check("fr", "entre-temps 55 ou 60 milliards d'euros", [
      "55 ou 60 milliards d'euros",
      55e9,
      60e9,
      "range",
      "EUR",
    ]);
  });

  it("near misses: far-apart figures, other units, years and bare counts stay apart", () => {
    assert.equal(findQuantities("$1 billion or $10 billion", "en").length, 2);
    assert.equal(findQuantities("$5 billion or 3% of revenue", "en").length, 2);
    assert.equal(findQuantities("5 milliards de dollars ou 3 % du chiffre d'affaires", "fr").length, 2);
    assert.equal(findQuantities("in 2026 or 2027", "en").length, 0);
    assert.equal(findQuantities("two or three deals", "en").length, 2);
    check("en", "$10 billion or more", ["$10 billion or more", 10e9, null, "at_least", "USD"]);
  });
});

describe("decimal ranges joined by a dash are not phone numbers", () => {
  it("reads 'NN.NN-NN.NN' with a scale as a range (EN), and 'NN,NN-NN,NN' (FR)", () => {
    check("en", "sales of $48.20-51.80 bln", ["$48.20-51.80 bln", 48.2e9, 51.8e9, "range", "USD"]);
    check("en", "revenue of $12.50-13.00 billion", ["$12.50-13.00 billion", 12.5e9, 13e9, "range", "USD"]);
    check("fr", "entre 21,40-22,60 milliards d'euros", [
      "21,40-22,60 milliards d'euros",
      21.4e9,
      22.6e9,
      "range",
      "EUR",
    ]);
  });

  it("a phone number with one separator throughout is still no quantity", () => {
    check("fr", "au 01.23.45.67.89 ou au 01-23-45-67-89");
    check("en", "call 01 23 45 67 89");
  });
});

describe("findQuantities — a range's second end cut short", () => {
  it("reads no range when the second end is below the first even in its scale", () => {
    for (const [text, lang] of [
      ["un chiffre d'affaires compris entre 41,2 milliards et 4", "fr"],
      ["des revenus entre 12 milliards de dollars et 3", "fr"],
      ["revenue between $40 billion and 4", "en"],
      ["a budget of between 900 million and 2", "en"],
    ] as const) {
      const ranges = findQuantities(text, lang).filter((q) => q.bound === "range");
      assert.deepEqual(ranges, [], text);
    }
  });

  it("keeps a range whose second end is above the first once scaled (near misses)", () => {
    const [fr] = findQuantities("entre 41,2 milliards et 44 milliards de dollars", "fr");
    assert.deepEqual([fr?.low, fr?.high, fr?.bound], [41.2e9, 44e9, "range"]);
    const [en] = findQuantities("between $50 billion and 55", "en");
    assert.deepEqual([en?.low, en?.high, en?.bound], [50e9, 55e9, "range"]);
    const [rev] = findQuantities("entre 60 et 50 milliards", "fr");
    assert.deepEqual([rev?.low, rev?.high], [5e10, 6e10]);
  });
});
