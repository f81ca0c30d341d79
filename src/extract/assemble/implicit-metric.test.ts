import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("figures whose own sentence names no metric", () => {
  it("a list whose opening line names nothing takes the metric of the sentence before it", () => {
    const fr = [
      "Nvidia prévoit une forte hausse du chiffre d'affaires de sa division réseau. Les montants visés :",
      "",
      "- exercice 2027 : 20 milliards de dollars",
      "- exercice 2028 : 31 milliards",
    ].join("\n");
    assert.deepEqual(ownerMetricValue(fr, "fr"), [
      ["Nvidia", "revenue", 20e9],
      ["Nvidia", "revenue", 31e9],
    ]);
    const en = [
      "Meta expects its capital expenditure to keep climbing. The figures it gave:",
      "",
      "- 2026: $110 billion",
      "- 2027: $140 billion",
    ].join("\n");
    assert.deepEqual(ownerMetricValue(en, "en"), [
      ["Meta", "capex", 110e9],
      ["Meta", "capex", 140e9],
    ]);
  });

  it("an item with no metric word takes the one an earlier item of its list named", () => {
    const fr = [
      "## Les soutiens de Mistral AI",
      "",
      "- Nvidia : 500 millions d'euros investis en 2024",
      "- ASML : 1,3 milliard d'euros en 2025",
    ].join("\n");
    assert.deepEqual(ownerMetricValue(fr, "fr").slice(-1), [["ASML", "investment", 1.3e9]]);
    const en = [
      "## Backers of xAI",
      "",
      "- Nvidia: $900 million invested in xAI in 2024",
      "- Fidelity: $600 million in 2025",
    ].join("\n");
    assert.deepEqual(ownerMetricValue(en, "en").slice(-1), [["Fidelity", "investment", 600e6]]);
  });

  it("a figure said to add to the one before measures what it measured", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Amazon a investi 4 milliards de dollars dans Anthropic en 2023. Il y a ajouté 2,7 milliards de plus en 2024.",
        "fr",
      ),
      [
        ["Amazon", "investment", 4e9],
        ["Amazon", "investment", 2.7e9],
      ],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Microsoft invested $1 billion in OpenAI in 2019. It then added $2 billion in 2021.",
        "en",
      ),
      [
        ["Microsoft", "investment", 1e9],
        ["Microsoft", "investment", 2e9],
      ],
    );
  });

  it("a figure with no word of addition beside it inherits nothing", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Amazon a investi 4 milliards de dollars dans Anthropic. Le site coûtera 2 milliards.",
        "fr",
      ).length,
      1,
    );
    assert.deepEqual(
      ownerMetricValue(
        "Microsoft invested $1 billion in OpenAI. The campus opens in Ohio with $2 billion.",
        "en",
      ).length,
      1,
    );
  });

  it("a plain-text table of investors and dotted leaders: each amount is the row's investment", () => {
    const en = [
      "Anthropic closed a $13 billion round. The amounts reported so far:",
      "",
      "Investor ................ Amount",
      "Fidelity ................ about $1 billion",
      "Lightspeed .............. $500 million",
    ].join("\n");
    assert.deepEqual(ownerMetricValue(en, "en").slice(1), [
      ["Fidelity", "investment", 1e9],
      ["Lightspeed", "investment", 500e6],
    ]);
    const fr = [
      "Mistral AI a bouclé un tour de table de 1,7 milliard d'euros. Les apports connus :",
      "",
      "Investisseur ............ Montant",
      "ASML .................... 1,3 milliard d'euros",
      "Nvidia .................. 100 millions d'euros",
    ].join("\n");
    assert.deepEqual(ownerMetricValue(fr, "fr").slice(1), [
      ["ASML", "investment", 1.3e9],
      ["Nvidia", "investment", 100e6],
    ]);
  });

  it("a forecast whose subject stands for the company just spoken of continues its metric", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Anthropic a réalisé un chiffre d'affaires de 5 milliards de dollars en 2025. Elle vise 30 milliards en 2027.",
        "fr",
      ),
      [
        ["Anthropic", "revenue", 5e9],
        ["Anthropic", "revenue", 30e9],
      ],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Meta's capital expenditure reached $70 billion in 2025. For 2026, the company expects $115 billion.",
        "en",
      ),
      [
        ["Meta", "capex", 70e9],
        ["Meta", "capex", 115e9],
      ],
    );
  });

  it("a margin of error around a figure is no claim of its own", () => {
    assert.deepEqual(
      ownerMetricValue(
        "AMD prévoit un chiffre d'affaires d'environ 9,6 milliards de dollars, à plus ou moins 300 millions près.",
        "fr",
      ),
      [["AMD", "revenue", 9.6e9]],
    );
    assert.deepEqual(ownerMetricValue("Nvidia guided revenue to $65 billion, plus or minus 2%.", "en"), [
      ["Nvidia", "revenue", 65e9],
    ]);
  });

  it("a decimal point in the amount does not hide the word that says where the money goes", () => {
    assert.deepEqual(ownerMetricValue("Microsoft has put $13.8 billion into OpenAI since 2019.", "en"), [
      ["Microsoft", "investment", 13.8e9],
    ]);
    assert.deepEqual(ownerMetricValue("Anthropic received $1.5 billion from Amazon.", "en"), [
      ["Amazon", "investment", 1.5e9],
    ]);
    assert.deepEqual(
      ownerMetricValue("Anthropic a reçu 1,5 milliard de dollars de la part d'Amazon.", "fr"),
      [["Amazon", "investment", 1.5e9]],
    );
  });

  it("a verb of putting money in, or a purchase of shares, makes an amount an investment", () => {
    // What is bought is what is measured here; who bought it is the owner stage's to say.
    const bought = ownerMetricValue(
      "Nvidia a passé un ordre d'achat de 250 millions de dollars d'actions de CoreWeave.",
      "fr",
    );
    assert.deepEqual(
      bought.map(([, metric, value]) => [metric, value]),
      [["investment", 250e6]],
    );
    assert.deepEqual(ownerMetricValue("SoftBank pumped $2 billion into Arm.", "en"), [
      ["SoftBank", "investment", 2e9],
    ]);
    // "pour" is a French preposition, never the English verb.
    assert.deepEqual(
      ownerMetricValue(
        "Nvidia et OpenAI ont signé un cadre de coopération pour 100 milliards de dollars.",
        "fr",
      ).length,
      0,
    );
    assert.deepEqual(ownerMetricValue("Nvidia sold $500 million of its shares.", "en").length, 0);
  });

  it("money contributed to a venture, or the price of a stake just named, is an investment", () => {
    const metrics = (text: string, language: "fr" | "en") =>
      ownerMetricValue(text, language).map(([, metric, value]) => [metric, value]);
    assert.deepEqual(metrics("Brookfield contributed about $5 billion in cash to Crusoe last year.", "en"), [
      ["investment", 5e9],
    ]);
    assert.deepEqual(
      metrics(
        "Mistral AI a levé 2 milliards d'euros. Nvidia dit avoir pris environ 8 % du capital de la start-up contre 900 millions d'euros.",
        "fr",
      ).slice(1),
      [
        ["equity_stake", 0.08],
        ["investment", 900e6],
      ],
    );
    // A division that "contributed" an amount brought in revenue: no money was put in.
    assert.deepEqual(
      metrics("Gaming, the group's oldest business, contributed $4.1 billion.", "en").filter(
        ([metric]) => metric === "investment" || metric === "capex",
      ),
      [],
    );
  });

  it("figures listed with no metric word take the one the next sentence, totalling them, names", () => {
    const fr =
      "Quatre-vingts milliards d'euros pour Amazon, 62 pour Alphabet et 40 pour Meta. Au total, les trois groupes prévoient de dépenser 182 milliards d'euros dans leurs infrastructures en 2026.";
    assert.deepEqual(ownerMetricValue(fr, "fr").slice(0, 3), [
      ["Amazon", "capex", 80e9],
      ["Alphabet", "capex", 62e9],
      ["Meta", "capex", 40e9],
    ]);
    const en =
      "$90 billion for Amazon, 70 for Alphabet and 40 for Meta. Combined, the three plan capital spending of $200 billion this year.";
    assert.deepEqual(ownerMetricValue(en, "en").slice(0, 3), [
      ["Amazon", "capex", 90e9],
      ["Alphabet", "capex", 70e9],
      ["Meta", "capex", 40e9],
    ]);
    const noTotal =
      "$90 billion for Amazon, 70 for Alphabet and 40 for Meta. The three plan capital spending of $200 billion.";
    assert.deepEqual(
      ownerMetricValue(noTotal, "en").map((c) => c[2]),
      [200e9],
    );
  });

  it("a figure compared with the previous sentence's measures the same thing", () => {
    const fr =
      "Amazon prévoit des dépenses d'investissement de 200 milliards de dollars en 2026. C'est bien plus que les 131 milliards de 2025.";
    assert.deepEqual(ownerMetricValue(fr, "fr"), [
      ["Amazon", "capex", 200e9],
      ["Amazon", "capex", 131e9],
    ]);
    const en =
      "Amazon plans capital expenditure of $200 billion in 2026. That compares with $131 billion in 2025.";
    assert.deepEqual(ownerMetricValue(en, "en"), [
      ["Amazon", "capex", 200e9],
      ["Amazon", "capex", 131e9],
    ]);
  });
});

