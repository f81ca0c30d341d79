import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../test/support/claims.js";
import type { Metric } from "../core/index.js";
import {
  DEAL_NOUNS,
  DEAL_SETS_OUT,
  type hedgeWords,
  METRIC_RULES,
  optionalHedge,
  PLAN_VERBS,
  planVerbs,
  QUALIFIER_RULES,
  TRADE_WORDS,
  tradeNouns,
} from "./lexicon.js";

/** The words of a metric's rules in `text`. */
function wordsOf(metric: Metric, text: string): string[] {
  return METRIC_RULES.filter((r) => r.metric === metric).flatMap((r) =>
    [...text.matchAll(new RegExp(r.pattern.source, `${r.pattern.flags.replace("g", "")}g`))].map((m) => m[0]),
  );
}

describe("metric words that name a company by its capital", () => {
  it("a share of a company's revenue, not of today's (en)", () => {
    assert.deepEqual(wordsOf("revenue_share", "a growing share of Nvidia's revenue"), [
      "share of Nvidia's revenue",
    ]);
    assert.deepEqual(wordsOf("revenue_share", "a growing share of xAI's revenue"), [
      "share of xAI's revenue",
    ]);
    assert.deepEqual(wordsOf("revenue_share", "a growing share of today's revenue"), []);
  });

  it("a multiple of a company's revenue, not of today's (en, fr)", () => {
    assert.deepEqual(wordsOf("valuation_multiple", "20 times Nvidia's revenue"), ["times Nvidia's revenue"]);
    assert.deepEqual(wordsOf("valuation_multiple", "20 times today's revenue"), []);
    assert.deepEqual(wordsOf("valuation_multiple", "20 fois ses revenus"), ["fois ses revenus"]);
  });

  it("a multiple written with a sign before what it is of: ×, x, EV/ARR, a year's estimate (en, fr)", () => {
    const multiples = (text: string, language: "fr" | "en") =>
      extract(text, language, "2025-06-01")
        .filter((c) => c.metric === "valuation_multiple")
        .map((c) => [c.entity, c.value.low]);
    assert.deepEqual(
      multiples(
        "The startup Veltrix said investors value it at roughly 60× EV/ARR, far above its peers.",
        "en",
      ),
      [["Veltrix", 60]],
    );
    assert.deepEqual(multiples("The round prices the startup Corvane at about 35x 2026E revenue.", "en"), [
      ["Corvane", 35],
    ]);
    assert.deepEqual(multiples("Investors paid 18x forward sales for Lumis Labs, the startup said.", "en"), [
      ["Lumis Labs", 18],
    ]);
    assert.deepEqual(
      multiples("La levée valorise la start-up Brevale à 40 x son chiffre d'affaires.", "fr"),
      [["Brevale", 40]],
    );
    assert.deepEqual(multiples("La start-up Brevale vaut environ 25× ses revenus annuels.", "fr"), [
      ["Brevale", 25],
    ]);
    // a growth or a speed-up written with the same sign is no multiple of revenue
    assert.deepEqual(multiples("Corvane's sales grew 3x last year.", "en"), []);
    assert.deepEqual(
      multiples("The chip is 2x faster than the previous generation, Corvane said.", "en"),
      [],
    );
    assert.deepEqual(wordsOf("valuation_multiple", "| Company | EV/ARR |"), ["EV/ARR"]);
  });

  it("a loss on a stake, whatever word describes it, and a share of a company's losses (en, fr)", () => {
    assert.deepEqual(wordsOf("investment_loss", "a charge on its new stake"), ["charge on its new stake"]);
    assert.deepEqual(wordsOf("investment_loss", "its share of OpenAI's losses"), [
      "share of OpenAI's losses",
    ]);
    assert.deepEqual(wordsOf("investment_loss", "une perte sur sa participation"), [
      "perte sur sa participation",
    ]);
  });

  it("a data centre of a company is no capex word; one of a new kind is (fr)", () => {
    const text = "Microsoft investira 4 milliards d'euros dans un centre de données";
    assert.deepEqual(wordsOf("capex", `${text} de nouvelle génération.`), ["dans un centre de données"]);
    assert.deepEqual(wordsOf("capex", `${text} de Fluidstack.`), []);
  });

  it("backing or a contribution goes to a company named by its capital, or to a round (en)", () => {
    assert.deepEqual(wordsOf("investment", "Nvidia backed Mistral with $2 billion."), ["backed M"]);
    assert.deepEqual(wordsOf("investment", "Nvidia backed the company with $2 billion."), []);
    assert.deepEqual(wordsOf("investment", "Nvidia contributed $2 billion to xAI."), ["contributed"]);
    assert.deepEqual(wordsOf("investment", "Nvidia contributed $2 billion to the Series F round."), [
      "contributed",
    ]);
    assert.deepEqual(wordsOf("investment", "Azure contributed $10 billion to quarterly sales."), []);
  });

  it("a bet is an investment whatever it is placed on (fr)", () => {
    assert.deepEqual(wordsOf("investment", "Bpifrance a misé 500 millions d'euros sur la croissance."), [
      "misé",
    ]);
  });
});

