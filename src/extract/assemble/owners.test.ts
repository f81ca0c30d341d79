import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields, extract } from "../../../test/support/claims.js";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { unknownCompanies } from "./unknown-names.js";

const owners = claimFields(["entity", "value"]);

const unknown = (text: string) =>
  unknownCompanies(text, findNames(text, defaultGazetteer()), defaultGazetteer());

describe("companies the gazetteer does not know", () => {
  it("are found by a corporate cue around a capitalised name, in French and English", () => {
    assert.deepEqual(unknown("Le promoteur américain Zorbex prévoit 2 milliards d'euros."), ["Zorbex"]);
    assert.deepEqual(unknown("Quillon, une start-up lyonnaise, a levé 40 millions d'euros."), ["Quillon"]);
    assert.deepEqual(unknown("Brindle, a Texan data-centre developer, borrowed $3 billion."), ["Brindle"]);
    assert.deepEqual(unknown("Harrow Energy agreed to sell power to Amazon."), ["Harrow Energy"]);
  });

  it("leave out a place written before the name with '-based'", () => {
    assert.deepEqual(unknown("Paris-based Tessaline, a cloud provider, has raised $600 million."), [
      "Tessaline",
    ]);
  });

  it("leave known names, people, outlets and sentence openers alone", () => {
    assert.deepEqual(unknown("Oracle Cloud Infrastructure grew 55%. Mardi, la société a signé."), []);
    assert.deepEqual(unknown("Surtout, le groupe a relevé sa prévision."), []);
    assert.deepEqual(unknown("The Information, the tech outlet, said so."), []);
  });

  it("own the figures of the sentence they are the subject of, not a known company named earlier", () => {
    const text =
      "Mistral AI leads the pack\n\nMistral AI raised €1.7 billion in September. Separately, the logistics group Zorbex plans to invest €6 billion in four data centres near Paris, and Zorbex expects 500 megawatts of capacity.";
    assert.deepEqual(owners(text), [
      ["Mistral AI", 1.7e9],
      ["Zorbex", 6e9],
      ["Zorbex", 0.5],
    ]);
  });
});

describe("the grammatical owner of a figure", () => {
  it("is the subject right before the figure's verb, not the sentence's first name (fr)", () => {
    const text =
      "Nvidia publie ses comptes\n\nMardi, Microsoft a signé un accord aux termes duquel la start-up Anthropic achètera pour 30 milliards de dollars de capacité de calcul.";
    assert.deepEqual(owners(text, "fr"), [["Anthropic", 30e9]]);
  });

  it("is the subject right before the figure's verb, an apposition in commas left aside (en)", () => {
    const text =
      "Banks and builders\n\nMorgan Stanley arranged the debt while SpaceX, another company of the entrepreneur, put $2 billion into the round.";
    assert.deepEqual(owners(text), [["SpaceX", 2e9]]);
  });

  it("is the possessor when the figure stands between the owner and the metric word", () => {
    const text = "SoftBank's bet\n\nSoftBank led OpenAI's $40 billion funding round in March.";
    assert.deepEqual(owners(text), [["OpenAI", 40e9]]);
  });

  it("is the headline's subject for a bare 'la société' in a later paragraph", () => {
    const text =
      "Anthropic s'allie à Microsoft et Nvidia\n\nMicrosoft et Nvidia investiront dans Anthropic. Le groupe de Redmond fournira Azure.\n\nEn septembre, la société avait levé 13 milliards de dollars.";
    assert.deepEqual(owners(text, "fr"), [["Anthropic", 13e9]]);
  });
});

describe("the article's subject", () => {
  it("is not a headline name that only describes another ('X's favoured child Y', 'le protégé de X')", () => {
    const en =
      "Microsoft's favoured child CoreWeave stumbles after its first results\n\nCoreWeave's revenue rose to $1 billion.\n\nThe company expects capital expenditures of $20 billion this year.";
    assert.deepEqual(
      owners(en).map(([entity]) => entity),
      ["CoreWeave", "CoreWeave"],
    );
    const fr =
      "Le protégé de Microsoft, CoreWeave, chute après ses premiers résultats\n\nCoreWeave a publié un chiffre d'affaires de 1 milliard de dollars.\n\nLa société prévoit 20 milliards de dollars d'investissements cette année.";
    assert.deepEqual(
      owners(fr, "fr").map(([entity]) => entity),
      ["CoreWeave", "CoreWeave"],
    );
  });

  it("is found whatever the casing of its name ('Coreweave', 'OPENAI')", () => {
    assert.deepEqual(
      findNames("Coreweave and OPENAI", defaultGazetteer()).map((n) => n.canonical),
      ["CoreWeave", "OpenAI"],
    );
  });
});

