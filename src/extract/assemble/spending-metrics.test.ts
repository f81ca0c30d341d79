import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, claimFields, extract } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value", "unit"]);

describe("currencies other than the dollar and the euro", () => {
  it("an amount compared with an earlier one keeps that amount's currency, past a conversion", () => {
    assert.deepEqual(
      read(
        "TSMC a réalisé un chiffre d'affaires de 512,3 milliards de dollars taïwanais (16 milliards de dollars), contre 498 milliards un an plus tôt.",
        "fr",
      ),
      [
        ["revenue", 512.3e9, "TWD"],
        ["revenue", 16e9, "USD"],
        ["revenue", 498e9, "TWD"],
      ],
    );
    assert.deepEqual(
      read(
        "SoftBank reported revenue of 1.8 trillion yen ($12 billion), against 1.6 trillion a year earlier.",
        "en",
      ),
      [
        ["revenue", 1.8e12, "JPY"],
        ["revenue", 12e9, "USD"],
        ["revenue", 1.6e12, "JPY"],
      ],
    );
  });

  it("a later amount with its currency elided is in the original currency, not its conversion", () => {
    const units = (text: string, language: "fr" | "en") => extract(text, language).map((c) => c.unit);
    assert.deepEqual(
      units(
        "Mistral AI a levé 1,7 milliard d'euros (près de 2 milliards de dollars) lors d'une série C. Le néerlandais ASML en apporte à lui seul 1,3 milliard.",
        "fr",
      ),
      ["EUR", "USD", "EUR"],
    );
    assert.deepEqual(
      units(
        "Arm raised £2 billion (about $2.5 billion) in new equity. SoftBank alone put in 1.2 billion.",
        "en",
      ),
      ["GBP", "USD", "GBP"],
    );
  });

  it("won after a scale word is the Korean currency", () => {
    assert.deepEqual(read("Samsung reported revenue of 79 trillion won in the third quarter.", "en"), [
      ["revenue", 79e12, "KRW"],
    ]);
    assert.deepEqual(read("Samsung a dégagé un chiffre d'affaires de 79 000 milliards de wons.", "fr"), [
      ["revenue", 79e12, "KRW"],
    ]);
  });
});

