import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkQuantities as check } from "../../../test/support/quantities.js";
import { findQuantities, parseNumberToken } from "./find-quantities.js";
import { writeNumber } from "./write-number.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("findQuantities — French numbers", () => {
  it("reads the decimal comma and the thousands spaces (space, NBSP, narrow NBSP)", () => {
    check("fr", "4,3 milliards de dollars", ["4,3 milliards de dollars", 4.3e9, 4.3e9, "exact", "USD"]);
    for (const sep of [" ", NBSP, NNBSP]) {
      check("fr", `5${sep}000 milliards de dollars`, [
        `5${sep}000 milliards de dollars`,
        5e12,
        5e12,
        "exact",
        "USD",
      ]);
      check("fr", `1${sep}234${sep}567,5 euros`, [
        `1${sep}234${sep}567,5 euros`,
        1234567.5,
        1234567.5,
        "exact",
        "EUR",
      ]);
      check("fr", `1,4${sep}trillion de dollars`, [
        `1,4${sep}trillion de dollars`,
        1.4e12,
        1.4e12,
        "exact",
        "USD",
      ]);
    }
  });
  it("accepts the other convention when unambiguous", () => {
    check("fr", "$13.1B", ["$13.1B", 13.1e9, 13.1e9, "exact", "USD"]);
    check("fr", "1,000,000 utilisateurs", ["1,000,000 utilisateurs", 1e6, 1e6, "exact", "users"]);
  });
  it("reads spelled numbers as reports use them", () => {
    check("fr", "vingt-six gigawatts", ["vingt-six gigawatts", 26, 26, "exact", "GW"]);
    check("fr", "deux cents clients", ["deux cents clients", 200, 200, "exact", "customers"]);
    check("fr", "trois mille abonnés", ["trois mille abonnés", 3000, 3000, "exact", "subscribers"]);
    check("fr", "quatre-vingt-dix-sept utilisateurs", [
      "quatre-vingt-dix-sept utilisateurs",
      97,
      97,
      "exact",
      "users",
    ]);
    check("fr", "un million de clients", ["un million de clients", 1e6, 1e6, "exact", "customers"]);
    check("fr", "d'un milliard de dollars", ["un milliard de dollars", 1e9, 1e9, "exact", "USD"]);
  });
  it("leaves the articles un/une alone", () => {
    check("fr", "un contrat et une équipe");
  });
  it("reads scale words and compact forms", () => {
    check("fr", "mille milliards de dollars", ["mille milliards de dollars", 1e12, 1e12, "exact", "USD"]);
    check("fr", "1 000 milliards d'euros", ["1 000 milliards d'euros", 1e12, 1e12, "exact", "EUR"]);
    check("fr", "2 billions d'euros", ["2 billions d'euros", 2e12, 2e12, "exact", "EUR"]);
    check("fr", "13,1 Md$", ["13,1 Md$", 13.1e9, 13.1e9, "exact", "USD"]);
    check("fr", "1,4 T$", ["1,4 T$", 1.4e12, 1.4e12, "exact", "USD"]);
    check("fr", "20 M$", ["20 M$", 2e7, 2e7, "exact", "USD"]);
    check("fr", "5 Mds d'euros", ["5 Mds d'euros", 5e9, 5e9, "exact", "EUR"]);
    check("fr", "3 mds €", ["3 mds €", 3e9, 3e9, "exact", "EUR"]);
    check("fr", "2 Mrd USD", ["2 Mrd USD", 2e9, 2e9, "exact", "USD"]);
  });
  it("reads 'trillion' as the calque before a currency, as 10^18 otherwise", () => {
    const [money] = findQuantities("un trillion de dollars", "fr");
    assert.equal(money?.low, 1e12);
    assert.ok(money?.notes.some((n) => n.includes("calque")));
    const [atoms] = findQuantities("un trillion d'atomes", "fr");
    assert.equal(atoms?.low, 1e18);
    assert.ok(atoms?.notes.some((n) => n.includes("10^18")));
  });
  it("reads units and rates", () => {
    check("fr", "4,50 $", ["4,50 $", 4.5, 4.5, "exact", "USD"]);
    check("fr", "33 %", ["33 %", 0.33, 0.33, "exact", "fraction"]);
    check("fr", `33${NNBSP}%`, [`33${NNBSP}%`, 0.33, 0.33, "exact", "fraction"]);
    check("fr", "12 pour cent", ["12 pour cent", 0.12, 0.12, "exact", "fraction"]);
    check("fr", "750 MW", ["750 MW", 0.75, 0.75, "exact", "GW"]);
    check("fr", "1 GW par semaine", ["1 GW par semaine", 1, 1, "exact", "GW_per_week"]);
    check("fr", "9 $ par mois", ["9 $ par mois", 9, 9, "exact", "USD_per_month"]);
    check("fr", "20 $/mois", ["20 $/mois", 20, 20, "exact", "USD_per_month"]);
    check("en", "24 × 2025E sales", ["24 ×", 24, 24, "exact", "x"]);
    check("en", "£12/mo", ["£12/mo", 12, 12, "exact", "GBP_per_month"]);
    check("en", "$30 per user per month", ["$30 per user per month", 30, 30, "exact", "USD_per_month"]);
    check("en", "$45/seat/month", ["$45/seat/month", 45, 45, "exact", "USD_per_month"]);
    check("fr", "25 € par utilisateur et par mois", [
      "25 € par utilisateur et par mois",
      25,
      25,
      "exact",
      "EUR_per_month",
    ]);
    check("fr", "8 € par siège par mois", ["8 € par siège par mois", 8, 8, "exact", "EUR_per_month"]);
    // a price per head alone, or "mo" after no slash, is no monthly rate
    check("en", "$20 per seat", ["$20", 20, 20, "exact", "USD"]);
    check("en", "$5 mo", ["$5", 5, 5, "exact", "USD"]);
    check("fr", "44 dollars par action", ["44 dollars par action", 44, 44, "exact", "USD_per_share"]);
    check("fr", "3 500 puces", ["3 500 puces", 3500, 3500, "exact", "GPUs"]);
    check("fr", "160 millions d'actions", ["160 millions d'actions", 1.6e8, 1.6e8, "exact", "shares"]);
    check("fr", "25 fois le chiffre d'affaires", ["25 fois le chiffre d'affaires", 25, 25, "exact", "x"]);
    check("fr", "1,50 $ par dollar gagné", ["1,50 $ par dollar", 1.5, 1.5, "exact", "x"]);
    check("fr", "7 milliards de dollars américains", [
      "7 milliards de dollars américains",
      7e9,
      7e9,
      "exact",
      "USD",
    ]);
  });
  it("keeps a scale without a currency, with a note", () => {
    const [q] = findQuantities("un contrat cloud de 300 milliards avec Oracle", "fr");
    assert.equal(q?.unit, null);
    assert.equal(q?.low, 3e11);
    assert.ok(q?.notes.some((n) => n.startsWith("currency elided")));
    assert.equal(q?.currencyElided, true);
    const [en] = findQuantities("a 300 billion cloud contract with Oracle", "en");
    assert.equal(en?.currencyElided, true);
    const [count] = findQuantities("un parc de 300 serveurs", "fr");
    assert.equal(count?.currencyElided, false);
  });
  it("reads a scale word past an adjective written after the number", () => {
    check("fr", "les 5 autres milliards d'euros", ["5 autres milliards d'euros", 5e9, 5e9, "exact", "EUR"]);
    check("fr", "ses 10 premiers millions de dollars", [
      "10 premiers millions de dollars",
      1e7,
      1e7,
      "exact",
      "USD",
    ]);
    check("fr", "3 nouveaux milliards", ["3 nouveaux milliards", 3e9, 3e9, "exact", null]);
    // an adjective before a noun that is no scale leaves the count bare
    check("fr", "5 autres sites", ["5", 5, 5, "exact", null]);
    check("en", "the other 5 billion euros", ["5 billion euros", 5e9, 5e9, "exact", "EUR"]);
  });
  it("reads hedges before and after", () => {
    check("fr", "environ 4,3 milliards", ["environ 4,3 milliards", 4.3e9, 4.3e9, "approx", null]);
    check("fr", "près de 30 milliards", ["près de 30 milliards", 3e10, 3e10, "approx", null]);
    check("fr", "plus de 26 gigawatts", ["plus de 26 gigawatts", 26, null, "at_least", "GW"]);
    check("fr", "plus d’un trillion de dollars", [
      "plus d’un trillion de dollars",
      1e12,
      null,
      "at_least",
      "USD",
    ]);
    check("fr", "dépasser les 20 milliards", ["dépasser les 20 milliards", 2e10, null, "at_least", null]);
    check("fr", "atteindre ou dépasser les 100 milliards", [
      "atteindre ou dépasser les 100 milliards",
      1e11,
      null,
      "at_least",
      null,
    ]);
    check("fr", "pouvant dépasser 100 milliards", [
      "pouvant dépasser 100 milliards",
      1e11,
      null,
      "at_least",
      null,
    ]);
    // a threshold already passed, in the past tense, is a lower bound too
    check("fr", "a dépassé les 45 milliards", ["dépassé les 45 milliards", 4.5e10, null, "at_least", null]);
    check("fr", "dépassaient 12 millions", ["dépassaient 12 millions", 1.2e7, null, "at_least", null]);
    check("en", "sales exceeded $7 billion", ["exceeded $7 billion", 7e9, null, "at_least", "USD"]);
    check("en", "its value crossed $2 trillion", ["crossed $2 trillion", 2e12, null, "at_least", "USD"]);
    check("fr", "moins de 5 %", ["moins de 5 %", null, 0.05, "at_most", "fraction"]);
    // "pas moins de", "no less than": a floor, not a ceiling
    check("fr", "pas moins de 25 milliards de dollars", [
      "pas moins de 25 milliards de dollars",
      2.5e10,
      null,
      "at_least",
      "USD",
    ]);
    check("fr", "pas moins d’un milliard", ["pas moins d’un milliard", 1e9, null, "at_least", null]);
    check("fr", "au maximum 3 GW", ["au maximum 3 GW", null, 3, "at_most", "GW"]);
    check("fr", "jusqu’à 10 gigawatts", ["jusqu’à 10 gigawatts", null, 10, "up_to", "GW"]);
    check("fr", "pouvant atteindre 7 milliards", ["pouvant atteindre 7 milliards", null, 7e9, "up_to", null]);
    check("fr", "10 milliards de dollars ou plus", [
      "10 milliards de dollars ou plus",
      1e10,
      null,
      "at_least",
      "USD",
    ]);
    check("fr", "~5 GW", ["~5 GW", 5, 5, "approx", "GW"]);
  });
  it("reads ranges, the scale and unit written once applying to both ends", () => {
    check("fr", "entre 50 et 60 milliards de dollars", [
      "entre 50 et 60 milliards de dollars",
      5e10,
      6e10,
      "range",
      "USD",
    ]);
    check("fr", "de 10 à 20 milliards d'euros", ["de 10 à 20 milliards d'euros", 1e10, 2e10, "range", "EUR"]);
    check("fr", "200 à 300 dollars", ["200 à 300 dollars", 200, 300, "range", "USD"]);
    check("fr", "50–60 milliards", ["50–60 milliards", 5e10, 6e10, "range", null]);
    check("fr", "entre 500 millions et 1 milliard de dollars", [
      "entre 500 millions et 1 milliard de dollars",
      5e8,
      1e9,
      "range",
      "USD",
    ]);
    check("en", "guidance for 2025 to $12 billion - $14 billion", [
      "$12 billion - $14 billion",
      12e9,
      14e9,
      "range",
      "USD",
    ]);
    check("fr", "ses prévisions pour 2025 à 85 milliards de dollars", [
      "85 milliards de dollars",
      85e9,
      85e9,
      "exact",
      "USD",
    ]);
    check("fr", "entre 1800 et 2000 milliards de dollars", [
      "entre 1800 et 2000 milliards de dollars",
      1.8e12,
      2e12,
      "range",
      "USD",
    ]);
    check("en", "has raised $30bn and more than doubled its valuation", [
      "$30bn",
      3e10,
      3e10,
      "exact",
      "USD",
    ]);
    check("en", "$100 billion or more", ["$100 billion or more", 1e11, null, "at_least", "USD"]);
    check(
      "fr",
      "10 milliards de dollars et plus d'un million",
      ["10 milliards de dollars", 1e10, 1e10, "exact", "USD"],
      ["plus d'un million", 1e6, null, "at_least", null],
    );
    const [rev] = findQuantities("entre 60 et 50 milliards", "fr");
    assert.deepEqual([rev?.low, rev?.high], [5e10, 6e10]);
    assert.ok(rev?.notes.some((n) => n.startsWith("range_reversed")));
  });
  it("reads vague amounts as orders of magnitude", () => {
    const cases: [string, number, number, string | null][] = [
      ["des milliards de dollars", 1e9, 1e10, "USD"],
      ["des dizaines de milliards", 1e10, 1e11, null],
      ["des centaines de milliards", 1e11, 1e12, null],
      ["plusieurs centaines de milliards de dollars", 1e11, 1e12, "USD"],
      ["plusieurs millions de processeurs", 1e6, 1e7, "GPUs"],
      ["des accords multimilliardaires", 1e9, 1e10, null],
    ];
    for (const [text, low, high, unit] of cases) {
      const [q] = findQuantities(text, "fr");
      assert.deepEqual(
        [q?.low, q?.high, q?.bound, q?.unit, q?.vague],
        [low, high, "range", unit, true],
        text,
      );
      assert.ok(
        q?.notes.some((n) => n.startsWith("vague")),
        text,
      );
    }
  });
  it("skips dates, ordinals, names, times and phone numbers", () => {
    check(
      "fr",
      "en 2025, fin 2023, d'ici 2030, le 5 novembre 2025, T3 2025, 2025-11-05, au 3e trimestre, le 1er janvier, à 10:30, GPT-4, Claude 3.5, l'iPhone 16, Fortune 500, au 01 23 45 67 89, entre 2025 et 2030",
    );
  });
  it("keeps bare counts with a note, and 4-digit numbers followed by a scale", () => {
    const [people] = findQuantities("une équipe de plus de 200 personnes", "fr");
    assert.equal(people?.low, 200);
    assert.equal(people?.unit, null);
    assert.ok(people?.notes.some((n) => n.startsWith("bare count")));
    check("fr", "en dix fois", ["dix", 10, 10, "exact", null]);
    check("fr", "2025 milliards", ["2025 milliards", 2.025e12, 2.025e12, "exact", null]);
  });
  it("reads a French thousands point before a scale word as grouping, an English comma the same", () => {
    check("fr", "1.000 milliards de dollars", ["1.000 milliards de dollars", 1e12, 1e12, "exact", "USD"]);
    check("fr", "1.500 milliards d'euros", ["1.500 milliards d'euros", 1.5e12, 1.5e12, "exact", "EUR"]);
    check("en", "$1,000 billion", ["$1,000 billion", 1e12, 1e12, "exact", "USD"]);
    check("fr", "1.5 milliard de dollars", ["1.5 milliard de dollars", 1.5e9, 1.5e9, "exact", "USD"]);
  });
  it("reads signs on growth and moves", () => {
    check("fr", "+150 %", ["+150 %", 1.5, 1.5, "exact", "fraction"]);
    check("fr", "(−2,1 %)", ["−2,1 %", -0.021, -0.021, "exact", "fraction"]);
  });
});

