import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.value.low ?? c.value.high}`,
  );

describe("a collective after the text has named its members", () => {
  it("stands for those companies together, adjectives and a count allowed, in French", () => {
    const text =
      "Le budget prévoit 90 milliards de dollars pour Oracle, 70 pour CoreWeave et 40 pour Nebius. Au total, les trois géants américains du cloud prévoient d'investir 200 milliards de dollars en 2026 dans leurs centres de données.";
    assert.deepEqual(owners(text, "fr"), [
      "Oracle 90000000000",
      "CoreWeave 70000000000",
      "Nebius 40000000000",
      "Oracle+CoreWeave+Nebius 200000000000",
    ]);
  });

  it("stands for those companies together, in English", () => {
    const text =
      "Microsoft, Amazon and Alphabet reported record quarters on Thursday. Together, the big three cloud providers plan to spend $400 billion on data centres next year.";
    assert.deepEqual(owners(text), ["Microsoft+Amazon+Alphabet 400000000000"]);
  });

  it("keeps its own name when fewer companies were named, or not as many as it counts", () => {
    assert.deepEqual(
      owners(
        "OpenAI signed a deal with Oracle. Hyperscalers will spend $300 billion on data centres this year.",
      ),
      ["hyperscalers 300000000000"],
    );
    const counted =
      "Microsoft, Amazon et Alphabet ont publié leurs résultats jeudi. Les quatre géants de la tech prévoient d'investir 400 milliards de dollars en 2026 dans leurs centres de données.";
    assert.ok(!owners(counted, "fr").some((o) => o.startsWith("Microsoft+Amazon+Alphabet")));
  });
});

describe("a collective named by an adjective", () => {
  it("owns the spending it qualifies rather than the company the article is about", () => {
    const en =
      "OpenAI's spending spree\n\nOpenAI is a private company. Analysts expect total hyperscaler capital spending to reach about $500 billion next year.";
    assert.deepEqual(owners(en).at(-1), "hyperscalers 500000000000");
    const fr =
      "Les dépenses d'OpenAI\n\nOpenAI est une société privée. Les analystes s'attendent à ce que les dépenses d'investissement des hyperscalers atteignent environ 500 milliards de dollars l'an prochain.";
    assert.deepEqual(owners(fr, "fr").at(-1), "hyperscalers 500000000000");
  });

  it("is also written 'hyperscale companies' as the subject of a plan", () => {
    const en =
      "Nscale signs a deal with Microsoft\n\nNscale is a startup. According to bank data, hyperscale companies plan to spend $450 billion on infrastructure next year.";
    assert.deepEqual(owners(en).at(-1), "hyperscalers 450000000000");
  });
});

describe("a collective with its members listed in apposition", () => {
  it("stands for the listed companies together, in English and in French", () => {
    assert.deepEqual(
      owners(
        "Capex\n\nThe largest US tech companies, such as Alphabet, Amazon.com, Meta and Microsoft, plan to spend $400 billion on data centres in 2026.",
      ),
      ["Alphabet+Amazon+Meta+Microsoft 400000000000"],
    );
    assert.deepEqual(
      owners(
        "Capex\n\nLes géants de la tech, notamment Alphabet, Amazon, Meta et Microsoft, prévoient d'investir 400 milliards de dollars dans leurs centres de données en 2026.",
        "fr",
      ),
      ["Alphabet+Amazon+Meta+Microsoft 400000000000"],
    );
  });
});

describe("a plural noun of actors with its members given as examples", () => {
  it("stands for the examples together, with or without a comma before the lead (fr)", () => {
    assert.deepEqual(
      owners(
        "Les groupes technologiques comme Amazon et Meta dépenseront 350 milliards de dollars en centres de données en 2026.",
        "fr",
      ),
      ["Amazon+Meta 350000000000"],
    );
    assert.deepEqual(
      owners(
        "Des laboratoires d'IA tels que Mistral AI et Anthropic investiront 20 milliards de dollars dans leurs centres de données cette année.",
        "fr",
      ),
      ["Mistral AI+Anthropic 20000000000"],
    );
    assert.deepEqual(
      owners(
        "Plusieurs entreprises, dont Oracle et CoreWeave, prévoient d'investir 90 milliards de dollars dans leurs centres de données en 2026.",
        "fr",
      ),
      ["Oracle+CoreWeave 90000000000"],
    );
  });

  it("stands for the examples together, with or without a comma before the lead (en)", () => {
    assert.deepEqual(
      owners(
        "Several groups, including Microsoft and Nvidia, will spend $400 billion on data centres in 2026.",
      ),
      ["Microsoft+Nvidia 400000000000"],
    );
    assert.deepEqual(
      owners(
        "Cloud providers such as Oracle and CoreWeave plan to invest $90 billion in data centres next year.",
      ),
      ["Oracle+CoreWeave 90000000000"],
    );
    assert.deepEqual(
      owners(
        "Labs like Anthropic, Mistral AI and xAI will invest $30 billion in their data centres this year.",
      ),
      ["Anthropic+Mistral AI+xAI 30000000000"],
    );
  });
});

describe("a collective in apposition to a list of companies", () => {
  it("leaves the list as the owner of the figure (fr)", () => {
    assert.deepEqual(
      owners(
        "Microsoft et Nvidia, deux géants du secteur, investissent 10 milliards de dollars dans Anthropic.",
        "fr",
      ),
      ["Microsoft+Nvidia 10000000000"],
    );
    assert.deepEqual(
      owners(
        "Amazon, Alphabet et Meta, les géants américains de la tech, dépenseront 300 milliards de dollars en centres de données en 2026.",
        "fr",
      ),
      ["Amazon+Alphabet+Meta 300000000000"],
    );
  });

  it("leaves the list as the owner of the figure (en)", () => {
    assert.deepEqual(
      owners("Oracle and Meta, two tech giants, will invest $20 billion in new data centres in Texas."),
      ["Oracle+Meta 20000000000"],
    );
  });
});

describe("a collective coordinated with what the sentence named before", () => {
  it("is more parties, not the companies named (fr)", () => {
    const text =
      "Microsoft, Nvidia et Anthropic ont signé un partenariat, et les hyperscalers dépenseront 400 milliards de dollars en 2026.";
    assert.deepEqual(owners(text, "fr"), ["hyperscalers 400000000000"]);
  });

  it("is more parties, not the companies named (en)", () => {
    const text =
      "Oracle, Meta and xAI unveiled new sites, and the hyperscalers will spend $400 billion on data centres in 2026.";
    assert.deepEqual(owners(text), ["hyperscalers 400000000000"]);
  });
});

describe("a bare count as a clause's subject", () => {
  it("stands for the companies just named, as many as it counts, in English", () => {
    const text =
      "Amazon, Microsoft, Alphabet and Meta reported results last week. Together, the four spent $112 billion on capital expenditures in the third quarter.";
    assert.deepEqual(owners(text), ["Amazon+Microsoft+Alphabet+Meta 112000000000"]);
    const three =
      "Oracle, CoreWeave and Nebius signed new contracts. The three will invest $60 billion in data centres next year.";
    assert.deepEqual(owners(three), ["Oracle+CoreWeave+Nebius 60000000000"]);
  });

  it("stands for the companies just named, in French", () => {
    const text =
      "Amazon, Microsoft et Meta ont publié leurs résultats. Ensemble, les trois prévoient 300 milliards de dollars de dépenses d'investissement en 2026.";
    assert.deepEqual(owners(text, "fr"), ["Amazon+Microsoft+Meta 300000000000"]);
  });

  it("is no group when the count is not the number of companies named", () => {
    const text =
      "Amazon and Microsoft reported results last week. Together, the four spent $112 billion on capital expenditures in the third quarter.";
    assert.ok(!owners(text).some((o) => o.includes("+")));
  });
});

describe("a collective with its members listed right after it", () => {
  it("stands for the listed companies only, in English and French", () => {
    const en = "Cloud giants Oracle, CoreWeave and Nebius expect to spend a combined $140 billion in 2026.";
    assert.deepEqual(owners(en), ["Oracle+CoreWeave+Nebius 140000000000"]);
    const fr =
      "Les hyperscalers Oracle, CoreWeave et Nebius prévoient de dépenser 140 milliards de dollars en 2026.";
    assert.deepEqual(owners(fr, "fr"), ["Oracle+CoreWeave+Nebius 140000000000"]);
  });
});

describe("a list of companies as the subject of a plural verb", () => {
  it("is the group when they act together (en, fr)", () => {
    assert.deepEqual(owners("Oracle, CoreWeave and Nebius plan to spend a combined $140 billion in 2026."), [
      "Oracle+CoreWeave+Nebius 140000000000",
    ]);
    assert.deepEqual(
      owners(
        "À eux trois, Oracle, CoreWeave et Nebius investiront plus de 140 milliards de dollars en 2026.",
        "fr",
      ),
      ["Oracle+CoreWeave+Nebius 140000000000"],
    );
  });

  it("leaves a list that is no subject: a contrast, customers after 'with', a round's investors (near-misses)", () => {
    assert.deepEqual(owners("Oracle, unlike CoreWeave and Nebius, cut its capex to $21 billion."), [
      "Oracle 21000000000",
    ]);
    const customers = "Nebius signed contracts worth $26 billion with Microsoft, Meta and Oracle.";
    assert.deepEqual(owners(customers), ["Nebius 26000000000"]);
    const round = "Mistral AI raised €1.7 billion from Nvidia, Bpifrance and ASML.";
    assert.deepEqual(owners(round), ["Mistral AI 1700000000"]);
  });
});