describe("what the money buys: own sites, another company, or a supplier's compute", () => {
  it("money laid out on one's own data centres, with no supplier paid under a deal, is capex", () => {
    assert.deepEqual(
      read(
        "Alphabet, racing to expand its AI-ready data centers, spent $24 billion in the third quarter.",
        "en",
      ),
      [["capex", 24e9, "USD"]],
    );
    assert.deepEqual(
      read(
        "Amazon a construit un nouveau centre de données en Ohio avec 900 millions de dollars de serveurs et d'équipements.",
        "fr",
      ),
      [["capex", 0.9e9, "USD"]],
    );
  });

  it("a data-centre deal with a named supplier stays a compute commitment", () => {
    assert.deepEqual(
      read("Microsoft signed a $9.7 billion data center contract with IREN.", "en").map((c) => c[0]),
      ["compute_commitment"],
    );
  });

  it("an investment plan or budget of one's own is capex, not an investment in a company", () => {
    assert.deepEqual(
      read("TSMC a relevé son plan d'investissement à 42 milliards de dollars pour 2025.", "fr"),
      [["capex", 42e9, "USD"]],
    );
    assert.deepEqual(read("TSMC raised its 2025 investment budget to $42 billion.", "en"), [
      ["capex", 42e9, "USD"],
    ]);
  });

  it("an amount written as what another is compared with measures the same thing", () => {
    assert.deepEqual(
      read("Alphabet raised its capital expenditure guidance to $93 billion from $85 billion.", "en"),
      [
        ["capex", 93e9, "USD"],
        ["capex", 85e9, "USD"],
      ],
    );
    assert.deepEqual(
      read(
        "Alphabet a porté ses dépenses d'investissement à 93 milliards de dollars, contre 85 milliards de dollars prévus.",
        "fr",
      ),
      [
        ["capex", 93e9, "USD"],
        ["capex", 85e9, "USD"],
      ],
    );
  });

  it("a comparison or a conversion past the first figure's date measures what the first does", () => {
    assert.deepEqual(
      read(
        "Nebius prévoit des dépenses d'investissement de 20 milliards de dollars en 2026, contre 5 milliards de dollars en 2025, pour ses achats de GPU auprès de Nvidia.",
        "fr",
      ),
      [
        ["capex", 20e9, "USD"],
        ["capex", 5e9, "USD"],
      ],
    );
    assert.deepEqual(
      read(
        "Nebius expects capital expenditures of $20 billion in 2026, up from $5 billion in 2025, driven by purchases of Nvidia GPUs.",
        "en",
      ),
      [
        ["capex", 20e9, "USD"],
        ["capex", 5e9, "USD"],
      ],
    );
    assert.deepEqual(
      read(
        "Mistral AI a levé 2 milliards de dollars en septembre 2025, soit environ 1,7 milliard d'euros, la société est valorisée à 12 milliards de dollars.",
        "fr",
      ),
      [
        ["funding_round", 2e9, "USD"],
        ["funding_round", 1.7e9, "EUR"],
        ["valuation", 12e9, "USD"],
      ],
    );
    assert.deepEqual(
      read(
        "Mistral AI raised $2 billion in September 2025, or about €1.7 billion, and the company is valued at $12 billion.",
        "en",
      ),
      [
        ["funding_round", 2e9, "USD"],
        ["funding_round", 1.7e9, "EUR"],
        ["valuation", 12e9, "USD"],
      ],
    );
  });

  it("products sold in data centres are a segment's sales, and the growth beside them is of sales", () => {
    assert.deepEqual(
      read(
        "Broadcom a publié ses résultats. Ses commutateurs Tomahawk se sont vendus dans les centres de données à hauteur de 6,2 milliards de dollars (+18 %).",
        "fr",
      ),
      [
        ["revenue", 6.2e9, "USD"],
        ["revenue_growth", 0.18, "fraction"],
      ],
    );
    assert.deepEqual(
      read(
        "Broadcom published its results. Its Tomahawk switch sales in data centers reached $6.2 billion (+18%).",
        "en",
      ),
      [
        ["revenue", 6.2e9, "USD"],
        ["revenue_growth", 0.18, "fraction"],
      ],
    );
  });

  it("a capital-spending word past the amount a growth reaches names that amount, not the growth", () => {
    assert.deepEqual(
      read("Microsoft posted Azure growth (+39% to $21B), lifting its 2026 capex plan to $120B.", "en"),
      [
        ["revenue_growth", 0.39, "fraction"],
        ["revenue", 21e9, "USD"],
        ["capex", 120e9, "USD"],
      ],
    );
    assert.deepEqual(
      read(
        "Microsoft a affiché une croissance d'Azure de 39 %, à 21 milliards de dollars, qui le pousse à porter ses dépenses d'investissement 2026 à 120 milliards de dollars.",
        "fr",
      ),
      [
        ["revenue_growth", 0.39, "fraction"],
        ["revenue", 21e9, "USD"],
        ["capex", 120e9, "USD"],
      ],
    );
    assert.deepEqual(
      read("Microsoft reported a 40% increase to $12 billion in capital expenditures.", "en"),
      [
        ["capex_growth", 0.4, "fraction"],
        ["capex", 12e9, "USD"],
      ],
    );
  });

  it("a growth rate right after an amount of capital spending is that spending's growth", () => {
    assert.deepEqual(
      read(
        "Oracle, racing to expand its data centers, spent $12 billion in the quarter, a 40% jump from a year ago.",
        "en",
      ),
      [
        ["capex", 12e9, "USD"],
        ["capex_growth", 0.4, "fraction"],
      ],
    );
    assert.deepEqual(
      read(
        "Oracle a consacré 12 milliards de dollars à ses centres de données, en hausse de 40 % sur un an.",
        "fr",
      ),
      [
        ["capex", 12e9, "USD"],
        ["capex_growth", 0.4, "fraction"],
      ],
    );
  });
});