describe("banks and research firms quoted as sources", () => {
  it("own no figure about others, in French and English", () => {
    const en =
      "CoreWeave's outlook\n\nCoreWeave keeps growing. Morgan Stanley puts revenue at $5 billion this year, and Jefferies sees capital expenditures of $20 billion.";
    assert.deepEqual(
      owners(en).map(([entity]) => entity),
      ["CoreWeave", "CoreWeave"],
    );
    const fr =
      "Les comptes de CoreWeave\n\nCoreWeave poursuit sa croissance. Bernstein table sur un chiffre d'affaires de 5 milliards de dollars cette année, et UBS a calculé des investissements de 20 milliards de dollars.";
    assert.deepEqual(
      owners(fr, "fr").map(([entity]) => entity),
      ["CoreWeave", "CoreWeave"],
    );
  });

  it("own their own investment", () => {
    assert.deepEqual(owners("Backers\n\nGoldman Sachs invested $500 million in CoreWeave."), [
      ["Goldman Sachs", 5e8],
    ]);
    assert.deepEqual(owners("Soutiens\n\nJPMorgan a investi 500 millions de dollars dans CoreWeave.", "fr"), [
      ["JPMorgan", 5e8],
    ]);
  });
});

describe("investor and investee", () => {
  it("the lead investor's cheque ('led the round with', 'a mené le tour de table avec') is its investment", () => {
    const claims = (text: string, language: "fr" | "en") =>
      extract(text, language).map((c) => [c.entity, c.metric, c.value.low ?? c.value.high, c.counterparty]);
    assert.deepEqual(
      claims(
        "Mistral AI raises\n\nASML led the round with €1.3 billion, which valued Mistral AI at €11.7 billion.",
        "en",
      ),
      [
        ["ASML", "investment", 1.3e9, "Mistral AI"],
        ["Mistral AI", "valuation", 11.7e9, null],
      ],
    );
    assert.deepEqual(
      claims(
        "Mistral AI lève des fonds\n\nMistral AI a levé 1,7 milliard d'euros. ASML a mené le tour de table avec 1,3 milliard d'euros.",
        "fr",
      ).map(([entity, metric, value]) => [entity, metric, value]),
      [
        ["Mistral AI", "funding_round", 1.7e9],
        ["ASML", "investment", 1.3e9],
      ],
    );
  });
});

describe("the company that speaks", () => {
  it("is meant by 'l'entreprise' or 'the company' in what it says, a person speaking for its company", () => {
    const fr =
      "Les puces de Nvidia\n\nNvidia livre OpenAI.\n\nLors d'une conférence, Sam Altman a indiqué que l'entreprise avait levé 40 milliards de dollars.";
    assert.deepEqual(owners(fr, "fr"), [["OpenAI", 40e9]]);
    const en =
      "Nvidia's chips\n\nNvidia ships to OpenAI.\n\nAt the conference, Microsoft (MSFT) said the company had spent $40 billion on capital expenditures.";
    assert.deepEqual(owners(en), [["Microsoft", 40e9]]);
  });
});

describe("references to companies named before", () => {
  it("'the former' and 'the latter' pick from the pair named before them", () => {
    const text =
      "Paris pledges\n\nMGX and Brookfield made the largest pledges. The former will invest €30 billion in a campus in France; the latter plans to invest €20 billion in France by 2030.";
    assert.deepEqual(owners(text), [
      ["MGX", 30e9],
      ["Brookfield", 20e9],
    ]);
  });

  it("'le premier' and 'le second' pick from the pair, not from a name inside the sentence", () => {
    const text =
      "Deux investisseurs\n\nMasayoshi Son et le fonds MGX sont partout. Le premier a cédé ses actions Nvidia pour 5,8 milliards de dollars ; le second vient de racheter Aligned pour 40 milliards de dollars.";
    assert.deepEqual(
      owners(text, "fr").map(([entity]) => entity),
      ["SoftBank", "MGX"],
    );
  });

  it("a personal pronoun subject is the company the text is about, not the company it acquires", () => {
    const text =
      "SoftBank sells\n\nSoftBank sold its Nvidia shares. It agreed in March to acquire Ampere Computing, a designer of server chips, for $6.5 billion.";
    assert.deepEqual(owners(text), [["SoftBank", 6.5e9]]);
  });
});