describe("a lower-case word after a verb of backing or contributing", () => {
  it("is no company invested in: the amount is no spending of the backer (en)", () => {
    assert.deepEqual(extract("Nvidia backed the company with $2 billion last year.", "en"), []);
  });

  it("sales a unit contributes are revenue, not an investment or capex (en)", () => {
    const claim = claimAt(
      extract("Azure contributed $10 billion to quarterly sales, Microsoft said.", "en"),
      10e9,
    );
    assert.equal(claim.metric, "revenue");
  });

  it("a contribution to a company whose name starts in lower case is an investment in it (en)", () => {
    const claim = claimAt(extract("Nvidia contributed $2 billion to xAI's round.", "en"), 2e9);
    assert.deepEqual([claim.entity, claim.counterparty, claim.metric], ["Nvidia", "xAI", "investment"]);
  });
});

describe("a stake's time or a cash position's time is no company's name", () => {
  it("a cash position at year end is the company's (fr)", () => {
    const claim = claimAt(
      extract("Sa trésorerie de fin d'exercice s'élevait à 20 milliards de dollars, selon Anthropic.", "fr"),
      20e9,
    );
    assert.equal(claim.metric, "cash_position");
  });
});

describe("'projects' says a plan only as a verb", () => {
  it("the verb is a target, the noun after an adjective or a determiner is not (en)", () => {
    const verb = extract("Headline\n\nCoreWeave projects revenue of $5 billion in 2026.", "en");
    assert.equal(claimAt(verb, 5e9).qualifier, "target");
    const noun = extract("Headline\n\nOracle invested $5 billion in data center projects last year.", "en");
    assert.notEqual(claimAt(noun, 5e9).qualifier, "target");
  });

  it("the French verb « projette » is a target (fr)", () => {
    const verb = extract(
      "Titre\n\nCoreWeave projette un chiffre d'affaires de 5 milliards de dollars en 2026.",
      "fr",
    );
    assert.equal(claimAt(verb, 5e9).qualifier, "target");
  });
});

describe("hedge words before a figure, shared by the rules of both languages", () => {
  const before = (kinds: Parameters<typeof hedgeWords>[0], languages?: Parameters<typeof hedgeWords>[1]) =>
    new RegExp(String.raw`^(?:at|à)\s+${optionalHedge(kinds, languages)}\d`, "iu");

  it("round a figure off in English and in French", () => {
    for (const text of ["at about 5", "at roughly 5", "à environ 5", "à près de 5", "à quelque 5", "at 5"])
      assert.ok(before(["approx"]).test(text), text);
    assert.ok(!before(["approx"]).test("at more than 5"));
  });

  it("give a floor or a ceiling only when a rule asks for those kinds", () => {
    assert.ok(before(["approx", "at_least"]).test("à plus de 5"));
    assert.ok(before(["up_to"]).test("à jusqu'à 5"));
    assert.ok(!before(["approx"]).test("à plus de 5"));
  });

  it("are those of the languages a rule names", () => {
    assert.ok(before(["approx"], ["fr"]).test("à environ 5"));
    assert.ok(!before(["approx"], ["fr"]).test("at about 5"));
  });
});

describe("plan verbs, one list read three ways", () => {
  const whole = (reading: Parameters<typeof planVerbs>[0], languages?: Parameters<typeof planVerbs>[1]) =>
    new RegExp(`^${planVerbs(reading, languages)}$`, "iu");

  it("a date ahead reads the present forms of both languages", () => {
    for (const word of [
      "plans",
      "intends",
      "expects",
      "aims",
      "hopes",
      "prévoit",
      "envisagent",
      "compte",
      "entend",
    ])
      assert.ok(whole("ahead").test(word), word);
    assert.ok(!whole("ahead", ["fr"]).test("plans"));
    assert.ok(!whole("ahead").test("planned"));
    assert.ok(whole("ahead").test("souhaitent"));
  });

  it("an amount not yet committed reads any form of every verb, « compte » only before an infinitive", () => {
    for (const word of [
      "planned",
      "wants",
      "hopes",
      "seeks",
      "prévoient",
      "souhaitent",
      "visent",
      "projettent",
    ])
      assert.ok(whole("unsettled").test(word), word);
    const unsettled = new RegExp(planVerbs("unsettled"), "iu");
    assert.ok(unsettled.test("Quartzia compte investir"));
    assert.ok(!unsettled.test("pour le compte de Quartzia"));
  });

  it("the target rule takes every verb of the list that has a target form (FR, EN)", () => {
    const target = QUALIFIER_RULES.find((r) => r.qualifier === "target")!.pattern;
    for (const text of [
      "the company plans a new campus",
      "it intends to spend more",
      "Mistral compte investir davantage",
      "le groupe souhaite déployer 1 GW",
      "elle cherche à lever des fonds",
      "Quartzia entend investir 2 milliards",
    ])
      assert.ok(target.test(text), text);
    assert.ok(PLAN_VERBS.every((v) => Object.keys(v.forms).length > 0));
  });

  it("the target rule reads the French imperfect of a plan as its present (FR)", () => {
    const target = QUALIFIER_RULES.find((r) => r.qualifier === "target")!.pattern;
    for (const text of [
      "il a déclaré qu'il visait des dépenses de 20 milliards",
      "Quartzia comptait investir 2 milliards",
      "les deux groupes entendaient déployer 1 GW",
      "elle souhaitait lever 500 millions",
      "le groupe projetait une usine",
      "les analystes tablaient sur 30 milliards",
    ])
      assert.ok(target.test(text), text);
    assert.ok(!target.test("la société comptait 500 salariés"));
    assert.ok(!target.test("elle avisait ses actionnaires"));
  });
});