describe("findQuantities — English numbers", () => {
  it("reads comma thousands and the decimal point", () => {
    check("en", "640,000 GPUs", ["640,000 GPUs", 640000, 640000, "exact", "GPUs"]);
    check("en", "$4.3 billion", ["$4.3 billion", 4.3e9, 4.3e9, "exact", "USD"]);
    check("en", "4,3 units", ["4,3", 4.3, 4.3, "exact", null]);
    check("en", `5${NBSP}000 users`, [`5${NBSP}000 users`, 5000, 5000, "exact", "users"]);
  });
  it("reads scales and compact forms", () => {
    check("en", "$13.1B", ["$13.1B", 13.1e9, 13.1e9, "exact", "USD"]);
    check("en", "$1.2T", ["$1.2T", 1.2e12, 1.2e12, "exact", "USD"]);
    check("en", "€20M", ["€20M", 2e7, 2e7, "exact", "EUR"]);
    check("en", "£5m", ["£5m", 5e6, 5e6, "exact", "GBP"]);
    check("en", "$100bn", ["$100bn", 1e11, 1e11, "exact", "USD"]);
    check("en", "3 tn dollars", ["3 tn dollars", 3e12, 3e12, "exact", "USD"]);
    check("en", "$500k", ["$500k", 5e5, 5e5, "exact", "USD"]);
    check("en", "a billion users", ["a billion users", 1e9, 1e9, "exact", "users"]);
    check("en", "one trillion dollars", ["one trillion dollars", 1e12, 1e12, "exact", "USD"]);
    check("en", "US$5 billion", ["US$5 billion", 5e9, 5e9, "exact", "USD"]);
    check("en", "USD 3 million", ["USD 3 million", 3e6, 3e6, "exact", "USD"]);
  });
  it("reads spelled numbers", () => {
    check("en", "twenty-six gigawatts", ["twenty-six gigawatts", 26, 26, "exact", "GW"]);
    check("en", "one hundred and twenty-five thousand dollars", [
      "one hundred and twenty-five thousand dollars",
      125000,
      125000,
      "exact",
      "USD",
    ]);
    check("en", "a hundred customers", ["a hundred customers", 100, 100, "exact", "customers"]);
  });
  it("reads units and rates", () => {
    check("en", "33 percent", ["33 percent", 0.33, 0.33, "exact", "fraction"]);
    check("en", "$20 a month", ["$20 a month", 20, 20, "exact", "USD_per_month"]);
    check("en", "$50 billion per GW", ["$50 billion per GW", 5e10, 5e10, "exact", "USD_per_GW"]);
    check("en", "$44 per share", ["$44 per share", 44, 44, "exact", "USD_per_share"]);
    check("en", "25x revenue", ["25x", 25, 25, "exact", "x"]);
    check("en", "800 million weekly active users", [
      "800 million weekly active users",
      8e8,
      8e8,
      "exact",
      "users",
    ]);
  });
  it("reads hedges", () => {
    check("en", "about $4.3 billion", ["about $4.3 billion", 4.3e9, 4.3e9, "approx", "USD"]);
    check("en", "more than $1 trillion", ["more than $1 trillion", 1e12, null, "at_least", "USD"]);
    check("en", "at least 26 GW", ["at least 26 GW", 26, null, "at_least", "GW"]);
    check("en", "10,000+ GPUs", ["10,000+", 10000, null, "at_least", null]);
    check("en", "less than 5%", ["less than 5%", null, 0.05, "at_most", "fraction"]);
    check("en", "no less than $25 billion", ["no less than $25 billion", 2.5e10, null, "at_least", "USD"]);
    check("en", "not fewer than 10,000 GPUs", ["not fewer than 10,000 GPUs", 1e4, null, "at_least", "GPUs"]);
    check("en", "no more than 5%", ["no more than 5%", null, 0.05, "at_most", "fraction"]);
    check("en", "up to $30 billion", ["up to $30 billion", null, 3e10, "up_to", "USD"]);
    check("en", "as many as 10 GW", ["as many as 10 GW", null, 10, "up_to", "GW"]);
    check("en", "in the region of $200bn", ["in the region of $200bn", 2e11, 2e11, "approx", "USD"]);
    check("en", "approaching $200bn", ["approaching $200bn", 2e11, 2e11, "approx", "USD"]);
    check("fr", "avoisiner 200 milliards de dollars", [
      "avoisiner 200 milliards de dollars",
      2e11,
      2e11,
      "approx",
      "USD",
    ]);
  });
  it("reads 'by $A to $B' as the size of a change and its new value, not a range", () => {
    check(
      "en",
      "rose by $2 billion to $9 billion",
      ["$2 billion", 2e9, 2e9, "exact", "USD"],
      ["$9 billion", 9e9, 9e9, "exact", "USD"],
    );
  });
  it("reads ranges", () => {
    check("en", "between $50 and $60 billion per gigawatt", [
      "between $50 and $60 billion per gigawatt",
      5e10,
      6e10,
      "range",
      "USD_per_GW",
    ]);
    check("en", "$9 million to $11 million per megawatt", [
      "$9 million to $11 million per megawatt",
      9e9,
      11e9,
      "range",
      "USD_per_GW",
    ]);
    check("fr", "entre 9 et 11 millions de dollars par mégawatt", [
      "entre 9 et 11 millions de dollars par mégawatt",
      9e9,
      11e9,
      "range",
      "USD_per_GW",
    ]);
    check("en", "$10m/MW", ["$10m/MW", 10e9, 10e9, "exact", "USD_per_GW"]);
    check("en", "$50–60bn", ["$50–60bn", 5e10, 6e10, "range", "USD"]);
    check("en", "50-60 billion dollars", ["50-60 billion dollars", 5e10, 6e10, "range", "USD"]);
    check("en", "from 10 to 20 million users", ["from 10 to 20 million users", 1e7, 2e7, "range", "users"]);
  });
  it("reads vague amounts", () => {
    const cases: [string, number, number, string | null][] = [
      ["billions of dollars", 1e9, 1e10, "USD"],
      ["tens of billions", 1e10, 1e11, null],
      ["hundreds of billions of dollars", 1e11, 1e12, "USD"],
      ["a multibillion-dollar deal", 1e9, 1e10, "USD"],
      ["several hundred billion dollars", 1e11, 1e12, "USD"],
      ["millions of users", 1e6, 1e7, "users"],
    ];
    for (const [text, low, high, unit] of cases) {
      const [q] = findQuantities(text, "en");
      assert.deepEqual([q?.low, q?.high, q?.unit, q?.vague], [low, high, unit, true], text);
    }
  });
  it("skips dates, names and times", () => {
    check(
      "en",
      "in 2025, by 2030, on November 5, 2025, in Q3 2025, GPT-4, Claude 3.5, iPhone 16 at 10:30, the 4th",
    );
  });
});