describe("hardware makers", () => {
  it("named on the hardware ('gigawatts of AMD GPUs', 'puces de Nvidia') are not its owner", () => {
    const en = "OpenAI and AMD\n\nOpenAI has committed to deploy 6 gigawatts of AMD Instinct GPUs.";
    assert.deepEqual(owners(en), [["OpenAI", 6]]);
    const fr =
      "Le calcul d'OpenAI\n\nOpenAI a signé avec Oracle. La start-up déploiera 2 gigawatts de puces de Nvidia.";
    assert.deepEqual(owners(fr, "fr"), [["OpenAI", 2]]);
  });

  it("named on counted units ('150,000 units of AMD's chips', '150 000 GPU de Nvidia') are not their owner", () => {
    const en =
      "Oracle deals\n\nIn return, Oracle will get access to about 150,000 units of AMD's latest MI450 chips.";
    assert.deepEqual(owners(en), [["Oracle", 150000]]);
    const fr =
      "Les contrats d'Oracle\n\nEn échange, Oracle recevra environ 150 000 GPU de Nvidia d'ici 2027.";
    assert.deepEqual(owners(fr, "fr"), [["Oracle", 150000]]);
  });
});

describe("a paragraph's topic", () => {
  it("is not a hardware maker named with its product after a preposition ('of Nvidia Blackwell', 'de Nvidia Blackwell')", () => {
    const en =
      "CoreWeave's quarter\n\nCoreWeave sells all its capacity.\n\nWith the new generation of Nvidia Blackwell coming online, customers sign earlier. The deal was worth $3 billion over five years.";
    assert.deepEqual(
      owners(en).map(([entity]) => entity),
      ["CoreWeave"],
    );
    const fr =
      "Le trimestre de CoreWeave\n\nCoreWeave vend toute sa capacité.\n\nAvec la nouvelle génération de Nvidia Blackwell, les clients signent plus tôt. Le contrat vaut 3 milliards de dollars sur cinq ans.";
    assert.deepEqual(
      owners(fr, "fr").map(([entity]) => entity),
      ["CoreWeave"],
    );
  });
});

describe("groups", () => {
  it("a list with a descriptor inside ('le fonds émirien MGX') acts together", () => {
    const text =
      "Coentreprise\n\nMistral AI, le fonds émirien MGX, Bpifrance et Nvidia ont annoncé une coentreprise pour un campus de 1,4 gigawatt.";
    assert.deepEqual(owners(text, "fr"), [["Mistral AI+MGX+Bpifrance+Nvidia", 1.4]]);
  });

  it("a member's part goes to the member, and 'ils' / 'they' to the group named before", () => {
    const fr =
      "Les hyperscalers\n\nAmazon, Alphabet, Meta et Microsoft prévoient d'investir 630 milliards de dollars en 2026, dont 200 milliards pour Amazon. En 2027, ils pourraient emprunter 300 milliards de dollars.";
    assert.deepEqual(
      owners(fr, "fr").map(([entity]) => entity),
      ["Amazon+Alphabet+Meta+Microsoft", "Amazon", "Amazon+Alphabet+Meta+Microsoft"],
    );
    const en =
      "Big spenders\n\nMicrosoft and Meta will spend $200 billion on data centres next year. They could also borrow $50 billion.";
    assert.deepEqual(
      owners(en).map(([entity]) => entity),
      ["Microsoft+Meta", "Microsoft+Meta"],
    );
  });
});

describe("descriptions and reported speech", () => {
  it("a periphrasis the gazetteer knows beats the bare anaphora it starts with", () => {
    const text =
      "OpenAI lève des fonds\n\nPour SoftBank, OpenAI est devenu le pari d'une vie. Le groupe japonais s'est engagé à apporter 30 milliards de dollars.";
    assert.deepEqual(owners(text, "fr"), [["SoftBank", 30e9]]);
  });

  it("the company a source says raised money owns the round, not the source", () => {
    const text =
      "xAI's cash\n\nIn July Morgan Stanley, which arranged the financing, said xAI had raised $10 billion in total.";
    assert.deepEqual(owners(text), [["xAI", 10e9]]);
  });
});

describe("a customer's share of revenue", () => {
  it("belongs to the company whose revenue it is, not to the customer (fr, en)", () => {
    const en =
      "CoreWeave goes public\n\nCoreWeave filed for its listing. Microsoft accounted for 62% of revenue in 2024.";
    assert.deepEqual(owners(en), [["CoreWeave", 0.62]]);
    const fr =
      "CoreWeave en Bourse\n\nCoreWeave a déposé son dossier. Microsoft a représenté 62 % de son chiffre d'affaires en 2024.";
    assert.deepEqual(owners(fr, "fr"), [["CoreWeave", 0.62]]);
  });
});