describe("an investor's slice of someone else's round or share offering is the investor's cheque", () => {
  const roles = (text: string, language: "fr" | "en", value: number) => {
    const claim = claimAt(extract(text, language), value);
    return [claim.entity, claim.metric, claim.counterparty];
  };

  it("'anchor / take $X of Y's $Z round': the investor's investment, the round Y's (EN)", () => {
    const text =
      "Saudi Arabia's Public Investment Fund is in talks to anchor $5 billion of Anthropic's record $30 billion funding round.";
    assert.deepEqual(roles(text, "en", 5e9), ["Public Investment Fund", "investment", "Anthropic"]);
    assert.deepEqual(roles(text, "en", 30e9), ["Anthropic", "funding_round", null]);
    assert.deepEqual(
      roles("Qatar Investment Authority took $500 million of Mistral AI's $2 billion round.", "en", 5e8),
      ["Qatar Investment Authority", "investment", "Mistral AI"],
    );
  });

  it("« souscrire / prendre X de la levée de Y » : l'investissement de l'investisseur (FR)", () => {
    const text =
      "Le fonds souverain PIF souscrira 2 milliards de dollars de l'augmentation de capital de Mistral AI, qui atteint 6 milliards.";
    assert.deepEqual(roles(text, "fr", 2e9), ["Public Investment Fund", "investment", "Mistral AI"]);
    assert.deepEqual(roles(text, "fr", 6e9), ["Mistral AI", "funding_round", null]);
    assert.deepEqual(
      roles(
        "Bpifrance prendra 300 millions d'euros de la levée de 1,7 milliard d'euros de Mistral AI.",
        "fr",
        3e8,
      ),
      ["Bpifrance", "investment", "Mistral AI"],
    );
  });
});

describe("one vocabulary of trade nouns, read three ways", () => {
  it("writes each reader's gap between words and keeps only its use and language", () => {
    const energy = TRADE_WORDS.filter((t) => t.name === "energy");
    assert.equal(
      tradeNouns(energy, "anaphora", "\\s+", ["en"]),
      "utility|power\\s+(?:company|producer|provider|generator)|energy\\s+company|electricity\\s+(?:company|provider|supplier)",
    );
    assert.ok(!tradeNouns(energy, "marker", "\\s+").includes("power"));
    assert.ok(tradeNouns(energy, "trade", "[ \\u00a0]+").includes("energy[ \\u00a0]+(?:producer|group)"));
  });

  it("reads a trade's longer head before the bare noun naming no trade (« le fabricant de puces »)", () => {
    const head = new RegExp(`^(?:${tradeNouns(TRADE_WORDS, "anaphora", "\\s+", ["fr"])})`, "u");
    assert.equal(head.exec("fabricant de puces coréen")?.[0], "fabricant de puces");
    assert.equal(head.exec("géant du cloud américain")?.[0], "géant du cloud");
    assert.equal(head.exec("constructeur de centres de données")?.[0], "constructeur de centres de données");
    assert.equal(head.exec("constructeur automobile")?.[0], "constructeur");
  });

  it("gives every trade that names a kind its own nouns for a description", () => {
    const kinds = TRADE_WORDS.filter((t) => t.kind).map((t) => t.kind);
    assert.equal(new Set(kinds).size, kinds.length);
    for (const trade of TRADE_WORDS.filter((t) => t.kind))
      assert.ok(tradeNouns([trade], "trade", " ").length > 0, trade.name);
  });
});

describe("the deal nouns: one core the patterns of a deal's terms compose", () => {
  it("DEAL_SETS_OUT reads a core deal noun and its own extras as the subject of a plan verb", () => {
    assert.ok(DEAL_SETS_OUT.test("The partnership, struck by Velmora and Quist, provides for 400 MW"));
    assert.ok(DEAL_SETS_OUT.test("the framework calls for 12,000 accelerators"));
    assert.ok(DEAL_SETS_OUT.test("Le contrat, signé en mars, prévoit 2 GW de capacité"));
    assert.ok(DEAL_SETS_OUT.test("La convention stipule un loyer annuel"));
    assert.ok(!DEAL_SETS_OUT.test("The dealer provides for its staff"));
  });

  it("each language's core is a list of alternatives, plurals included", () => {
    for (const language of ["en", "fr"] as const) {
      const noun = new RegExp(`^(?:${DEAL_NOUNS[language]})$`, "iu");
      assert.ok(noun.test(language === "en" ? "contracts" : "partenariats"));
    }
  });
});