describe("parseNumberToken and writeNumber", () => {
  it("parses one number in either language", () => {
    assert.equal(parseNumberToken("1 000,5", "fr"), 1000.5);
    assert.equal(parseNumberToken("640,000", "en"), 640000);
    assert.equal(parseNumberToken("vingt-six", "fr"), 26);
    assert.equal(parseNumberToken("12 abc", "fr"), null);
  });
  it("formats the way each language writes", () => {
    assert.equal(writeNumber(1234567.5, "fr"), "1 234 567,5");
    assert.equal(writeNumber(1234567.5, "en"), "1,234,567.5");
    assert.equal(writeNumber(5000, "fr", { group: NNBSP }), `5${NNBSP}000`);
  });
});

describe("findQuantities — figures that lean on the words around them", () => {
  it("reads a power unit joined by a dash ('615-megawatt', '1.4-gigawatt')", () => {
    check(
      "en",
      "a 615-megawatt plant beside a 1.4-gigawatt campus",
      ["615-megawatt", 0.615, 0.615, "exact", "GW"],
      ["1.4-gigawatt", 1.4, 1.4, "exact", "GW"],
    );
  });

  it("reads 'un gigawatt', 'a gigawatt' as one, unless a price is given for it", () => {
    check("fr", "pourra mobiliser jusqu'à un gigawatt de systèmes", [
      "jusqu'à un gigawatt",
      null,
      1,
      "up_to",
      "GW",
    ]);
    check("en", "bringing well over a gigawatt online", ["over a gigawatt", 1, null, "at_least", "GW"]);
    check("en", "a gigawatt of new capacity every week", ["a gigawatt", 1, 1, "exact", "GW_per_week"]);
    check("fr", "un gigawatt coûte entre 50 et 60 milliards de dollars", [
      "entre 50 et 60 milliards de dollars",
      50e9,
      60e9,
      "range",
      "USD",
    ]);
    check("fr", "Le prix d'un gigawatt");
    assert.equal(findQuantities("a gigawatt costs $50 billion", "en").length, 1);
  });

  it("reads an ordinal 'first' before a power word as one gigawatt ('le premier gigawatt', 'the first gigawatt')", () => {
    check("fr", "Le premier gigawatt de puces Helix sera livré fin 2027", [
      "premier gigawatt",
      1,
      1,
      "exact",
      "GW",
    ]);
    check("fr", "la première tranche de 10 milliards de dollars", [
      "10 milliards de dollars",
      10e9,
      10e9,
      "exact",
      "USD",
    ]);
    check("fr", "au premier semestre, le premier gigawatt coûtera 40 milliards de dollars", [
      "40 milliards de dollars",
      40e9,
      40e9,
      "exact",
      "USD",
    ]);
    check("en", "the first gigawatt of Helix racks ships in late 2027", [
      "first gigawatt",
      1,
      1,
      "exact",
      "GW",
    ]);
    check("en", "the first gigawatt-scale training cluster", ["first gigawatt-scale", 1, 1, "exact", "GW"]);
    check("en", "first quarter revenue rose");
  });

  it("reads a currency's hundredth in its language ('one cent', '50 centimes'), never French 'cent'", () => {
    check("en", "at an exercise price of one cent each", ["one cent", 0.01, 0.01, "exact", "USD"]);
    check("en", "a dividend of 25 cents a share", ["25 cents a share", 0.25, 0.25, "exact", "USD_per_share"]);
    check("fr", "un dividende de 50 centimes par action", [
      "50 centimes par action",
      0.5,
      0.5,
      "exact",
      "EUR_per_share",
    ]);
    check("fr", "deux cents millions de dollars", [
      "deux cents millions de dollars",
      2e8,
      2e8,
      "exact",
      "USD",
    ]);
  });

  it("reads a number spelled in a compound adjective ('a two-billion-dollar deal', 'deux-milliards')", () => {
    check("en", "a two-billion-dollar deal", ["two-billion-dollar", 2e9, 2e9, "exact", "USD"]);
    check("en", "a twenty-five-billion-dollar plan", [
      "twenty-five-billion-dollar",
      25e9,
      25e9,
      "exact",
      "USD",
    ]);
    check("en", "a one-hundred-million-dollar round", [
      "one-hundred-million-dollar",
      1e8,
      1e8,
      "exact",
      "USD",
    ]);
    check("fr", "un chèque de deux-milliards de dollars", [
      "deux-milliards de dollars",
      2e9,
      2e9,
      "exact",
      "USD",
    ]);
  });

  it("reads the scale of a compound with its pace ('a $100 billion-a-year business')", () => {
    check("en", "a business worth more than $100 billion-a-year", [
      "more than $100 billion",
      100e9,
      null,
      "at_least",
      "USD",
    ]);
    check("en", "a $20 billion-per-year run rate", ["$20 billion", 20e9, 20e9, "exact", "USD"]);
  });

  it("reads a definite article before a lone scale word as one of that scale ('dépasser le million de puces')", () => {
    check("fr", "Le parc devrait dépasser le million de puces d'ici à la fin de l'année", [
      "dépasser le million de puces",
      1e6,
      null,
      "at_least",
      "GPUs",
    ]);
    check("fr", "la barre du milliard d'utilisateurs", [
      "milliard d'utilisateurs",
      1e9,
      1e9,
      "exact",
      "users",
    ]);
    check("fr", "le milliard promis");
    check("en", "the fleet should top more than the million GPUs by December", [
      "more than the million GPUs",
      1e6,
      null,
      "at_least",
      "GPUs",
    ]);
    check("en", "the billion promised last year");
  });

  it("reads parts of a scale word ('half a trillion', 'a quarter million', 'un demi-milliard')", () => {
    check("en", "above half a trillion dollars", [
      "above half a trillion dollars",
      5e11,
      null,
      "at_least",
      "USD",
    ]);
    check("en", "It costs a quarter million us dollars.", [
      "a quarter million us dollars",
      2.5e5,
      2.5e5,
      "exact",
      "USD",
    ]);
    check("en", "three quarters billion us dollars", [
      "three quarters billion us dollars",
      7.5e8,
      7.5e8,
      "exact",
      "USD",
    ]);
    check("fr", "un demi-milliard d'euros", ["un demi-milliard d'euros", 5e8, 5e8, "exact", "EUR"]);
    assert.equal(findQuantities("in the first half of 2025", "en").length, 0);
  });

  it("gives a bare number listed before a full amount that amount's scale and unit", () => {
    check(
      "fr",
      "qui investiront respectivement jusqu'à 5 et 10 milliards de dollars",
      ["jusqu'à 5", null, 5e9, "up_to", "USD"],
      ["10 milliards de dollars", null, 10e9, "up_to", "USD"],
    );
    check("en", "in 2024 and $10 billion", ["$10 billion", 10e9, 10e9, "exact", "USD"]);
  });

  it("gives every bare number of a comma list the scale and unit of its last item", () => {
    check(
      "fr",
      "ils engageront 12, 9 et 4 milliards d'euros",
      ["12", 12e9, 12e9, "exact", "EUR"],
      ["9", 9e9, 9e9, "exact", "EUR"],
      ["4 milliards d'euros", 4e9, 4e9, "exact", "EUR"],
    );
    check(
      "en",
      "will commit $12, $9 and $4 billion",
      ["$12", 12e9, 12e9, "exact", "USD"],
      ["$9", 9e9, 9e9, "exact", "USD"],
      ["$4 billion", 4e9, 4e9, "exact", "USD"],
    );
  });

  it("leaves a comma list whose last item has no scale, or is joined by no 'and' (near-miss)", () => {
    check(
      "en",
      "sold 12, 9 and 4 units for $3 billion",
      ["12", 12, 12, "exact", null],
      ["9", 9, 9, "exact", null],
      ["4", 4, 4, "exact", null],
      ["$3 billion", 3e9, 3e9, "exact", "USD"],
    );
    check(
      "en",
      "in 2024, 12, then $4 billion",
      ["12", 12, 12, "exact", null],
      ["$4 billion", 4e9, 4e9, "exact", "USD"],
    );
  });

  it("gives a part written before its whole the whole's scale and unit", () => {
    check(
      "fr",
      "a déjà versé 2,5 des 8 milliards d'euros promis",
      ["2,5", 2.5e9, 2.5e9, "exact", "EUR"],
      ["8 milliards d'euros", 8e9, 8e9, "exact", "EUR"],
    );
    check(
      "en",
      "has already paid 2.5 of the 8 billion dollars pledged",
      ["2.5", 2.5e9, 2.5e9, "exact", "USD"],
      ["8 billion dollars", 8e9, 8e9, "exact", "USD"],
    );
    check("fr", "3 des 10 plus grands groupes", ["3", 3, 3, "exact", null], ["10", 10, 10, "exact", null]);
  });

  it("bounds each figure of a list by the hedge written before its first item", () => {
    check(
      "en",
      "pledged up to $3 billion and $8 billion, and later $2 billion",
      ["up to $3 billion", null, 3e9, "up_to", "USD"],
      ["$8 billion", null, 8e9, "up_to", "USD"],
      ["$2 billion", 2e9, 2e9, "exact", "USD"],
    );
    check(
      "fr",
      "plus de 4 GW, 2 GW ou 1 GW selon les sites, contre 3 MW",
      ["plus de 4 GW", 4, null, "at_least", "GW"],
      ["2 GW", 2, null, "at_least", "GW"],
      ["1 GW", 1, null, "at_least", "GW"],
      ["3 MW", 0.003, 0.003, "exact", "GW"],
    );
    check(
      "en",
      "up to 40% and $6 billion",
      ["up to 40%", null, 0.4, "up_to", "fraction"],
      ["$6 billion", 6e9, 6e9, "exact", "USD"],
    );
  });

  it("reads 'plus or minus' as a range around the figure", () => {
    check("en", "about $9.6 billion, plus or minus $300 million", [
      "about $9.6 billion, plus or minus $300 million",
      9.3e9,
      9.9e9,
      "range",
      "USD",
    ]);
  });

  it("reads a bracketed or signed margin, and keeps the point when the margin is a percentage", () => {
    check("fr", "environ 12 milliards d'euros (± 1 milliard)", [
      "environ 12 milliards d'euros (± 1 milliard)",
      11e9,
      13e9,
      "range",
      "EUR",
    ]);
    check("en", "$3.1B (+/- $0.2B)", ["$3.1B (+/- $0.2B)", 2.9e9, 3.3e9, "range", "USD"]);
    check("en", "sales of $7.5bn plus or minus 3%", [
      "$7.5bn plus or minus 3%",
      7.5e9,
      7.5e9,
      "exact",
      "USD",
    ]);
  });

  it("counts chips named after the number across 'of its' and model names", () => {
    check("en", "supply 18,000 of its GB300 Grace Blackwell chips", [
      "18,000",
      18000,
      18000,
      "exact",
      "GPUs",
    ]);
    check("en", "nearly 500,000 of Amazon's own Trainium2 chips", [
      "nearly 500,000",
      5e5,
      5e5,
      "approx",
      "GPUs",
    ]);
    check("en", "up to one million of its tensor processing units", [
      "up to one million",
      null,
      1e6,
      "up_to",
      "GPUs",
    ]);
    check("fr", "jusqu'à un million de ses puces TPU", ["jusqu'à un million", null, 1e6, "up_to", "GPUs"]);
    check("en", "10,000 employees and new chips", ["10,000", 10000, 10000, "exact", null]);
  });

  it("counts chips named after adjectives of grade ('100,000 cutting-edge AI chips', '50 000 nouvelles puces')", () => {
    check("en", "sites equipped with up to 100,000 cutting-edge AI chips", [
      "up to 100,000",
      null,
      1e5,
      "up_to",
      "GPUs",
    ]);
    check("en", "it ordered 25,000 additional high-end graphics processors", [
      "25,000",
      25000,
      25000,
      "exact",
      "GPUs",
    ]);
    check("fr", "l'État achètera 50 000 nouvelles puces d'IA", [
      "50 000 nouvelles puces",
      50000,
      50000,
      "exact",
      "GPUs",
    ]);
  });

  it("counts chips named before a bare number: a chip count brought to it, a share of chips in the lead", () => {
    check("en", "Musk plans to double the site's GPU count to 200,000", [
      "200,000",
      2e5,
      2e5,
      "exact",
      "GPUs",
    ]);
    check("en", "Of the total GPUs, 104,000 are slated for Texas", [
      "104,000",
      104000,
      104000,
      "exact",
      "GPUs",
    ]);
    check("en", "Oracle raised the number of chips to 50,000 this year", [
      "50,000",
      5e4,
      5e4,
      "exact",
      "GPUs",
    ]);
    check("fr", "xAI veut porter son nombre de GPU à 200 000", ["200 000", 2e5, 2e5, "exact", "GPUs"]);
    check("fr", "Sur ces puces, 60 000 iront au Texas", ["60 000", 6e4, 6e4, "exact", "GPUs"]);
    // a chip word elsewhere in the clause counts nothing
    check("en", "the GPU maker hired 3,000 engineers", ["3,000", 3000, 3000, "exact", null]);
    check("fr", "le nombre de salariés à 3 000", ["3 000", 3000, 3000, "exact", null]);
  });
  it("counts chips named by their model alone (H100s, MI300X, GB200), never other capitalised codes", () => {
    check("en", "will deploy 350,000 of Nvidia's H100s by year end", [
      "350,000",
      350000,
      350000,
      "exact",
      "GPUs",
    ]);
    check("fr", "déploiera 350 000 H100 de Nvidia d'ici la fin de l'année", [
      "350 000",
      350000,
      350000,
      "exact",
      "GPUs",
    ]);
    check("en", "ordered 20,000 MI300X for its cloud", ["20,000", 20000, 20000, "exact", "GPUs"]);
    check("en", "ordered 20,000 A320 jets", ["20,000", 20000, 20000, "exact", null]);
    check("en", "sold 20,000 H2 tickets", ["20,000", 20000, 20000, "exact", null]);
    check("en", "it will host 8,000 Nvidia graphics cards", ["8,000", 8000, 8000, "exact", "GPUs"]);
    check("fr", "12 000 cartes graphiques", ["12 000", 12000, 12000, "exact", "GPUs"]);
  });

  it("counts as chips the units ordered right after chips were named", () => {
    check("fr", "Le groupe vend ses puces MI450. Un client en a commandé 40 000 unités.", [
      "40 000",
      40000,
      40000,
      "exact",
      "GPUs",
    ]);
    check(
      "en",
      "The lab bought 20,000 GPUs; a rival ordered 5,000 units.",
      ["20,000 GPUs", 20000, 20000, "exact", "GPUs"],
      ["5,000", 5000, 5000, "exact", "GPUs"],
    );
    check("en", "The builder sold 300 units in the new tower.", ["300", 300, 300, "exact", null]);
  });

  it("counts as chips the units of chips named after them", () => {
    check("en", "Fabrikam will obtain roughly 90,000 units of AMD's next-generation MI450 GPUs", [
      "roughly 90,000",
      90000,
      90000,
      "approx",
      "GPUs",
    ]);
    check("fr", "Fabrikam obtiendra environ 90 000 unités de processeurs MI450 d'AMD", [
      "environ 90 000",
      90000,
      90000,
      "approx",
      "GPUs",
    ]);
    check("en", "Fabrikam sold 40,000 units of its software licences", [
      "40,000",
      40000,
      40000,
      "exact",
      null,
    ]);
  });

  it("counts chips named as a compound's qualifier (accelerator engines, chip systems)", () => {
    check("en", "the cluster holds about 2 million AI accelerator engines", [
      "about 2 million",
      2e6,
      2e6,
      "approx",
      "GPUs",
    ]);
    check("en", "each hall will house up to 30,000 of AMD's Instinct AI chip systems", [
      "up to 30,000",
      null,
      30000,
      "up_to",
      "GPUs",
    ]);
    check("en", "the team filed 12 chip designs", ["12", 12, 12, "exact", null]);
    check("en", "it runs 40 accelerator programs for startups", ["40", 40, 40, "exact", null]);
  });

  it("counts chips by a count set after them, alone in its clause", () => {
    check("en", "access to advanced AMD chips, as many as 300,000, according to Bloomberg", [
      "as many as 300,000",
      null,
      300000,
      "up_to",
      "GPUs",
    ]);
    check("fr", "l'accès à des puces AMD avancées, jusqu'à 300 000, selon Bloomberg", [
      "jusqu'à 300 000",
      null,
      300000,
      "up_to",
      "GPUs",
    ]);
    check("en", "Fabrikam shipped chips, 2,000 staff were hired", ["2,000", 2000, 2000, "exact", null]);
    check("fr", "Fabrikam vend des puces, 2 000 salariés ont été embauchés", [
      "2 000",
      2000,
      2000,
      "exact",
      null,
    ]);
  });

  it("reads the currency adjective and the people counted", () => {
    check("fr", "839,25 milliards de dollars taïwanais", [
      "839,25 milliards de dollars taïwanais",
      839.25e9,
      839.25e9,
      "exact",
      "TWD",
    ]);
    check("en", "more than 300,000 businesses", [
      "more than 300,000 businesses",
      3e5,
      null,
      "at_least",
      "customers",
    ]);
    check("en", "a $1 trillion-plus shopping list", ["$1 trillion-plus", 1e12, null, "at_least", "USD"]);
  });

  it("reads the renminbi's abbreviation before or after the number, spaced or glued ('RMB 33.4 billion', 'Rmb50bn')", () => {
    check("en", "Cloud sales rose to RMB 33.4 billion last quarter.", [
      "RMB 33.4 billion",
      33.4e9,
      33.4e9,
      "exact",
      "CNY",
    ]);
    check(
      "en",
      "Baidu spent Rmb11bn ($1.5bn) on servers.",
      ["Rmb11bn", 11e9, 11e9, "exact", "CNY"],
      ["$1.5bn", 1.5e9, 1.5e9, "exact", "USD"],
    );
    check("fr", "Tencent a investi 12 milliards RMB dans ses serveurs.", [
      "12 milliards RMB",
      12e9,
      12e9,
      "exact",
      "CNY",
    ]);
    check("fr", "un plan de RMB 380 milliards", ["RMB 380 milliards", 380e9, 380e9, "exact", "CNY"]);
    check("en", "Its 3 labs grew.", ["3", 3, 3, "exact", null]);
  });

  it("reads 'pct' as percent, but not a difference in points", () => {
    check("en", "a stake of about 8 pct in the chip designer", [
      "about 8 pct",
      0.08,
      0.08,
      "approx",
      "fraction",
    ]);
    check("en", "owns nearly 60 pct. of the startup", ["nearly 60 pct", 0.6, 0.6, "approx", "fraction"]);
    check("fr", "une part de 15 pct du capital", ["15 pct", 0.15, 0.15, "exact", "fraction"]);
    check("en", "margins fell 2 pct points", ["2", 2, 2, "exact", null]);
  });
});