describe("unnamed collectives", () => {
  it("own the figure of the clause they are the subject of, named as the English collective", () => {
    assert.deepEqual(
      owners(
        "Les géants du cloud vont consacrer 480 milliards de dollars à leurs centres de données cette année.",
        "fr",
      ),
      [["hyperscalers", 480e9]],
    );
    assert.deepEqual(owners("Big Tech is expected to pour $420 billion into AI data centres in 2026."), [
      ["Big Tech", 420e9],
    ]);
    assert.deepEqual(
      owners(
        "Les hyperscalers dépenseront quelque 500 milliards de dollars en infrastructures en 2026.",
        "fr",
      ),
      [["hyperscalers", 500e9]],
    );
    assert.deepEqual(
      owners("Les géants de la tech vont consacrer 400 milliards de dollars à l'IA cette année.", "fr"),
      [["Big Tech", 400e9]],
    );
  });

  it("are not taken for a company the gazetteer does not know", () => {
    assert.deepEqual(unknown("The AI industry, a sector in full swing, raised $90 billion."), []);
  });
});

describe("a key-figures table", () => {
  it("gives its rows to the article's company when its first column names measures (fr)", () => {
    const text = [
      "# Cohere en bref",
      "",
      "Cohere publie ses chiffres clés.",
      "",
      "| Indicateur | Valeur |",
      "|---|---|",
      "| Revenus annualisés | 240 M$ |",
      "| Valorisation | 6,8 Md$ |",
      "",
    ].join("\n");
    assert.deepEqual(owners(text, "fr"), [
      ["Cohere", 240e6],
      ["Cohere", 6.8e9],
    ]);
  });

  it("does so when a row's label is a metric word whatever the header (en)", () => {
    const text = [
      "# Cohere at a glance",
      "",
      "Cohere shared a few numbers.",
      "",
      "| | |",
      "|---|---|",
      "| Annualized revenue | $240M |",
      "| Valuation | $6.8B |",
      "",
    ].join("\n");
    assert.deepEqual(owners(text, "en"), [
      ["Cohere", 240e6],
      ["Cohere", 6.8e9],
    ]);
  });
});

describe("the agent of a passive holding the figure", () => {
  it("owns a planned or earmarked amount, whoever the sentence opens with", () => {
    assert.deepEqual(
      owners(
        "OpenAI en France\n\nOpenAI salue l'accord annoncé lundi : 12 milliards d'euros sont prévus par Brookfield pour de nouveaux centres de données près de Lyon.",
        "fr",
      ),
      [["Brookfield", 12e9]],
    );
    assert.deepEqual(
      owners(
        "OpenAI's new campus\n\nOpenAI welcomed the plan, under which $8 billion of capital spending was earmarked by Brookfield for two data centres in Texas.",
      ),
      [["Brookfield", 8e9]],
    );
  });

  it("is the investor of an investment it announced or confirmed, with no auxiliary needed", () => {
    assert.deepEqual(
      owners(
        "OpenAI et Nvidia\n\nOpenAI utilisera les puces grâce à l'investissement de 40 milliards de dollars récemment confirmé par Nvidia.",
        "fr",
      ),
      [["Nvidia", 40e9]],
    );
    assert.deepEqual(
      owners(
        "OpenAI and Nvidia\n\nOpenAI welcomed the news: the $40 billion investment recently announced by Nvidia will fund its first sites.",
      ),
      [["Nvidia", 40e9]],
    );
  });
});

describe("the items of a list", () => {
  it("do not hand a company one item is about to the next item's figures (en)", () => {
    const text =
      "Oracle results\n\nOracle reported revenue of $15 billion for the quarter.\nHighlights\n- Microsoft is the first customer of the new region.\n- Cloud revenue was $7 billion, up 30% from a year ago.";
    assert.deepEqual(owners(text), [
      ["Oracle", 15e9],
      ["Oracle", 7e9],
      ["Oracle", 0.3],
    ]);
  });

  it("do not hand a company one item is about to the next item's figures (fr)", () => {
    const text =
      "Résultats d'Oracle\n\nOracle a publié un chiffre d'affaires de 15 milliards de dollars sur le trimestre.\nPoints clés\n- Microsoft est le premier client de la nouvelle région.\n- Le chiffre d'affaires du cloud a atteint 7 milliards de dollars.";
    assert.deepEqual(owners(text, "fr"), [
      ["Oracle", 15e9],
      ["Oracle", 7e9],
    ]);
  });

  it("keep the sibling's company when the item goes on about it with a pronoun", () => {
    const en =
      "Cloud deals\n\n- Meta signed a $14 billion contract with CoreWeave in September.\n- It then added $3 billion in October.";
    assert.deepEqual(owners(en), [
      ["Meta", 14e9],
      ["Meta", 3e9],
    ]);
    const fr =
      "Contrats cloud\n\n- Meta a signé un contrat de 14 milliards de dollars avec CoreWeave en septembre.\n- Elle a ajouté 3 milliards de dollars en octobre.";
    assert.deepEqual(owners(fr, "fr"), [
      ["Meta", 14e9],
      ["Meta", 3e9],
    ]);
  });
});

