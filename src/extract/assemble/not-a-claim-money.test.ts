import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimReader, claimValues, skippedReasons } from "../../../test/support/claims.js";

const read = claimReader("2025-08-01");
const values = claimValues("2025-08-01");
const reasons = skippedReasons("2025-08-01");

describe("figures around a company's finance that are no claims (CLAIMS.md §8)", () => {
  it("a change in market value is not the market value", () => {
    assert.deepEqual(
      values(
        "Tesla a vu sa capitalisation boursière fondre de 150 milliards de dollars en deux séances.",
        "fr",
      ),
      [],
    );
    assert.deepEqual(values("Tesla shed about $150 billion in market value over two sessions.", "en"), []);
    assert.deepEqual(
      values("La capitalisation boursière de Tesla a dépassé 1 500 milliards de dollars.", "fr"),
      [1.5e12],
    );
  });

  it("a round priced at a market value, with no company named in its sentence, is the company's", () => {
    const text = (sentence: string) => `Veltrix AI raised new money this week. ${sentence}`;
    assert.deepEqual(
      values(text("Its shares changed hands at a market value of up to $40 billion."), "en"),
      [4e10],
    );
    assert.deepEqual(
      values(text("Then, at a market valuation of $12 billion, it sold more shares."), "en"),
      [1.2e10],
    );
    assert.deepEqual(
      values(text("Investors put in $3 billion at a market cap of about $90 billion."), "en"),
      [3e9, 9e10],
    );
    // a market's own size stays no company's figure
    assert.deepEqual(values(text("The market for inference chips could reach $90 billion."), "en"), []);
  });

  it("a share of a market is recorded by no metric", () => {
    assert.deepEqual(values("Broadcom détient près de 70 % du marché des puces sur mesure.", "fr"), []);
    assert.deepEqual(values("Broadcom holds about 70% of the custom accelerator market.", "en"), []);
    assert.deepEqual(values("La part de marché d'AMD a atteint 12 % au trimestre.", "fr"), []);
    assert.deepEqual(values("Nvidia will take a 4% stake in Intel.", "en"), [0.04]);
  });

  it("fines and legal settlements are outside company finance", () => {
    assert.deepEqual(
      values(
        "Meta a accepté de verser 700 millions de dollars pour régler un litige avec des éditeurs.",
        "fr",
      ),
      [],
    );
    assert.deepEqual(
      values("Meta agreed to pay $700 million to settle a lawsuit brought by publishers.", "en"),
      [],
    );
    assert.deepEqual(values("Bruxelles a infligé une amende de 300 millions d'euros à Alphabet.", "fr"), []);
    assert.deepEqual(values("Regulators fined Alphabet 300 million euros.", "en"), []);
  });

  it("a person's pay or wealth is no company's figure", () => {
    assert.deepEqual(values("The fortune of Larry Ellison rose to $250 billion.", "en"), []);
    assert.deepEqual(values("Oracle offered pay packages of up to $50 million to researchers.", "en"), []);
    assert.deepEqual(
      values("xAI propose des rémunérations allant jusqu'à 20 millions de dollars.", "fr"),
      [],
    );
  });

  it("the gap between a figure and expectations is not the figure", () => {
    assert.deepEqual(values("Oracle's revenue beat analysts' estimates by $400 million.", "en"), []);
    assert.deepEqual(
      values("The guide sits about $2 billion above what the Street expected for Oracle.", "en"),
      [],
    );
    assert.deepEqual(
      values("Le chiffre d'affaires d'Oracle est ressorti 400 millions de dollars sous le consensus.", "fr"),
      [],
    );
    assert.deepEqual(values("Oracle reported revenue of $16 billion ahead of consensus.", "en"), [16e9]);
    assert.match(reasons("Oracle's revenue beat estimates by $400 million.", "en")[0] ?? "", /expectations/);
  });

  it("the margin by which a figure beat the Street is not the figure", () => {
    assert.deepEqual(
      values("Broadcom posted $18 billion in revenue, beating Wall Street by $1 billion.", "en"),
      [18e9],
    );
    assert.deepEqual(values("AMD's sales topped analysts by roughly $300 million.", "en"), []);
    assert.deepEqual(
      values(
        "Les ventes de Broadcom ont atteint 18 milliards de dollars, dépassant les analystes de 1 milliard.",
        "fr",
      ),
      [18e9],
    );
  });

  it("an operating profit (EBITDA) and its level after a change are recorded by no metric", () => {
    assert.deepEqual(values("Digital Realty's adjusted EBITDA rose 12% to $850 million.", "en"), []);
    assert.deepEqual(values("Equinix's EBITDA reached $1.2 billion in the quarter.", "en"), []);
    assert.deepEqual(
      values("L'excédent brut d'exploitation d'OVHcloud a progressé de 9 % à 450 millions d'euros.", "fr"),
      [],
    );
    assert.deepEqual(
      values("Le résultat net de Capgemini a bondi de 26 % à 1,6 milliard d'euros.", "fr"),
      [],
    );
    assert.deepEqual(
      values("Equinix's revenue climbed 5% to $2.3 billion while EBITDA rose 10%.", "en"),
      [0.05, 2.3e9],
    );
  });

  it("a backlog's growth in an apposition after its amount is no revenue growth", () => {
    const en =
      "Oracle said its remaining performance obligations - contracted revenue not yet recognised - reached $300 billion at quarter end, an increase of 250% from a year earlier.";
    assert.deepEqual(values(en, "en"), [3e11]);
    const fr =
      "Le carnet de commandes d'Oracle, soit le chiffre d'affaires contractuel non encore comptabilisé, a atteint 300 milliards de dollars, soit une hausse de 250 % sur un an.";
    assert.deepEqual(values(fr, "fr"), [3e11]);
  });

  it("a count of shares with no currency beside it is no amount of money", () => {
    assert.deepEqual(
      values(
        "Microsoft said it had sold all 12.5 million of its Oracle shares in May for $2.1 billion.",
        "en",
      ),
      [2.1e9],
    );
    const fr = read(
      "Microsoft a cédé en mai l'ensemble de ses 12,5 millions d'actions Oracle, pour 2,1 milliards de dollars.",
      "fr",
    );
    assert.deepEqual(
      fr.filter((c) => c.unit === "USD").map((c) => c.value.low),
      [2.1e9],
    );
  });

  it("the assets an investor manages are no figure of the deal", () => {
    assert.deepEqual(values("Apollo, which manages about $900 billion, is lending to xAI.", "en"), []);
    assert.deepEqual(
      values("Le fonds de Singapour, doté de 700 milliards de dollars d'actifs, soutient xAI.", "fr"),
      [],
    );
    assert.deepEqual(values("Un fonds qui gère 700 milliards de dollars accompagne xAI.", "fr"), []);
  });

  it("the change of a count and a share of an economy are recorded by no metric", () => {
    assert.deepEqual(
      values("Le nombre de requêtes traitées par Claude a bondi de 250 % en un an.", "fr"),
      [],
    );
    assert.deepEqual(
      values("TrendForce expects AI server shipments to grow 24% next year, led by Dell.", "en"),
      [],
    );
    assert.deepEqual(values("Les effectifs de Mistral AI ont progressé de 60 % cette année.", "fr"), []);
    assert.deepEqual(
      values("Les dépenses en IA ont contribué pour 30 % à la croissance du PIB, estime Alphabet.", "fr"),
      [],
    );
    assert.deepEqual(
      values("Alphabet's cloud revenue rose 30% in the quarter, as the number of customers grew.", "en"),
      [0.3],
    );
  });

  it("a historical yardstick is no company's figure", () => {
    assert.deepEqual(
      values(
        "The interstate highways cost about $600 billion in today's money, less than Alphabet now spends.",
        "en",
      ),
      [],
    );
    assert.deepEqual(
      values(
        "À titre de comparaison, le programme Apollo a coûté 280 milliards de dollars, moins qu'Amazon.",
        "fr",
      ),
      [],
    );
  });

  it("a figure in a question asked is no fact stated, a question about a named deal keeps it", () => {
    assert.deepEqual(
      values('Analyst at Jefferies: "How much does Broadcom earn on a 3 gigawatt site?"', "en"),
      [],
    );
    assert.deepEqual(
      values("Question d'un analyste : « Combien gagne Broadcom sur un site de 3 gigawatts ? »", "fr"),
      [],
    );
    assert.deepEqual(values("Si Meta devait dépenser 900 milliards de dollars, qui paierait ?", "fr"), []);
    assert.deepEqual(values("Will Amazon really invest $50 billion in Anthropic?", "en"), [5e10]);
  });

  it("a how-question on an achievement presupposes it: its figure is stated, other how-questions ask", () => {
    assert.deepEqual(
      values("How did Mistral manage to raise more than $3 billion in ten months?", "en"),
      [3e9],
    );
    assert.deepEqual(
      values("Comment Mistral a-t-elle réussi à lever plus de 3 milliards d'euros en dix mois ?", "fr"),
      [3e9],
    );
    assert.deepEqual(
      values(
        "Comment une jeune pousse comme Mistral parvient-elle à réunir 3 milliards d'euros en un an ?",
        "fr",
      ),
      [3e9],
    );
    assert.deepEqual(values("How will Mistral raise $3 billion in ten months?", "en"), []);
    assert.deepEqual(
      values("Comment Mistral pourrait-elle lever 3 milliards d'euros en dix mois ?", "fr"),
      [],
    );
  });

  it("a share of something that is neither sales, a round, capital nor users is recorded by no metric", () => {
    assert.deepEqual(
      values("Broadcom représente 20 % des émissions d'obligations du secteur cette année.", "fr"),
      [],
    );
    assert.deepEqual(values("Broadcom accounted for 20% of all tech bond issuance this year.", "en"), []);
    assert.deepEqual(
      values("Les puces de Broadcom représentent 15 % des ventes mondiales de semi-conducteurs.", "fr"),
      [],
    );
    assert.deepEqual(
      values("Les puces de Broadcom représentent 15 % du coût d'un centre de données.", "fr"),
      [],
    );
    assert.deepEqual(values("Chez Broadcom, l'IA représente environ 30 % des revenus.", "fr"), [0.3]);
    assert.deepEqual(values("At Broadcom, AI chips account for 30% of total sales.", "en"), [0.3]);
  });

  it("the change of an expense other than capital spending, or of a ratio, is recorded by no metric", () => {
    assert.deepEqual(values("AMD's operating expenses rose 25% in the quarter.", "en"), []);
    assert.deepEqual(values("Les charges d'exploitation d'AMD ont augmenté de 25 % au trimestre.", "fr"), []);
    assert.deepEqual(values("Anthropic's cash burn increased 40% this year.", "en"), []);
    assert.deepEqual(values("Les dépenses de recherche de Meta ont progressé de 20 %.", "fr"), []);
    assert.deepEqual(
      values("AMD's revenue rose 25% in the quarter, while operating expenses were flat.", "en"),
      [0.25],
    );
    assert.deepEqual(values("Les dépenses d'investissement de Meta ont progressé de 20 %.", "fr"), [0.2]);
  });

  it("an expense's change written as a band, after a sales growth, takes no metric from it", () => {
    const after = (sentence: string, language: "en" | "fr") =>
      values(
        `${language === "en" ? "Quarvel's sales rose 30% to $5 billion." : "Le chiffre d'affaires de Quarvel a progressé de 30 % à 5 milliards d'euros."} ${sentence}`,
        language,
      );
    assert.deepEqual(
      after("It sees operating expenses growing in the low-20s percent range next year.", "en"),
      [0.3, 5e9],
    );
    assert.deepEqual(
      after("Management expects opex to increase by the mid-teens percent in 2026.", "en"),
      [0.3, 5e9],
    );
    assert.deepEqual(
      after("It expects sales to grow by the mid-20s percent next year.", "en"),
      [0.3, 5e9, 0.25],
    );
  });

  it("a ratio or flow no metric records, after a recorded one, does not take its metric", () => {
    const gross = (text: string, language: "fr" | "en") =>
      read(text, language).map((c) => [c.metric, c.value.low ?? c.value.high]);
    assert.deepEqual(
      gross("Hanwha posted a gross margin of 41.5% for the half, and a return on equity of 17.2%.", "en"),
      [["gross_margin", 0.415]],
    );
    assert.deepEqual(
      gross(
        "Hanwha a affiché une marge brute de 41,5 % sur le semestre et une marge d'exploitation de 17,2 %.",
        "fr",
      ),
      [["gross_margin", 0.415]],
    );
    assert.deepEqual(
      gross(
        "Intel's cash and investments totaled $6 billion at the end of June, with operating cash flow of $1.7 billion.",
        "en",
      ),
      [["cash_position", 6e9]],
    );
    assert.deepEqual(
      values(
        "Intel disposait de 6 milliards de dollars de trésorerie fin juin, et son flux de trésorerie disponible atteignait 1,7 milliard de dollars.",
        "fr",
      ),
      [6e9],
    );
  });
});