describe("findQuantities — elliptical lists", () => {
  it("gives the later bare items of a list the first item's scale and unit when each is followed by the same preposition", () => {
    check(
      "fr",
      "Quatre-vingts milliards d'euros pour Orange, 62 pour Engie et 40 pour Veolia cette année.",
      ["Quatre-vingts milliards d'euros", 80e9, 80e9, "exact", "EUR"],
      ["62", 62e9, 62e9, "exact", "EUR"],
      ["40", 40e9, 40e9, "exact", "EUR"],
    );
    check(
      "en",
      "Spending plans reach $90bn at Oracle, 75 at IBM and 12.5 at Dell.",
      ["$90bn", 90e9, 90e9, "exact", "USD"],
      ["75", 75e9, 75e9, "exact", "USD"],
      ["12.5", 12.5e9, 12.5e9, "exact", "USD"],
    );
  });

  it("skips an aside restating the head in another currency", () => {
    check(
      "fr",
      "Cent milliards de dollars (85 milliards d'euros) pour Oracle, 70 pour IBM.",
      ["Cent milliards de dollars", 100e9, 100e9, "exact", "USD"],
      ["85 milliards d'euros", 85e9, 85e9, "exact", "EUR"],
      ["70", 70e9, 70e9, "exact", "USD"],
    );
  });

  it("leaves a bare number alone when the wording after it is not parallel", () => {
    check(
      "fr",
      "Un milliard d'euros pour Orange, 12 salariés de plus.",
      ["Un milliard d'euros", 1e9, 1e9, "exact", "EUR"],
      ["12", 12, 12, "exact", null],
    );
    check(
      "en",
      "$3bn for Oracle, 40 of them in Texas.",
      ["$3bn", 3e9, 3e9, "exact", "USD"],
      ["40", 40, 40, "exact", null],
    );
  });

  it("shares the scale of the next figure of a pair even when its currency is left to the sentence", () => {
    check(
      "fr",
      "contre 310 et 190 milliards les années précédentes",
      ["310", 310e9, 310e9, "exact", null],
      ["190 milliards", 190e9, 190e9, "exact", null],
    );
    check(
      "en",
      "after 310 and 190 billion in earlier years",
      ["310", 310e9, 310e9, "exact", null],
      ["190 billion", 190e9, 190e9, "exact", null],
    );
  });
});