describe("neoclouds and their backers in the gazetteer", () => {
  it("own their figures rather than a chip maker named beside them", () => {
    assert.deepEqual(owners("Backed by Nvidia, Nscale has raised $2 billion in a new round."), [
      ["Nscale", 2e9],
    ]);
    assert.deepEqual(
      owners("Soutenu par Nvidia, Nscale a levé 2 milliards de dollars lors d'un nouveau tour.", "fr"),
      [["Nscale", 2e9]],
    );
    assert.deepEqual(owners("Aker ASA is investing $300 million in the round."), [["Aker", 3e8]]);
    assert.deepEqual(
      owners("DataVolt s'engage à investir 5 milliards de dollars dans des centres de données.", "fr"),
      [["DataVolt", 5e9]],
    );
  });
});

describe("an investment the company takes in", () => {
  const roles = (text: string, language: "fr" | "en") =>
    extract(text, language).map((c) => [c.entity, c.counterparty, c.metric, c.value.low ?? c.value.high]);

  it("comes from the investor named after 'from', even behind a description (en, fr)", () => {
    assert.deepEqual(roles("Anthropic secured an additional $3bn investment from chip giant Nvidia.", "en"), [
      ["Nvidia", "Anthropic", "investment", 3e9],
    ]);
    assert.deepEqual(
      roles(
        "Mistral AI a obtenu un investissement supplémentaire de 2 milliards d'euros de la part du fabricant néerlandais ASML.",
        "fr",
      ),
      [["ASML", "Mistral AI", "investment", 2e9]],
    );
  });

  it("with no investor named is the company's own round, not its spending (en, fr)", () => {
    assert.deepEqual(roles("Anthropic is close to securing a $5bn investment.", "en"), [
      ["Anthropic", null, "funding_round", 5e9],
    ]);
    assert.deepEqual(roles("Mistral AI a décroché un investissement de 1 milliard d'euros.", "fr"), [
      ["Mistral AI", null, "funding_round", 1e9],
    ]);
  });
});

describe("a backer named as a modifier of the company", () => {
  it("does not own the company's figures ('Microsoft-backed Mistral', 'soutenue par Microsoft')", () => {
    assert.deepEqual(owners("Microsoft-backed Mistral AI raises $645 million at a $6 billion valuation"), [
      ["Mistral AI", 645e6],
      ["Mistral AI", 6e9],
    ]);
    assert.deepEqual(owners("Nvidia-owned stakes aside, Amazon-backed Anthropic raised $13 billion."), [
      ["Anthropic", 13e9],
    ]);
    assert.deepEqual(
      owners(
        "Mistral AI, soutenue par Microsoft, lève 600 millions d'euros pour une valorisation de 6 milliards.",
        "fr",
      ),
      [
        ["Mistral AI", 600e6],
        ["Mistral AI", 6e9],
      ],
    );
  });
});

describe("a metric word said once for two owners", () => {
  it("a possessive with no noun of its own owns the figure of its clause", () => {
    assert.deepEqual(
      owners("Meta's capital expenditures will reach $70 billion, while Microsoft's will top $80 billion."),
      [
        ["Meta", 7e10],
        ["Microsoft", 8e10],
      ],
    );
    assert.deepEqual(
      owners(
        "Les dépenses d'investissement de Meta atteindront 70 milliards de dollars, tandis que celles de Microsoft dépasseront 80 milliards de dollars.",
        "fr",
      ),
      [
        ["Meta", 7e10],
        ["Microsoft", 8e10],
      ],
    );
  });
});

describe("a metric word after the figure, in a comparison", () => {
  it("names the company the figure is compared with, not its owner", () => {
    assert.deepEqual(
      owners(
        "Nebius expects its platform to bring in $9 billion a year by 2028, on par with the sales of Dell.",
      ),
      [["Nebius", 9e9]],
    );
    assert.deepEqual(
      owners(
        "Nebius prévoit que sa plateforme génère 9 milliards de dollars par an d'ici 2028, un montant comparable au chiffre d'affaires de Dell.",
        "fr",
      ),
      [["Nebius", 9e9]],
    );
  });
});
