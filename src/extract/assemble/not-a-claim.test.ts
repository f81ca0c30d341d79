import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const read = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-08-01", document: "d.txt" });

const figures = (text: string, language: "fr" | "en") =>
  read(text, language).claims.map((c) => [c.entity, c.metric, c.value.low ?? c.value.high]);

const skipped = (text: string, language: "fr" | "en") =>
  read(text, language)
    .issues.filter((i) => i.code === "not_a_claim")
    .map((i) => i.message);

describe("figures that are no claims (CLAIMS.md §8), told by the words around them", () => {
  it("a percentage before a bare French noun of change is a growth rate, not a share of it", () => {
    const growth = figures(
      "Chez Cerebras, la direction vise 3 milliards de dollars de revenus, soit une accélération à 52 % de croissance annuelle.",
      "fr",
    );
    assert.ok(
      growth.some(([, metric, value]) => metric === "revenue_growth" && value === 0.52),
      JSON.stringify(growth),
    );
    assert.match(
      skipped("Cerebras représente 30 % de la croissance du marché des puces.", "fr")[0] ?? "",
      /a share of something no metric of the vocabulary records/,
    );
  });

  it("a profit's level after its change is set aside, also when written as a record level (FR, EN)", () => {
    assert.match(
      skipped(
        "Chez Cerebras, l'Ebitda ajusté a progressé de 18 % sur un an pour atteindre un niveau record de 2,4 MdsUSD.",
        "fr",
      ).join(" "),
      /"2,4 MdsUSD": a profit, which no metric records/,
    );
    assert.match(
      skipped("Cerebras said adjusted EBITDA rose 18% to a record $2.4 billion.", "en").join(" "),
      /"\$2.4 billion": a profit, which no metric records/,
    );
    const sales = figures("Cerebras said revenue rose 18% to a record $2.4 billion.", "en");
    assert.ok(
      sales.some(([, metric, value]) => metric === "revenue" && value === 2.4e9),
      JSON.stringify(sales),
    );
  });

  it("a profit's level after its change against a named period is set aside; sales after the same words stay (FR, EN)", () => {
    assert.match(
      skipped(
        "Le bénéfice net de Cerebras a augmenté de 64 % par rapport au trimestre précédent pour atteindre 830 millions de dollars.",
        "fr",
      ).join(" "),
      /"830 millions de dollars": a profit, which no metric records/,
    );
    assert.match(
      skipped(
        "Cerebras said net income rose 64% compared with the prior quarter to $830 million.",
        "en",
      ).join(" "),
      /"\$830 million": a profit, which no metric records/,
    );
    const sales = figures(
      "Le chiffre d'affaires de Cerebras a augmenté de 64 % par rapport au trimestre précédent pour atteindre 830 millions de dollars.",
      "fr",
    );
    assert.ok(
      sales.some(([, metric, value]) => metric === "revenue" && value === 8.3e8),
      JSON.stringify(sales),
    );
  });

  it("an amount in a clause of its own after a share's move is that clause's figure", () => {
    assert.deepEqual(
      figures("Oracle shares jumped after OpenAI signed a $300 billion contract for computing power.", "en"),
      [["OpenAI", "compute_commitment", 3e11]],
    );
    assert.deepEqual(
      figures("L'action Oracle a bondi car OpenAI a signé un contrat de 300 milliards de dollars.", "fr"),
      [["OpenAI", "compute_commitment", 3e11]],
    );
    assert.deepEqual(figures("Oracle shares rose to $345 on Wednesday.", "en"), []);
  });

  it("a share's move is set aside even when the sentence names a metric", () => {
    const en =
      "Nebius results\n\nNebius jumped 18% in after-hours trading after it raised its revenue growth outlook. Its quarterly revenue was $156 million.";
    assert.deepEqual(figures(en, "en"), [["Nebius", "revenue", 156e6]]);
    assert.match(skipped(en, "en")[0] ?? "", /"18%": a share's move on the market, not a claim/);
    const fr =
      "Résultats de Nebius\n\nLe chiffre d'affaires de Nebius a atteint 156 millions de dollars, ce qui a fait grimper l'action de 18 % à la clôture.";
    assert.deepEqual(figures(fr, "fr"), [["Nebius", "revenue", 156e6]]);
    const price =
      "CoreWeave\n\nCoreWeave's shares rose to $140 after the company reported revenue of $1.4 billion.";
    assert.deepEqual(figures(price, "en"), [["CoreWeave", "revenue", 1.4e9]]);
  });

  it("a share named by its listing on any exchange ('(Euronext Paris : LUAT)', '(TSX: KRVP)') moves on the market", () => {
    const en = "Korvia Photonics (TSX: KRVP) rose sharply on the revenue news, up 6% by noon.";
    assert.deepEqual(figures(en, "en"), []);
    assert.match(skipped(en, "en")[0] ?? "", /"6%": a share's move on the market, not a claim/);
    const fr = "Lumen Atome (Euronext Paris : LUAT) a grimpé mardi sur son chiffre d'affaires, à +6 %.";
    assert.deepEqual(figures(fr, "fr"), []);
    assert.match(skipped(fr, "fr")[0] ?? "", /"\+6 %": a share's move on the market, not a claim/);
  });

  it("an amount near a share's move with no metric word of its own is market data, not a claim", () => {
    const unknown = (text: string, language: "fr" | "en") =>
      read(text, language).issues.filter((i) => i.code === "unknown_metric");
    const en =
      "Arm shares\n\nArm shares slumped 9% on Friday, wiping about $14 billion off the chip designer.";
    assert.deepEqual(figures(en, "en"), []);
    assert.deepEqual(unknown(en, "en"), []);
    const fr = "Arm en Bourse\n\nL'action Arm a dévissé de 9 % vendredi, effaçant 14 milliards de dollars.";
    assert.deepEqual(figures(fr, "fr"), []);
    assert.deepEqual(unknown(fr, "fr"), []);
  });

  it("a share price reached by a move, with no share noun, is no claim; a sales figure reached by a rise still is", () => {
    const fr =
      "Nebius en Bourse\n\nNebius s'envole de 12,4 %, à 96 dollars, après avoir annoncé un chiffre d'affaires de 2 milliards de dollars.";
    assert.deepEqual(figures(fr, "fr"), [["Nebius", "revenue", 2e9]]);
    assert.match(skipped(fr, "fr").join(" "), /"96 dollars": a share price reached by a move on the market/);
    const en =
      "Nebius on Wall Street\n\nNebius tumbled 9% to $41.50 even though its revenue climbed 30% to $2 billion.";
    assert.deepEqual(figures(en, "en"), [
      ["Nebius", "revenue_growth", 0.3],
      ["Nebius", "revenue", 2e9],
    ]);
  });

  it("a net profit is no claim, even when an annualised growth follows it; a profit reduced by a loss still leaves the loss", () => {
    const fr =
      "Résultats de Nebius\n\nLe bénéfice net de Nebius atteint 3,2 milliards de dollars, en progression annualisée de 21 %. Son chiffre d'affaires s'élève à 9 milliards de dollars.";
    assert.deepEqual(
      figures(fr, "fr").filter(([, metric]) => metric !== "revenue_growth"),
      [["Nebius", "revenue", 9e9]],
    );
    const en = "Nebius results\n\nNebius's net income reached $3.2 billion. Revenue was $9 billion.";
    assert.deepEqual(figures(en, "en"), [["Nebius", "revenue", 9e9]]);
  });

  it("an operating profit and the profit it is compared with are no claims; a net loss still is", () => {
    const en =
      "Cerebras results\n\nCerebras's operating income was $2.1 billion. Net income came in at $1.52 billion, compared with $0.8 billion a year ago. Revenue was $9 billion.";
    assert.deepEqual(figures(en, "en"), [["Cerebras", "revenue", 9e9]]);
    const fr =
      "Résultats de Cerebras\n\nLe résultat d'exploitation de Cerebras atteint 2,1 milliards de dollars. Le bénéfice net s'établit à 1,52 milliard de dollars, contre 0,8 milliard de dollars un an plus tôt. Le chiffre d'affaires s'élève à 9 milliards de dollars.";
    assert.deepEqual(figures(fr, "fr"), [["Cerebras", "revenue", 9e9]]);
    const loss = "Cerebras results\n\nCerebras's net loss reached $310 million, compared with $100 million.";
    assert.deepEqual(
      figures(loss, "en").map(([, metric, value]) => [metric, value]),
      [
        ["net_loss", 310e6],
        ["net_loss", 100e6],
      ],
    );
  });

  it("an operating profit named after its figure, past a conversion, or compared after a share of revenue is no claim", () => {
    const en =
      "Micron results\n\nMicron posted a record 9.4 trillion won (~$6.5 billion) in revenue and 4.1 trillion won ($2.8 billion) in operating profit for the quarter. Segment operating income was $1.2 billion, or 31 percent of revenue, compared to $410 million or 17 percent a year ago.";
    assert.deepEqual(
      figures(en, "en").map(([, metric, value]) => [metric, value]),
      [
        ["revenue", 9.4e12],
        ["revenue", 6.5e9],
      ],
    );
    const fr =
      "Résultats de Micron\n\nMicron a publié un chiffre d'affaires record de 9,4 billions de wons (6,5 milliards de dollars) et 4,1 billions de wons (2,8 milliards de dollars) de résultat d'exploitation sur le trimestre. Le résultat d'exploitation de la division atteint 1,2 milliard de dollars, soit 31 % du chiffre d'affaires, contre 410 millions de dollars un an plus tôt.";
    assert.deepEqual(
      figures(fr, "fr")
        .filter(([, metric]) => metric !== "revenue_share")
        .map(([, metric, value]) => [metric, value]),
      [
        ["revenue", 9.4e12],
        ["revenue", 6.5e9],
      ],
    );
  });

  it("earnings per share are no claim; a warrant's exercise price still is", () => {
    assert.deepEqual(
      figures(
        "Oracle\n\nOracle posted adjusted earnings of $1.52 per share on revenue of $16 billion, against estimates of $1.50 per share.",
        "en",
      ),
      [["Oracle", "revenue", 16e9]],
    );
    assert.deepEqual(
      figures(
        "Alphabet\n\nAlphabet a publié un bénéfice par action de 2,10 dollars et un chiffre d'affaires de 90 milliards de dollars.",
        "fr",
      ),
      [["Alphabet", "revenue", 90e9]],
    );
    assert.deepEqual(
      figures(
        "Nvidia\n\nLe chiffre d'affaires de Nvidia a atteint 50 milliards de dollars, et le bénéfice ajusté par action s'est élevé à 1,20 dollar.",
        "fr",
      ),
      [["Nvidia", "revenue", 50e9]],
    );
    assert.deepEqual(
      figures(
        "Microsoft\n\nMicrosoft a réalisé 70 milliards de dollars de chiffre d'affaires. Le bénéfice net atteint 25 milliards, soit 3,40 dollars par action, et 3,90 dollars hors éléments exceptionnels, contre 3,50 dollars attendus.",
        "fr",
      ),
      [["Microsoft", "revenue", 70e9]],
    );
    const warrant = figures(
      "AMD and OpenAI\n\nAMD granted OpenAI a warrant for up to 100 million shares, exercisable at $0.01 per share.",
      "en",
    );
    assert.ok(warrant.some(([, metric, value]) => metric === "share_price" && value === 0.01));
  });

  it("a count of things outside company finance never borrows the currency of the previous figure", () => {
    const fr =
      "Un campus pour Meta\n\nMeta investira 8 milliards de dollars dans un centre de données couvrant 3 millions de pieds carrés, qui alimentera 2 millions de foyers.";
    assert.deepEqual(figures(fr, "fr"), [["Meta", "capex", 8e9]]);
    const en =
      "A campus for Meta\n\nMeta will spend $8 billion on a data center of 3 million square feet that will create 1,500 jobs.";
    assert.deepEqual(figures(en, "en"), [["Meta", "capex", 8e9]]);
  });

  it("a count of requests, tokens or parameters a system handles is no amount of money (fr, en)", () => {
    const fr =
      "Baidu muscle ses serveurs\n\nBaidu dépensera 9 milliards de dollars pour des centres capables de traiter des milliards de requêtes par jour et 2 milliards de paramètres.";
    assert.deepEqual(
      figures(fr, "fr").map(([, , value]) => value),
      [9e9],
    );
    const en =
      "Alibaba's build-out\n\nAlibaba will invest $10 billion in clusters that already serve 500 billion tokens a day and billions of queries.";
    assert.deepEqual(
      figures(en, "en").map(([, , value]) => value),
      [10e9],
    );
  });

  it("a size given as an example is no capacity of anyone's", () => {
    const en =
      "Chips and power\n\nNvidia's chief executive has said that a 1 GW data center requires about $40 billion of its systems. OpenAI plans 10 GW of capacity.";
    const got = figures(en, "en");
    assert.ok(
      !got.some(([, metric, value]) => metric === "datacenter_capacity" && value === 1),
      JSON.stringify(got),
    );
    assert.ok(
      got.some(
        ([entity, metric, value]) => entity === "OpenAI" && metric === "datacenter_capacity" && value === 10,
      ),
    );
  });

  it("the change between two amounts is no amount of its own", () => {
    assert.deepEqual(
      figures(
        "Amazon\n\nAmazon prévoit 118 milliards de dollars de dépenses d'investissement en 2025, soit une hausse de 35 milliards de dollars par rapport à l'an dernier.",
        "fr",
      ),
      [["Amazon", "capex", 118e9]],
    );
    assert.deepEqual(
      figures(
        "Microsoft\n\nMicrosoft expects capital expenditures of $90 billion this year, an increase of $20 billion from last year.",
        "en",
      ),
      [["Microsoft", "capex", 90e9]],
    );
  });

  it("a count of graphics processors written out in words is a GPU count, not money", () => {
    assert.deepEqual(
      figures(
        "Meta\n\nMeta veut finir l'année avec plus de 2 millions d'unités de traitement graphique (GPU).",
        "fr",
      ),
      [["Meta", "gpu_count", 2e6]],
    );
  });

  it("a backlog's growth is no revenue growth; the backlog itself stays a commitment", () => {
    const got = figures(
      "Oracle\n\nOracle's remaining performance obligations jumped 210% to $300 billion, while revenue grew 12%.",
      "en",
    );
    assert.ok(!got.some(([, , value]) => value === 2.1), JSON.stringify(got));
    assert.ok(
      got.some(([, metric, value]) => metric === "revenue_growth" && value === 0.12),
      JSON.stringify(got),
    );
    assert.ok(
      got.some(([, metric, value]) => metric === "compute_commitment" && value === 3e11),
      JSON.stringify(got),
    );
  });

  it("the size of a whole market is no company's figure", () => {
    assert.deepEqual(
      figures(
        "Le cloud\n\nLe marché mondial du cloud a atteint 110 milliards de dollars au trimestre. Oracle a réalisé 15 milliards de dollars de chiffre d'affaires.",
        "fr",
      ),
      [["Oracle", "revenue", 15e9]],
    );
    assert.deepEqual(
      figures(
        "AI spending\n\nData centers worldwide are worth about $1 trillion today, Nvidia's chief said. Nvidia's revenue was $30 billion.",
        "en",
      ),
      [["Nvidia", "revenue", 30e9]],
    );
  });
});

describe("amounts that are no claim by the words around them", () => {
  const aside = (text: string, language: "fr" | "en") => {
    const { claims, issues } = extractClaims({ text, language, published: "2026-02-06", document: "d.txt" });
    return {
      kept: claims.map((c) => c.value.low ?? c.value.high),
      why: issues.filter((i) => i.code === "not_a_claim").map((i) => i.message),
    };
  };

  it("a change in market value is not the market value", () => {
    for (const [text, language] of [
      ["L'accord a ajouté environ 40 milliards de dollars à la capitalisation boursière d'Oracle.", "fr"],
      ["The deal added about $40 billion to Oracle's market value in a day.", "en"],
      ["The rally added about $40 billion to the chipmaker's market value.", "en"],
      ["La séance a ajouté environ 40 milliards de dollars à sa capitalisation boursière.", "fr"],
      ["Oracle's stock fell 10% on Monday, erasing about $70 billion in market value.", "en"],
      [
        "L'action Oracle a chuté de 10 %, effaçant 60 milliards de dollars de capitalisation boursière.",
        "fr",
      ],
      ["Broadcom added another $120 billion in market cap after the results.", "en"],
      ["AMD shed a further $30 billion of market value on Tuesday.", "en"],
      ["Broadcom a encore gagné 120 milliards de dollars de capitalisation après ses résultats.", "fr"],
    ] as const) {
      const { kept, why } = aside(text, language);
      assert.deepEqual(kept, [], text);
      assert.match(why.join(), /a change in market value/u, text);
    }
  });

  it("an issue's order book is not the amount raised", () => {
    for (const [text, language] of [
      [
        "Oracle a levé 18 milliards de dollars en obligations, pour un carnet d'ordres de plus de 80 milliards.",
        "fr",
      ],
      ["Oracle raised $18 billion in bonds, with an order book of more than $80 billion.", "en"],
    ] as const) {
      const { kept, why } = aside(text, language);
      assert.deepEqual(kept, [18e9], text);
      assert.match(why.join(), /order book/u, text);
    }
  });

  it("a profit is no deal amount", () => {
    for (const [text, language] of [
      [
        "Oracle engage 2 milliards d'euros dans cet accord, bien moins que les 9 milliards d'euros de bénéfice net de l'an dernier.",
        "fr",
      ],
      [
        "Oracle commits €2 billion to the deal, far less than the €9 billion of net income it made last year.",
        "en",
      ],
    ] as const) {
      const { kept, why } = aside(text, language);
      assert.deepEqual(kept, [2e9], text);
      assert.match(why.join(), /a profit/u, text);
    }
  });

  it("a threshold that defines the customers or deals counted is no amount", () => {
    for (const [text, language] of [
      [
        "Mistral a levé 2 milliards d'euros. Le nombre de gros contrats (supérieurs à 500 000 euros annuels) a triplé.",
        "fr",
      ],
      [
        "Plus de 300 entreprises dépensent plus d'un million d'euros par an chez Mistral, qui a levé 2 milliards d'euros.",
        "fr",
      ],
      [
        "Cohere raised $2 billion. It signed more deals over $50 million this year than in the previous two.",
        "en",
      ],
      [
        "Cohere, which raised $2 billion, now counts 300 customers spending more than $1 million a year.",
        "en",
      ],
      [
        "Corvane AI raised $2 billion; its enterprise accounts generating over $250,000 a year grew fivefold.",
        "en",
      ],
      [
        "Corvane AI raised $2 billion and now has 90 customers that generate more than $1 million each.",
        "en",
      ],
      [
        "Brevale, qui a levé 2 milliards d'euros, compte 40 clients générant plus de 100 000 euros de revenus annuels.",
        "fr",
      ],
    ] as const) {
      const { kept, why } = aside(text, language);
      assert.ok(kept.includes(2e9), text);
      assert.ok(!kept.some((v) => v !== null && v >= 5e4 && v <= 1e6), `${text}: ${kept}`);
      assert.match(why.join(), /a threshold/u, text);
    }
  });

  it("an amount a company itself generates is no threshold", () => {
    assert.deepEqual(
      aside("Corvane AI raised $2 billion this year, generating over $300 million in revenue.", "en").kept,
      [2e9, 3e8],
    );
  });

  it("contracts of a given worth are still a claim", () => {
    for (const [text, language] of [
      ["OpenAI a signé avec Cerebras des contrats d'une valeur de plus de 10 milliards de dollars.", "fr"],
      ["OpenAI signed contracts worth more than $10 billion with Cerebras.", "en"],
    ] as const)
      assert.deepEqual(aside(text, language).kept, [10e9], text);
  });

  it("a change written 'up $X year on year' is no level", () => {
    for (const [text, language] of [
      [
        "Oracle prévoit 50 milliards de dollars d'investissements en 2026, en hausse de 15 milliards de dollars sur un an.",
        "fr",
      ],
      ["Oracle plans capital spending of $50 billion in 2026, up $15 billion YoY.", "en"],
    ] as const) {
      const { kept, why } = aside(text, language);
      assert.deepEqual(kept, [50e9], text);
      assert.match(why.join(), /a change between two amounts/u, text);
    }
  });

  it("a public budget or an economy used as a yardstick is outside AI-company finance", () => {
    for (const [text, language] of [
      [
        "Les dépenses d'investissement d'Amazon atteindront 120 milliards de dollars, davantage que le budget de la défense français de 50 milliards d'euros.",
        "fr",
      ],
      [
        "Amazon's capital spending will reach $120 billion, more than Japan's defense budget of $55 billion ($50 billion at the old rate).",
        "en",
      ],
    ] as const) {
      const { kept, why } = aside(text, language);
      assert.deepEqual(kept, [120e9], text);
      assert.match(why.join(), /yardstick/u, text);
    }
  });

  it("the installed base of a whole industry is no company's figure", () => {
    for (const [text, language] of [
      [
        "Selon le patron d'AMD, 2 000 milliards de dollars d'infrastructures informatiques installées dans le monde seront remplacées. AMD vise 10 milliards de dollars de revenus.",
        "fr",
      ],
      [
        "AMD's chief said $2 trillion of installed global data center infrastructure will be replaced. AMD targets revenue of $10 billion.",
        "en",
      ],
    ] as const) {
      const { kept, why } = aside(text, language);
      assert.deepEqual(kept, [10e9], text);
      assert.match(why.join(), /installed base/u, text);
    }
  });

  it("users gained in a few hours or days are a pace, not a count of users", () => {
    for (const [text, language] of [
      [
        "Gemini a gagné un million d'utilisateurs en une seule heure, et compte 400 millions d'utilisateurs actifs mensuels.",
        "fr",
      ],
      [
        "Gemini gained one million users in a single hour and now has 400 million monthly active users.",
        "en",
      ],
    ] as const) {
      const { kept, why } = aside(text, language);
      assert.deepEqual(kept, [400e6], text);
      assert.match(why.join(), /a pace of sign-ups/u, text);
    }
  });
});

describe("a market index's move", () => {
  it("is stock-market data, not a company's growth (fr, en)", () => {
    assert.deepEqual(
      figures("L'indice Hang Seng Tech a progressé de plus de 20 % depuis janvier.", "fr"),
      [],
    );
    assert.deepEqual(figures("The Nasdaq Composite index rose more than 3% on the week.", "en"), []);
  });

  it("the change of a profit, a loss or a cash flow is no claim, while the revenue's beside it is", () => {
    assert.deepEqual(
      figures(
        "Nvidia a publié un chiffre d'affaires de 30 milliards de dollars (+40 %) et 12 milliards de dollars de bénéfice net (+80 %).",
        "fr",
      ),
      [
        ["Nvidia", "revenue", 30e9],
        ["Nvidia", "revenue_growth", 0.4],
      ],
    );
    assert.deepEqual(
      figures("Le flux de trésorerie disponible d'Oracle a diminué de 120 % sur un an.", "fr"),
      [],
    );
    assert.deepEqual(figures("Micron's free cash flow fell 35% from a year earlier.", "en"), []);
    assert.deepEqual(figures("Micron's gross margin dollars rose 11% from a year earlier.", "en"), []);
    assert.deepEqual(figures("La marge brute en dollars de Micron a progressé de 11 % sur un an.", "fr"), []);
    assert.deepEqual(figures("Micron's gross margin rose to 41% from 37% a year earlier.", "en"), [
      ["Micron", "gross_margin", 0.41],
      ["Micron", "gross_margin", 0.37],
    ]);
    assert.deepEqual(figures("Microsoft holds about 27% of OpenAI's for-profit arm.", "en"), [
      ["Microsoft", "equity_stake", 0.27],
    ]);
  });

  it("an order of magnitude of machines or chips takes no currency from its neighbours (fr, en)", () => {
    assert.deepEqual(
      figures(
        "Quillon signed a $20 billion contract with Amazon covering GPU capacity and millions of CPUs.",
        "en",
      ),
      [["Quillon", "compute_commitment", 20e9]],
    );
    assert.deepEqual(
      figures(
        "Quillon a signé un contrat de 20 milliards de dollars avec Amazon. L'accord couvre des dizaines de milliers de serveurs.",
        "fr",
      ),
      [["Quillon", "compute_commitment", 20e9]],
    );
    assert.deepEqual(
      figures("Quillon signed deals worth billions of dollars with Amazon for servers.", "en").map(
        ([, , value]) => value,
      ),
      [1e9],
    );
  });

  it("a spending's amount given as a share of revenue is no share of revenue (fr, en)", () => {
    assert.deepEqual(
      figures(
        "Alphabet a dépensé 24 milliards de dollars en investissements au trimestre, soit 27 % de son chiffre d'affaires.",
        "fr",
      ).map(([, metric, value]) => [metric, value]),
      [["capex", 24e9]],
    );
    assert.deepEqual(
      figures("Baidu's capex rose to $3.2 billion last year, accounting for 16% of total revenue.", "en").map(
        ([, metric, value]) => [metric, value],
      ),
      [["capex", 3.2e9]],
    );
    assert.deepEqual(
      figures("Nvidia said data center sales accounted for 88% of revenue.", "en").map(
        ([, metric, value]) => [metric, value],
      ),
      [["revenue_share", 0.88]],
    );
  });

  it("a margin named after a profit is the margin, not the profit's change (fr, en)", () => {
    assert.deepEqual(
      figures(
        "Sur l'année, Nvidia a déclaré 70 milliards de dollars de bénéfice net, avec une marge brute de 74,5 %.",
        "fr",
      ),
      [["Nvidia", "gross_margin", 0.745]],
    );
    assert.deepEqual(
      figures("Marvell booked a net profit of $900 million and its gross margin held at 60%.", "en"),
      [["Marvell", "gross_margin", 0.6]],
    );
  });
});

describe("a company's own move on the market", () => {
  it("a percentage a company heading its clause rose or fell by is its share's move (fr, en)", () => {
    const en = "Quarterly results\n\nIntel fell after hours; Nvidia rose >7% on stronger orders.";
    assert.deepEqual(figures(en, "en"), []);
    assert.match(skipped(en, "en")[0] ?? "", /a share's move on the market/);
    const fr = "Résultats\n\nLes investisseurs ont hésité ; Nvidia a cédé 3,4 % jeudi.";
    assert.deepEqual(figures(fr, "fr"), []);
    assert.match(skipped(fr, "fr")[0] ?? "", /a share's move on the market/);
  });

  it("a company's growth over a reporting period, or towards an amount, stays a claim", () => {
    assert.deepEqual(figures("Oracle rose 30% year on year in the third quarter.", "en"), [
      ["Oracle", "revenue_growth", 0.3],
    ]);
    assert.deepEqual(
      figures("Le chiffre d'affaires d'Oracle a bondi de 14 % à 16 milliards de dollars.", "fr"),
      [
        ["Oracle", "revenue_growth", 0.14],
        ["Oracle", "revenue", 16e9],
      ],
    );
  });
});

describe("figures outside company finance: energy and power use", () => {
  it("an amount of energy is no claim, even with a scale and a dollar figure elsewhere in the text", () => {
    const en =
      "Meta will invest $2 billion in data centres. Their use could reach 300 billion kilowatt hours, or 40 TWh more by 2030.";
    assert.deepEqual(figures(en, "en"), [["Meta", "capex", 2e9]]);
    const fr =
      "Meta investira 2 milliards de dollars dans des centres de données, qui consommeraient 300 milliards de kilowattheures.";
    assert.deepEqual(figures(fr, "fr"), [["Meta", "capex", 2e9]]);
  });

  it("a share of electricity use or power demand is no claim (fr, en)", () => {
    const en = "Microsoft data centres account for more than 3% of U.S. electricity use.";
    assert.deepEqual(figures(en, "en"), []);
    assert.match(skipped(en, "en")[0] ?? "", /a share of a power or energy quantity/);
    const fr =
      "Les centres de données de Microsoft représentent jusqu'à 30 % de la demande d'électricité du pays.";
    assert.deepEqual(figures(fr, "fr"), []);
    assert.match(skipped(fr, "fr")[0] ?? "", /a share of a power or energy quantity/);
  });
});

describe("a count of users and its change", () => {
  it("abbreviated monthly or weekly users are users, and their change is no claim (fr, en)", () => {
    const en = "Meta reported stronger adoption of its assistant (300M MAUs, +25% in two months).";
    assert.deepEqual(figures(en, "en"), [["Meta", "monthly_active_users", 300e6]]);
    assert.match(skipped(en, "en")[0] ?? "", /the change of a count of users/);
    const fr = "L'assistant de Meta compte 40 millions de WAU, en hausse de 15 % depuis mars.";
    assert.deepEqual(figures(fr, "fr"), [["Meta", "weekly_active_users", 40e6]]);
  });

  it("a share of users is still a claim", () => {
    assert.deepEqual(figures("OpenAI said 5% of its weekly users pay for a subscription.", "en"), [
      ["OpenAI", "paid_conversion", 0.05],
    ]);
  });
});

describe("not a claim: a company buying back its own shares", () => {
  it("a buyback is set aside; buying a company is still its price (FR, EN)", () => {
    const fr = figures("Broadcom a racheté pour 4 milliards de dollars d'actions au trimestre.", "fr");
    assert.deepEqual(fr, []);
    const en = figures("Broadcom bought back $4 billion of shares in the quarter.", "en");
    assert.deepEqual(en, []);
    const bought = figures("Broadcom a racheté VMware pour 61 milliards de dollars.", "fr");
    assert.deepEqual(bought, [["Broadcom", "acquisition_price", 61e9]]);
  });
});

describe("a defence company is a company, not a military budget", () => {
  it("« la société de défense … valorisée » is a valuation (FR)", () => {
    assert.deepEqual(
      figures(
        "Quantum Systems a levé 180 millions d'euros. La start-up de défense est désormais valorisée 3 milliards d'euros.",
        "fr",
      ),
      [
        ["Quantum Systems", "funding_round", 180e6],
        ["Quantum Systems", "valuation", 3e9],
      ],
    );
  });

  it("'the defense startup … valued at' is a valuation (EN)", () => {
    assert.deepEqual(
      figures("Shield AI raised $240 million. The defense startup is now valued at $5.3 billion.", "en"),
      [
        ["Shield AI", "funding_round", 240e6],
        ["Shield AI", "valuation", 5.3e9],
      ],
    );
  });

  it("a defence budget stays a yardstick (EN)", () => {
    assert.deepEqual(
      figures("The US defense budget of $850 billion dwarfs OpenAI's revenue.", "en").filter(
        (f) => f[2] === 850e9,
      ),
      [],
    );
  });

  it("a rise over the company's own earlier pledge restates the figure's revision, not growth (FR, EN)", () => {
    assert.deepEqual(
      figures(
        "Cohere consacrera 3 milliards d'euros à ses centres de données d'ici 2030, soit une hausse de 20 % par rapport à ses précédents engagements.",
        "fr",
      ).map(([, metric]) => metric),
      ["capex"],
    );
    assert.deepEqual(
      figures(
        "Cohere will spend €3 billion on its data centres by 2030, an increase of 20% over its previous pledge.",
        "en",
      ).map(([, metric]) => metric),
      ["capex"],
    );
    assert.ok(
      figures(
        "Le chiffre d'affaires de Cohere atteint 1 milliard, soit une hausse de 20 % par rapport à l'an dernier.",
        "fr",
      ).some(([, metric]) => metric === "revenue_growth"),
    );
  });
});