describe("shares of revenue and growth rates", () => {
  it("a percentage a segment makes up or accounts for is a share of revenue", () => {
    assert.deepEqual(
      read("At AMD, the data center business is now the engine, making up nearly 60% of revenue.", "en"),
      [["revenue_share", 0.6, "fraction"]],
    );
    assert.deepEqual(
      read(
        "AMD's Instinct sales rose 12% in the quarter, now accounting for about 40% of the data center business.",
        "en",
      ),
      [
        ["revenue_growth", 0.12, "fraction"],
        ["revenue_share", 0.4, "fraction"],
      ],
    );
    assert.deepEqual(
      read("Chez AMD, les centres de données pèsent désormais près de 60 % du chiffre d'affaires.", "fr"),
      [["revenue_share", 0.6, "fraction"]],
    );
    assert.deepEqual(read("Chez AMD, le cloud représente 60 % du chiffre d'affaires.", "fr"), [
      ["revenue_share", 0.6, "fraction"],
    ]);
  });

  it("a growth in the present tense, and the rate it is compared with, are growth rates", () => {
    assert.deepEqual(
      read(
        "Chez Broadcom, les logiciels affichent 6,8 milliards de dollars de chiffre d'affaires. Ils progressent de seulement 2 % contre 17 % au trimestre précédent.",
        "fr",
      ),
      [
        ["revenue", 6.8e9, "USD"],
        ["revenue_growth", 0.02, "fraction"],
        ["revenue_growth", 0.17, "fraction"],
      ],
    );
    assert.deepEqual(
      read(
        "At Broadcom, software revenue was $6.8 billion. It grew 2%, compared with 17% in the previous quarter.",
        "en",
      ),
      [
        ["revenue", 6.8e9, "USD"],
        ["revenue_growth", 0.02, "fraction"],
        ["revenue_growth", 0.17, "fraction"],
      ],
    );
  });

  it("a rise written after the figure or with up is still a growth rate", () => {
    assert.deepEqual(read("AMD's revenue was $9.2 billion, marking a 36% jump from a year ago.", "en"), [
      ["revenue", 9.2e9, "USD"],
      ["revenue_growth", 0.36, "fraction"],
    ]);
    assert.deepEqual(read("AMD's data center sales hit $4.3 billion, up 22% from a year earlier.", "en"), [
      ["revenue", 4.3e9, "USD"],
      ["revenue_growth", 0.22, "fraction"],
    ]);
  });
});

describe("financing found for a site", () => {
  it("a financing agreement or package for a data centre or campus is the site's capex, not a round", () => {
    assert.deepEqual(
      read(
        "Oracle a conclu un accord de financement de 18 milliards de dollars pour financer son campus du Nouveau-Mexique.",
        "fr",
      ).map((c) => c[0]),
      ["capex"],
    );
    assert.deepEqual(
      read("Vantage closed a $25 billion financing package for its data center campus in Texas.", "en").map(
        (c) => c[0],
      ),
      ["capex"],
    );
  });

  it("a financing a named financier provides for a site is debt raised (en, fr)", () => {
    assert.deepEqual(
      read(
        "Oracle a conclu un accord de financement de 18 milliards de dollars avec des banques pour financer son campus du Nouveau-Mexique.",
        "fr",
      ).map((c) => c[0]),
      ["debt_issuance"],
    );
    assert.deepEqual(
      read(
        "Nebius signed a $4 billion financing agreement with Apollo Global to fund its Kansas City data center.",
        "en",
      ).map((c) => c[0]),
      ["debt_issuance"],
    );
    assert.deepEqual(
      read(
        "Nebius a signé un accord de financement de 4 milliards de dollars avec Apollo pour son centre de données du Kansas.",
        "fr",
      ).map((c) => c[0]),
      ["debt_issuance"],
    );
  });

  it("a financing with no site named, or a round, stays the company's round; debt stays debt", () => {
    assert.deepEqual(
      read("xAI a conclu un accord de financement de 10 milliards de dollars.", "fr").map((c) => c[0]),
      ["funding_round"],
    );
    assert.deepEqual(
      read("Meta secured $27 billion of debt to fund its data center campus in Louisiana.", "en").map(
        (c) => c[0],
      ),
      ["debt_issuance"],
    );
  });
});