describe("a company of the group just measured, opening its sentence with a verb that looks ahead", () => {
  it("gives that measure's value of its own (fr)", () => {
    const fr =
      "Oracle, Nvidia, Meta et Microsoft prévoient des dépenses d'investissement de 500 milliards de dollars en 2026. Oracle, à lui seul, anticipe 60 milliards de dollars. Meta vise entre 110 et 120 milliards.";
    assert.deepEqual(ownerMetricValue(fr, "fr", "2026-02-05"), [
      ["Oracle+Nvidia+Meta+Microsoft", "capex", 500e9],
      ["Oracle", "capex", 60e9],
      ["Meta", "capex", 110e9],
    ]);
  });

  it("gives that measure's value of its own (en)", () => {
    const en =
      "Oracle, Nvidia, Meta and Microsoft plan capital expenditure of $500 billion in 2026. Oracle alone expects $60 billion. Meta targets $110 billion to $120 billion.";
    assert.deepEqual(ownerMetricValue(en, "en", "2026-02-05"), [
      ["Oracle+Nvidia+Meta+Microsoft", "capex", 500e9],
      ["Oracle", "capex", 60e9],
      ["Meta", "capex", 110e9],
    ]);
  });

  it("leaves a company outside the group unread (fr)", () => {
    const fr =
      "Meta et Microsoft prévoient des dépenses d'investissement de 200 milliards de dollars en 2026. Oracle vise 60 milliards.";
    assert.deepEqual(ownerMetricValue(fr, "fr", "2026-02-05"), [["Meta+Microsoft", "capex", 200e9]]);
  });
});