describe("findQuantities — multiples of a company's sales", () => {
  it("reads a multiple past a possessive and an adjective before the noun", () => {
    check("en", "about 25 times Cohere's current run rate", [
      "about 25 times Cohere's current run rate",
      25,
      25,
      "approx",
      "x",
    ]);
    check("en", "40 times its forward earnings", ["40 times its forward earnings", 40, 40, "exact", "x"]);
    check("fr", "25 fois ses ventes annuelles", ["25 fois ses ventes", 25, 25, "exact", "x"]);
    check("en", "three times the size of Paris", ["three", 3, 3, "exact", null]);
  });
});

describe("findQuantities — halves, quarters and compound adjectives", () => {
  it("adds a half written before or after the scale, in both languages", () => {
    check("en", "three and a half billion dollars", [
      "three and a half billion dollars",
      3.5e9,
      3.5e9,
      "exact",
      "USD",
    ]);
    check("en", "a billion and a half dollars", [
      "a billion and a half dollars",
      1.5e9,
      1.5e9,
      "exact",
      "USD",
    ]);
    check("en", "one and a half gigawatts", ["one and a half gigawatts", 1.5, 1.5, "exact", "GW"]);
    check("fr", "deux milliards et demi d'euros", [
      "deux milliards et demi d'euros",
      2.5e9,
      2.5e9,
      "exact",
      "EUR",
    ]);
    check(
      "en",
      "2 and 3 billion dollars",
      ["2", 2e9, 2e9, "exact", "USD"],
      ["3 billion dollars", 3e9, 3e9, "exact", "USD"],
    );
  });

  it("reads a quarter of a scale word", () => {
    check("fr", "un quart de milliard de dollars", [
      "un quart de milliard de dollars",
      2.5e8,
      2.5e8,
      "exact",
      "USD",
    ]);
    check("en", "a quarter of a trillion dollars", [
      "a quarter of a trillion dollars",
      2.5e11,
      2.5e11,
      "exact",
      "USD",
    ]);
    check("fr", "un quart des salariés");
  });

  it("reads a scale joined to the number by a dash, and its currency after another", () => {
    check("en", "a 2-billion-dollar deal", ["2-billion-dollar", 2e9, 2e9, "exact", "USD"]);
    check("en", "a $2-billion deal", ["$2-billion", 2e9, 2e9, "exact", "USD"]);
    check("en", "a half-billion-dollar deal", ["a half-billion-dollar", 5e8, 5e8, "exact", "USD"]);
    check("en", "a 1.5-billion-euro contract", ["1.5-billion-euro", 1.5e9, 1.5e9, "exact", "EUR"]);
  });
});

describe("findQuantities — what the scan passes over or opens on", () => {
  it("passes over web addresses and digits glued to a word (EN, FR)", () => {
    check("en", "Visit https://example.com/2024 for 5 GW", ["5 GW", 5, 5, "exact", "GW"]);
    check("fr", "www.site.fr 5 GW", ["5 GW", 5, 5, "exact", "GW"]);
    check("en", "A320 and 5 GW", ["5 GW", 5, 5, "exact", "GW"]);
  });

  it("opens on an ISO code before digits and on a prefix of the dollar", () => {
    check("en", "USD 5 billion", ["USD 5 billion", 5e9, 5e9, "exact", "USD"]);
    check("en", "US$5 billion", ["US$5 billion", 5e9, 5e9, "exact", "USD"]);
  });
});