describe("parallel spending plans", () => {
  const claimsOf = (text: string, language: "fr" | "en") =>
    extract(text, language).map((c) => [c.entity, c.metric, c.counterparty]);

  it("a company listed after another's spending plan does not invest in it", () => {
    assert.deepEqual(
      claimsOf(
        "Amazon prévoit de dépenser 150 milliards de dollars dans ses centres de données en 2026 ; Alphabet envisage d'investir 120 milliards de dollars.",
        "fr",
      ),
      [
        ["Amazon", "capex", null],
        ["Alphabet", "capex", null],
      ],
    );
    assert.deepEqual(
      claimsOf(
        "Amazon plans to spend $150 billion on its data centers in 2026, while Alphabet plans to invest $120 billion.",
        "en",
      ),
      [
        ["Amazon", "capex", null],
        ["Alphabet", "capex", null],
      ],
    );
  });
});

describe("a weak word far from the figure", () => {
  it("yields to the section heading that names what the figures measure", () => {
    assert.deepEqual(
      read(
        "Les quatre grands investissent.\n\nPrévisions de dépenses d'investissement\n\nOracle 35–40 Mds$ Nouveaux campus au Texas et au Nouveau-Mexique, puces Nvidia et AMD, extension de ses centres de données.\n",
        "fr",
      ).map((c) => c[0]),
      ["capex"],
    );
    assert.deepEqual(
      read(
        "The big four keep spending.\n\nCapital expenditure outlook\n\nOracle $35–40bn New campuses in Texas and New Mexico, Nvidia and AMD chips, an extension of its data centers.\n",
        "en",
      ).map((c) => c[0]),
      ["capex"],
    );
  });

  it("a deal word right by the figure still names it", () => {
    assert.deepEqual(
      read(
        "Revenue, year by year\n\nOracle signed a $30 billion cloud deal with OpenAI in July.\n",
        "en",
      ).map((c) => c[0]),
      ["compute_commitment"],
    );
  });
});

describe("pledges to invest in sites", () => {
  const claimsOf = (text: string, language: "fr" | "en") =>
    extract(text, language).map((c) => [c.entity, c.metric, c.counterparty]);

  it("a commitment to invest in data centres is capex, even inside a broader deal", () => {
    assert.deepEqual(
      claimsOf(
        "The broader deal includes a $20 billion commitment by Humain to invest in data centers in the US.",
        "en",
      ),
      [["Humain", "capex", null]],
    );
    assert.deepEqual(
      claimsOf(
        "Humain s'est engagé à investir 20 milliards de dollars dans des centres de données aux États-Unis.",
        "fr",
      ),
      [["Humain", "capex", null]],
    );
  });

  it("a commitment to invest in a company stays an investment", () => {
    assert.deepEqual(claimsOf("Nvidia committed to invest $5 billion in Intel.", "en"), [
      ["Nvidia", "investment", "Intel"],
    ]);
  });
});

describe("a pledge to spend on compute ('s'est engagé à dépenser … en puissance de calcul')", () => {
  it("is a compute commitment, not a plan nor a build-out (fr, en)", () => {
    assert.deepEqual(
      read(
        "Anthropic s'est engagé à dépenser quelque 300 milliards de dollars en infrastructures de calcul.",
        "fr",
      ),
      [["compute_commitment", 300e9, "USD"]],
    );
    assert.deepEqual(
      read(
        "xAI s'est engagée à dépenser 200 milliards de dollars en puissance de calcul au cours des cinq prochaines années.",
        "fr",
      ),
      [["compute_commitment", 200e9, "USD"]],
    );
    assert.deepEqual(
      read("Anthropic has committed to spend about $300 billion on computing infrastructure.", "en"),
      [["compute_commitment", 300e9, "USD"]],
    );
  });

  it("leaves a pledge to invest in data centres the company's own build-out (fr)", () => {
    assert.deepEqual(
      read("Anthropic s'est engagé à investir 50 milliards de dollars dans des centres de données.", "fr"),
      [["capex", 50e9, "USD"]],
    );
  });
});

describe("an amount put on compute with no verb of its own", () => {
  it("is a commitment over the term counted from publication (en)", () => {
    const claim = claimAt(
      extract("Its chief executive said Anthropic had some $90 billion on compute over six years.", "en"),
      90e9,
    );
    assert.deepEqual(
      [claim.entity, claim.metric, claim.period],
      ["Anthropic", "compute_commitment", { start: "2025-11", end: "2031-11" }],
    );
  });

  it("is a commitment over the term counted from publication (fr)", () => {
    const claim = claimAt(
      extract("Pour Anthropic, quelque 90 milliards de dollars en puissance de calcul sur six ans.", "fr"),
      90e9,
    );
    assert.deepEqual(
      [claim.entity, claim.metric, claim.period],
      ["Anthropic", "compute_commitment", { start: "2025-11", end: "2031-11" }],
    );
  });

  it("leaves a plan to spend on compute a spending target (en)", () => {
    const claim = claimAt(
      extract("Anthropic plans to spend $90 billion on compute over six years.", "en"),
      90e9,
    );
    assert.equal(claim.metric, "compute_spending_target");
  });
});

describe("a capital plan or budget", () => {
  it("raised to a figure is capex, not a funding round (en)", () => {
    const claim = claimAt(
      extract("Southern Company raised its capital plan to $63 billion on demand from data centres.", "en"),
      63e9,
    );
    assert.deepEqual([claim.entity, claim.metric], ["Southern Company", "capex"]);
  });

  it("relevé à un montant est de la capex (fr)", () => {
    const claim = claimAt(
      extract(
        "Southern Company a relevé son plan d'investissements en capital à 63 milliards de dollars.",
        "fr",
      ),
      63e9,
    );
    assert.deepEqual([claim.entity, claim.metric], ["Southern Company", "capex"]);
  });
});

describe("a company's own investments beside a partner it has a contract with", () => {
  it("are its capital spending, not an investment in the partner (fr)", () => {
    const text =
      "Porté par son contrat avec OpenAI, Oracle portera ses investissements à 35 milliards de dollars.";
    assert.deepEqual(read(text, "fr"), [["capex", 35e9, "USD"]]);
    const relative =
      "OpenAI est le premier client d'Oracle, dont les investissements atteindront 35 milliards de dollars.";
    assert.equal(claimAt(extract(relative, "fr"), 35e9).metric, "capex");
  });

  it("are its capital spending, not an investment in the partner (en)", () => {
    const text = "Buoyed by its contract with OpenAI, Oracle will lift its capital spending to $35 billion.";
    assert.deepEqual(read(text, "en"), [["capex", 35e9, "USD"]]);
  });

  it("in a company named after them is an investment in it (fr)", () => {
    const text = "Nvidia a porté ses investissements dans OpenAI à 10 milliards de dollars.";
    assert.equal(claimAt(extract(text, "fr"), 10e9).metric, "investment");
  });
});
