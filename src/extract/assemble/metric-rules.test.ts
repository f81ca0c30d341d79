import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields, extract } from "../../../test/support/claims.js";
import { extractClaims } from "../index.js";
import { PART_LEAD } from "./metric.js";

const read = claimFields(["metric", "value"]);

describe("what a figure measures", () => {
  it("what building a one-gigawatt site costs is a cost per gigawatt, whatever the words between", () => {
    assert.deepEqual(
      read(
        "Analysts say building a 1-gigawatt campus costs about $45 billion, the startup Corvane said.",
        "en",
      ),
      [["cost_per_gw", 45e9]],
    );
    assert.deepEqual(
      read(
        "The startup Corvane said each 1-GW site needs about $38 billion, with $25 billion going to chips.",
        "en",
      ),
      [
        ["cost_per_gw", 38e9],
        ["cost_per_gw", 25e9],
      ],
    );
    assert.deepEqual(
      read(
        "Selon la start-up Brevale, un 1 GW de centre de données coûte environ 35 milliards de dollars.",
        "fr",
      ),
      [["cost_per_gw", 35e9]],
    );
    // one site of that size that will cost an amount is that site's spending
    assert.deepEqual(
      read("The startup Corvane plans a 1-gigawatt data center that will cost $30 billion in total.", "en"),
      [["capex", 30e9]],
    );
  });

  it("a sum a company will devote to a field is its spending plan, like one it will spend", () => {
    assert.deepEqual(
      read("Alphabet consacrera 25 milliards de dollars à l'intelligence artificielle en 2027.", "fr"),
      [["capex", 25e9]],
    );
    assert.deepEqual(read("Alphabet will devote $25 billion to artificial intelligence in 2027.", "en"), [
      ["capex", 25e9],
    ]);
    assert.deepEqual(read("Alphabet a consacré 40 % de son temps à la recherche.", "fr"), []);
  });

  it("a capacity written with its unit glued on is read like one written apart; energy is not capacity", () => {
    assert.deepEqual(read("Nebius is building a 750MW campus in Texas and plans 2GW by 2027.", "en"), [
      ["datacenter_capacity", 0.75],
      ["datacenter_capacity", 2],
    ]);
    assert.deepEqual(read("Nebius construit un campus de 750MW au Texas.", "fr"), [
      ["datacenter_capacity", 0.75],
    ]);
    assert.deepEqual(read("Nebius consumed 50GWh of electricity last year.", "en"), []);
  });

  it("top line is revenue; property and equipment, and sums given to one's own infrastructure, are capex", () => {
    assert.deepEqual(read("Lambda's top line reached $505 million last year.", "en"), [["revenue", 5.05e8]]);
    assert.deepEqual(
      read("Oracle will spend about $35 billion on property and equipment this fiscal year.", "en"),
      [["capex", 3.5e10]],
    );
    assert.deepEqual(
      read("Scaleway consacrera 3 milliards d'euros à ses centres de données d'ici 2030.", "fr"),
      [["capex", 3e9]],
    );
  });

  it("a sum of private credit is debt; private credit as a market is not a company's borrowing", () => {
    assert.deepEqual(read("Crusoe arranged $15 billion of private credit for its Wyoming campus.", "en"), [
      ["debt_issuance", 1.5e10],
    ]);
    assert.deepEqual(read("Crusoe a obtenu 15 milliards de dollars en crédit privé pour son campus.", "fr"), [
      ["debt_issuance", 1.5e10],
    ]);
    assert.deepEqual(read("Analysts say private credit could fill about $800bn of the gap.", "en"), []);
  });

  it("a charge tied to a stake is a loss on that investment", () => {
    assert.deepEqual(
      read(
        "SoftBank a passé une charge de 2 milliards de dollars liée à sa participation dans WeWork.",
        "fr",
      ),
      [["investment_loss", 2e9]],
    );
    assert.deepEqual(
      read(
        "SoftBank a inscrit une dépréciation de 2 milliards de dollars sur sa participation dans WeWork.",
        "fr",
      ),
      [["investment_loss", 2e9]],
    );
  });

  it("chips counted 'of the maker's' chips belong to the buyer, not the maker", () => {
    assert.deepEqual(
      extract("Amazon bought 120,000 of Nvidia's Blackwell chips last year.", "en").map((c) => c.entity),
      ["Amazon"],
    );
    assert.deepEqual(
      extract("Nvidia's GPU shipments reached 3 million units last year.", "en").map((c) => c.entity),
      ["Nvidia"],
    );
  });

  it("'un tour de 100 M€', with no 'de table', is a funding round; a 'Tour de France' is not", () => {
    assert.deepEqual(read("Pigment a bouclé un tour de 100 M€ mené par Sequoia.", "fr"), [
      ["funding_round", 1e8],
    ]);
    assert.deepEqual(read("Le Tour de France coûte 100 millions d'euros.", "fr"), []);
  });

  it("cash and cash equivalents, and a cash position, are the cash a company holds", () => {
    assert.deepEqual(read("Nebius ended the quarter with $1.8 billion in cash and cash equivalents.", "en"), [
      ["cash_position", 1.8e9],
    ]);
    assert.deepEqual(
      read("La position de trésorerie de Nebius atteignait 1,8 milliard de dollars fin juin.", "fr"),
      [["cash_position", 1.8e9]],
    );
    assert.deepEqual(read("Nebius had cash of $1.03 billion at quarter end.", "en"), [
      ["cash_position", 1.03e9],
    ]);
    assert.deepEqual(read("Nebius disposait d'une trésorerie de 1,8 milliard d'euros fin juin.", "fr"), [
      ["cash_position", 1.8e9],
    ]);
    assert.deepEqual(read("Nebius a brûlé une trésorerie de 2 milliards d'euros en 2025.", "fr"), [
      ["cash_burn", 2e9],
    ]);
    assert.deepEqual(read("Lambda had $1.2 billion of cash at quarter-end.", "en"), [
      ["cash_position", 1.2e9],
    ]);
    assert.deepEqual(read("Lambda has said it will burn through $1.2 billion of cash by 2027.", "en"), [
      ["cash_burn", 1.2e9],
    ]);
  });

  it("spending on infrastructure qualified by a place or a kind is spending on infrastructure", () => {
    assert.deepEqual(read("Meta pledged to spend $600 billion on U.S. infrastructure through 2028.", "en"), [
      ["capex", 6e11],
    ]);
  });

  it("money raised through notes, bonds or loans is debt, not a round", () => {
    assert.deepEqual(read("Nebius raised $1 billion through convertible notes.", "en"), [
      ["debt_issuance", 1e9],
    ]);
    assert.deepEqual(read("Nebius raised $1 billion via a senior secured notes offering.", "en"), [
      ["debt_issuance", 1e9],
    ]);
    assert.deepEqual(read("Nebius raised $1 billion in a round led by Accel.", "en"), [
      ["funding_round", 1e9],
    ]);
  });

  it("a round's noun right before its amount measures it, over a valuing verb right after it", () => {
    assert.deepEqual(
      read(
        "Mistral AI a bouclé un tour de table de 500 millions d'euros valorisant l'entreprise à 6 milliards d'euros.",
        "fr",
      ),
      [
        ["funding_round", 5e8],
        ["valuation", 6e9],
      ],
    );
    assert.deepEqual(
      read("Anthropic closed a round of $500 million valuing the company at $18 billion.", "en"),
      [
        ["funding_round", 5e8],
        ["valuation", 18e9],
      ],
    );
    assert.deepEqual(
      read("La valorisation de 18 milliards de dollars d'Anthropic est le double de celle de 2024.", "fr"),
      [["valuation", 18e9]],
    );
  });

  it("a generic deal word near the figure yields to a word naming the kind of money a little farther", () => {
    assert.deepEqual(read("Among the debt offerings this month, Crusoe's is a $12 billion deal.", "en"), [
      ["debt_issuance", 12e9],
    ]);
    assert.deepEqual(read("Le prêt obtenu par Crusoe est un accord de 12 milliards de dollars.", "fr"), [
      ["debt_issuance", 12e9],
    ]);
  });

  it("borrowing and lending verbs make money to build with debt, not spending", () => {
    assert.deepEqual(
      read(
        "Selon les analystes, Crusoe devrait s'endetter jusqu'à 5 milliards de dollars par an pour construire son campus.",
        "fr",
      ),
      [["debt_issuance", 5e9]],
    );
    assert.deepEqual(
      read("Un groupe de banques est en discussion pour prêter 7 milliards de dollars à Crusoe.", "fr"),
      [["debt_issuance", 7e9]],
    );
    assert.deepEqual(
      read("Analysts expect Crusoe to borrow up to $5 billion a year to build its campus.", "en"),
      [["debt_issuance", 5e9]],
    );
  });

  it("a company that goes into debt, in the present as in other tenses, raises debt", () => {
    assert.deepEqual(
      read("Meta s'endette à hauteur de 30 milliards de dollars pour financer son expansion.", "fr"),
      [["debt_issuance", 3e10]],
    );
    assert.deepEqual(read("SoftBank s'endettait déjà de 18 milliards de dollars l'an dernier.", "fr"), [
      ["debt_issuance", 1.8e10],
    ]);
    assert.deepEqual(read("Meta is taking on $30 billion of debt for its data centers.", "en"), [
      ["debt_issuance", 3e10],
    ]);
  });

  it("money a company holds in its treasury is its cash, whatever the preposition", () => {
    assert.deepEqual(
      read("Fin septembre, Oracle ne disposait que de 11 milliards de dollars en trésorerie.", "fr"),
      [["cash_position", 1.1e10]],
    );
    assert.deepEqual(
      read("CoreWeave détenait 1,9 milliard de dollars en liquidités à la fin du trimestre.", "fr"),
      [["cash_position", 1.9e9]],
    );
    assert.deepEqual(read("At the end of September, Oracle had only $11 billion in cash.", "en"), [
      ["cash_position", 1.1e10],
    ]);
    const handedOver = read(
      "Microsoft a apporté 5 milliards de dollars en liquidités à la coentreprise.",
      "fr",
    );
    assert.ok(!handedOver.some(([metric]) => metric === "cash_position"));
  });

  it("a round called a 'ronde', or money named fresh capital, is the round raised", () => {
    assert.deepEqual(
      read("Cohere a bouclé une ronde de financement de 500 millions de dollars en août.", "fr"),
      [["funding_round", 5e8]],
    );
    assert.deepEqual(read("Mistral AI négocie entre 1 et 2 milliards d'euros de capitaux frais.", "fr"), [
      ["funding_round", 1e9],
    ]);
    assert.deepEqual(read("Mistral AI is negotiating $2 billion of fresh capital.", "en"), [
      ["funding_round", 2e9],
    ]);
  });

  it("valuing the company at an amount, in French as in English, is its valuation", () => {
    assert.deepEqual(
      read("Le tour de table de Perplexity a évalué l'entreprise à 12 milliards de dollars.", "fr"),
      [["valuation", 1.2e10]],
    );
    assert.deepEqual(
      read(
        "Perplexity a changé de dimension : la start-up est désormais évaluée à 6 milliards d'euros.",
        "fr",
      ),
      [["valuation", 6e9]],
    );
    assert.deepEqual(read("Perplexity's round valued the company at $12 billion.", "en"), [
      ["valuation", 1.2e10],
    ]);
  });

  it("a growth written with 'percent' or 'accelerated' is growth like one written with %", () => {
    assert.deepEqual(
      read(
        "Azure reported revenue of $20 billion in the quarter, a 39 percent increase year over year.",
        "en",
      ),
      [
        ["revenue", 2e10],
        ["revenue_growth", 0.39],
      ],
    );
    assert.deepEqual(read("Revenue at Oracle's cloud unit accelerated 28% during the quarter.", "en"), [
      ["revenue_growth", 0.28],
    ]);
    assert.deepEqual(read("Les revenus d'Azure ont progressé de 39 % au trimestre.", "fr"), [
      ["revenue_growth", 0.39],
    ]);
  });

  it("expenditures that are not capital expenditures are expenses", () => {
    assert.deepEqual(read("Anthropic's 2025 expenditures reached about $9 billion.", "en"), [
      ["total_expenses", 9e9],
    ]);
    assert.deepEqual(
      read("Les dépenses d'Anthropic ont atteint environ 9 milliards de dollars en 2025.", "fr"),
      [["total_expenses", 9e9]],
    );
  });

  it("money placed in a company is invested in it", () => {
    assert.deepEqual(read("Nvidia a placé 2 milliards de dollars dans la start-up Poolside.", "fr"), [
      ["investment", 2e9],
    ]);
    assert.deepEqual(read("Nvidia put $2 billion into the startup Poolside.", "en"), [["investment", 2e9]]);
  });

  it("liabilities are no measure of the vocabulary, and leave the cash beside them alone", () => {
    assert.deepEqual(
      read(
        "Oracle ne disposait que de 11 milliards de dollars en trésorerie, malgré un passif total de 120 milliards de dollars.",
        "fr",
      ),
      [["cash_position", 1.1e10]],
    );
    assert.deepEqual(
      read("Oracle had only $11 billion in cash, against total liabilities of $120 billion.", "en"),
      [["cash_position", 1.1e10]],
    );
  });

  it("money raised is named by its complement when no round noun is written", () => {
    assert.deepEqual(read("Helsing pulled in $600 million in fresh equity last month.", "en"), [
      ["funding_round", 6e8],
    ]);
    assert.deepEqual(
      read("Helsing a bouclé 600 millions d'euros de financement en fonds propres le mois dernier.", "fr"),
      [["funding_round", 6e8]],
    );
  });

  it("spending on computing capacity is a compute spending target, in French as in English", () => {
    assert.deepEqual(
      read(
        "Pour Mistral AI, ce plan porte les dépenses annuelles du laboratoire en capacité de calcul à environ 4 milliards d'euros.",
        "fr",
      ),
      [["compute_spending_target", 4e9]],
    );
    assert.deepEqual(
      read(
        "The plan brings Anthropic's total spending on computing capacity to about $40 billion a year.",
        "en",
      ),
      [["compute_spending_target", 40e9]],
    );
  });

  it("a growth word anywhere in the clause makes a percentage a growth rate", () => {
    assert.deepEqual(
      read("AMD vise une croissance annuelle de ses ventes supérieure à 40 % sur cinq ans.", "fr"),
      [["revenue_growth", 0.4]],
    );
    assert.deepEqual(read("Broadcom expects its AI sales to grow at more than 45% a year.", "en"), [
      ["revenue_growth", 0.45],
    ]);
  });

  it("a growth written as a fall is negative, and a slower growth is not a fall", () => {
    assert.deepEqual(read("Les ventes de Nvidia dans le jeu vidéo reculent de 12 % sur un an.", "fr"), [
      ["revenue_growth", -0.12],
    ]);
    assert.deepEqual(read("Intel's data center revenue fell 9% from a year earlier.", "en"), [
      ["revenue_growth", -0.09],
    ]);
    assert.deepEqual(read("Intel's revenue growth slowed to 4%, down from 7% a year earlier.", "en"), [
      ["revenue_growth", 0.04],
      ["revenue_growth", 0.07],
    ]);
  });

  it("a round named after the figure in a phrase of time does not measure it; its conversion follows it", () => {
    assert.deepEqual(
      read(
        "L'opération valorise Helsing à 12 milliards d'euros après l'augmentation de capital (près de 14 milliards de dollars).",
        "fr",
      ),
      [
        ["valuation", 12e9],
        ["valuation", 14e9],
      ],
    );
    assert.deepEqual(
      read(
        "Cohere's valuation, as the lab put it, reached €6 billion after the funding round (about $7 billion).",
        "en",
      ),
      [
        ["valuation", 6e9],
        ["valuation", 7e9],
      ],
    );
  });

  it("the noun right after the figure, as its complement, is what it measures", () => {
    assert.deepEqual(
      read(
        "Son concurrent Marvell a pour sa part réalisé 2,1 milliards de dollars de ventes dans les centres de données au troisième trimestre.",
        "fr",
      ),
      [["revenue", 2.1e9]],
    );
    assert.deepEqual(read("Lambda has raised billions of dollars of debt against its chips.", "en"), [
      ["debt_issuance", 1e9],
    ]);
  });

  it("a per-unit word in the clause still qualifies the complement", () => {
    assert.deepEqual(
      read(
        "Selon Nvidia, un gigawatt de capacité représente entre 50 et 60 milliards de dollars d'investissement.",
        "fr",
      ),
      [["cost_per_gw", 50e9]],
    );
  });

  it("a cost per megawatt is a cost per gigawatt; a campus of one gigawatt with its budget is no cost per gigawatt", () => {
    assert.deepEqual(
      read("Cipher Mining puts project costs at $9 million to $11 million per megawatt.", "en"),
      [["cost_per_gw", 9e9]],
    );
    assert.deepEqual(
      read("Cipher Mining estime le coût du projet entre 9 et 11 millions de dollars par mégawatt.", "fr"),
      [["cost_per_gw", 9e9]],
    );
    const en = read(
      "Brookfield will finance a 1-gigawatt AI campus in France, with investment of between €30 billion and €50 billion.",
      "en",
    );
    assert.equal(
      en.some(([metric]) => metric === "cost_per_gw"),
      false,
      JSON.stringify(en),
    );
    const fr = read(
      "Brookfield financera un campus d'IA d'un gigawatt en France, pour un investissement compris entre 30 et 50 milliards d'euros.",
      "fr",
    );
    assert.equal(
      fr.some(([metric]) => metric === "cost_per_gw"),
      false,
      JSON.stringify(fr),
    );
    assert.deepEqual(
      read("Nvidia says a 1 GW AI data center requires around $35 billion of its systems.", "en"),
      [["cost_per_gw", 35e9]],
    );
  });

  it("a short lead before a colon names what the items after it measure", () => {
    assert.deepEqual(
      read(
        "Chiffre d'affaires par activité : Cloud, 9,1 milliards de dollars ; Data centers, 4,2 milliards chez Oracle.",
        "fr",
      ),
      [
        ["revenue", 9.1e9],
        ["revenue", 4.2e9],
      ],
    );
    assert.deepEqual(read("Intel sales by segment: Data Center, $4.1B; Client, $7.9B.", "en"), [
      ["revenue", 4.1e9],
      ["revenue", 7.9e9],
    ]);
  });

  it("a backlog is what customers committed to, never revenue", () => {
    assert.deepEqual(read("Le carnet de commandes d'Oracle atteint 90 milliards de dollars.", "fr"), [
      ["compute_commitment", 90e9],
    ]);
    assert.deepEqual(read("CoreWeave's revenue backlog climbed to $40 billion.", "en"), [
      ["compute_commitment", 40e9],
    ]);
    // the singular, and a floor written "pas moins de", "no less than"
    assert.deepEqual(
      read(
        "Il reste à Nebius pas moins de 20 milliards de dollars d'obligation de performance à honorer.",
        "fr",
      ),
      [["compute_commitment", 20e9]],
    );
    assert.deepEqual(
      read("Nebius still has no less than $20 billion of remaining performance obligations.", "en"),
      [["compute_commitment", 20e9]],
    );
  });

  it("chips counted with a possessive or a model name between are GPUs", () => {
    assert.deepEqual(read("Nvidia will ship 20,000 of its GB300 chips to Humain.", "en"), [
      ["gpu_count", 20000],
    ]);
    assert.deepEqual(read("Mistral AI exploitera 12 000 de ses puces Grace Blackwell.", "fr"), [
      ["gpu_count", 12000],
    ]);
  });

  it("money put into a company is an investment", () => {
    assert.deepEqual(read("SpaceX put $1 billion into xAI.", "en"), [["investment", 1e9]]);
    assert.deepEqual(read("Nvidia a pris une participation de 4 milliards de dollars dans Intel.", "fr"), [
      ["investment", 4e9],
    ]);
  });

  it("a credit line is debt", () => {
    assert.deepEqual(read("OpenAI also arranged a $3 billion revolving credit line with banks.", "en"), [
      ["debt_issuance", 3e9],
    ]);
    assert.deepEqual(read("xAI a obtenu une ligne de crédit de 2 milliards de dollars.", "fr"), [
      ["debt_issuance", 2e9],
    ]);
  });

  it("cash consumed is cash burn", () => {
    assert.deepEqual(read("xAI devrait consommer 10 milliards de dollars de trésorerie en 2025.", "fr"), [
      ["cash_burn", 10e9],
    ]);
    assert.deepEqual(read("Anthropic consumed $3 billion of cash in 2024.", "en"), [["cash_burn", 3e9]]);
  });

  it("cash burnt each month is cash burn in the currency", () => {
    const burn = (text: string, language: "fr" | "en") =>
      extract(text, language).map((c) => [c.metric, c.value.low, c.unit]);
    assert.deepEqual(burn("xAI brûle près de 2 milliards de dollars par mois.", "fr"), [
      ["cash_burn", 2e9, "USD"],
    ]);
    assert.deepEqual(burn("The lab burns about $2 billion a month, xAI said.", "en"), [
      ["cash_burn", 2e9, "USD"],
    ]);
  });

  it("a company's spending each month, on nothing named, is cash burn", () => {
    const burn = (text: string, language: "fr" | "en") =>
      extract(text, language).map((c) => [c.metric, c.value.low, c.unit]);
    assert.deepEqual(
      burn("Cohere a levé 1 milliard. La start-up dépense environ 80 millions de dollars par mois.", "fr").at(
        -1,
      ),
      ["cash_burn", 8e7, "USD"],
    );
    assert.deepEqual(burn("Cohere spends about $80 million a month.", "en"), [["cash_burn", 8e7, "USD"]]);
    assert.ok(!burn("Cohere spends $80 million a month on chips.", "en").some(([m]) => m === "cash_burn"));
  });

  it("an unnamed collective of cloud builders investing names no investee: its spending is capex", () => {
    const read2 = (text: string, language: "fr" | "en") =>
      extract(text, language).map((c) => [c.entity, c.metric, c.counterparty]);
    const text = (body: string) => `Microsoft ouvre un nouveau campus.\n\n${body}`;
    assert.deepEqual(
      read2(
        text("Les géants du cloud prévoient d'investir 500 milliards de dollars cette année dans l'IA."),
        "fr",
      ),
      [["hyperscalers", "capex", null]],
    );
    assert.deepEqual(
      read2("Microsoft opens a new campus.\n\nBig Tech plans to invest $400 billion in AI in 2025.", "en"),
      [["Big Tech", "capex", null]],
    );
  });

  it("a builder's spending in text about infrastructure is capex", () => {
    assert.deepEqual(
      read(
        "Les géants du cloud construisent toujours plus de centres de données. Meta anticipe jusqu'à 120 milliards de dollars de dépenses.",
        "fr",
      ),
      [["capex", 120e9]],
    );
    assert.deepEqual(
      read(
        "The cloud giants keep pouring money into AI infrastructure. Microsoft expects spending of about $100 billion.",
        "en",
      ),
      [["capex", 100e9]],
    );
  });
});

describe("the year of a flow", () => {
  const yearOf = (text: string, language: "fr" | "en") =>
    extract(text, language).map((c) => [c.metric, c.period && "end" in c.period ? c.period.end : null]);

  it("a flow stated with no date is the publication year's", () => {
    assert.deepEqual(yearOf("Oracle a émis 18 milliards de dollars d'obligations.", "fr"), [
      ["debt_issuance", "2025-12-31"],
    ]);
    assert.deepEqual(yearOf("TSMC said its revenue rose to $33 billion.", "en"), [["revenue", "2025-12-31"]]);
  });

  it("a date that closes a list of like figures, each for a company, is each figure's", () => {
    const owned = (text: string, language: "fr" | "en") =>
      extract(text, language).map((c) => [
        c.entity,
        c.value.low,
        c.period && "end" in c.period ? c.period.end : null,
      ]);
    assert.deepEqual(
      owned(
        "Les dépenses d'investissement atteindront 30 milliards de dollars pour Oracle, 25 milliards pour Microsoft et 20 milliards pour Meta en 2027.",
        "fr",
      ),
      [
        ["Oracle", 30e9, "2027-12-31"],
        ["Microsoft", 25e9, "2027-12-31"],
        ["Meta", 20e9, "2027-12-31"],
      ],
    );
    assert.deepEqual(
      owned(
        "Capital spending will reach $90 billion for Oracle, $80 billion for Microsoft and $70 billion for Meta in 2027.",
        "en",
      ),
      [
        ["Oracle", 90e9, "2027-12-31"],
        ["Microsoft", 80e9, "2027-12-31"],
        ["Meta", 70e9, "2027-12-31"],
      ],
    );
  });

  it("an amount and its conversion into another currency share the date written after both", () => {
    assert.deepEqual(
      yearOf(
        "Iliad investira 3 milliards d'euros (3,5 milliards de dollars) d'ici 2028 dans ses centres de données.",
        "fr",
      ),
      [
        ["capex", "2028-12-31"],
        ["capex", "2028-12-31"],
      ],
    );
    assert.deepEqual(
      yearOf("Amazon will spend $40 billion (£31 billion) on UK data centres through 2029.", "en"),
      [
        ["capex", "2029-12-31"],
        ["capex", "2029-12-31"],
      ],
    );
  });
});

describe("the qualifier of a figure in the future", () => {
  const qualifiers = (text: string, language: "fr" | "en") =>
    extract(text, language).map((c) => [c.metric, c.qualifier]);

  it("money to be handed over is a commitment, any other future figure a target", () => {
    assert.deepEqual(qualifiers("Microsoft will invest $5 billion in Anthropic.", "en"), [
      ["investment", "commitment"],
    ]);
    assert.deepEqual(qualifiers("SoftBank versera 22 milliards de dollars à OpenAI.", "fr"), [
      ["investment", "commitment"],
    ]);
    assert.deepEqual(qualifiers("Meta's capital expenditure this year will be about $70 billion.", "en"), [
      ["capex", "target"],
    ]);
    assert.deepEqual(qualifiers("La capacité du campus de Fluidstack sera de 2 gigawatts.", "fr"), [
      ["datacenter_capacity", "target"],
    ]);
  });

  it("a company guiding or foreseeing a figure states a target", () => {
    assert.deepEqual(
      qualifiers(
        "Chez AMD, nous prévoyons un chiffre d'affaires de 9 milliards de dollars pour le trimestre.",
        "fr",
      ),
      [["revenue", "target"]],
    );
    assert.deepEqual(qualifiers("Broadcom guided quarterly AI revenue to $6 billion.", "en"), [
      ["revenue", "target"],
    ]);
  });
});

describe("a section's heading", () => {
  it("names what the section's bare figures measure", () => {
    assert.deepEqual(
      read(
        "Nebius en chiffres\n\nLe chiffre d'affaires, année par année\n\n2023 : 30 millions de dollars · 2024 : 120 millions de dollars\n",
        "fr",
      ),
      [
        ["revenue", 30e6],
        ["revenue", 120e6],
      ],
    );
    assert.deepEqual(
      read(
        "Lambda by the numbers\n\nAnnualised revenue\n\nJune: $400 million · October: $500 million\n",
        "en",
      ),
      [
        ["revenue_run_rate", 400e6],
        ["revenue_run_rate", 500e6],
      ],
    );
  });
});

describe("a comparison's base date", () => {
  it("is not the figure's period", () => {
    const periods = (text: string, language: "fr" | "en") =>
      extract(text, language).map((c) => [c.metric, c.period && "end" in c.period ? c.period.end : null]);
    assert.deepEqual(periods("Alphabet's revenue was $90 billion, up 15% from a year earlier.", "en"), [
      ["revenue", "2025-12-31"],
      ["revenue_growth", "2025-12-31"],
    ]);
    assert.deepEqual(
      periods(
        "Les ventes de Nvidia ont atteint 50 milliards de dollars, en hausse de 60 % par rapport à l'an dernier.",
        "fr",
      ),
      [
        ["revenue", "2025-12-31"],
        ["revenue_growth", "2025-12-31"],
      ],
    );
  });
});

describe("deal terms and plans", () => {
  it("a price in a sentence about shares is a share price, a market quote none", () => {
    assert.deepEqual(
      read("Nvidia achète des actions nouvelles d'Intel au prix de 24 dollars l'unité.", "fr"),
      [["share_price", 24]],
    );
    assert.deepEqual(read("The final tranche vests only if AMD's share price reaches $500.", "en"), [
      ["share_price", 500],
    ]);
  });

  it("an amount no word names, in a sentence about shares, is a share price unless the market quotes it", () => {
    assert.deepEqual(
      read(
        "Selon Lisa Su, d'AMD, la dernière tranche n'est acquise que si notre action atteint 450 dollars.",
        "fr",
      ),
      [["share_price", 450]],
    );
    assert.deepEqual(
      read("Microsoft a souscrit des actions ordinaires de Helion à 31,50 dollars pièce.", "fr"),
      [["share_price", 31.5]],
    );
    assert.deepEqual(read("SoftBank bought the new shares of Arm at $112.40 each.", "en"), [
      ["share_price", 112.4],
    ]);
    assert.deepEqual(read("The last warrant tranche vests once Intel stock reaches $75.", "en"), [
      ["share_price", 75],
    ]);
    assert.deepEqual(read("Nvidia shares closed at $182 on Friday.", "en"), []);
  });

  it("a percentage of the company held is a stake", () => {
    assert.deepEqual(read("The warrant would give OpenAI about 8% of the chipmaker.", "en"), [
      ["equity_stake", 0.08],
    ]);
    assert.deepEqual(read("OpenAI obtiendrait ainsi environ 8 % de son capital, selon AMD.", "fr"), [
      ["equity_stake", 0.08],
    ]);
  });

  it("a plan to spend on capital projects is capex", () => {
    assert.deepEqual(
      read("Alphabet and Meta plan to spend $150 billion on capital projects this year.", "en"),
      [["capex", 150e9]],
    );
  });
});

describe("a forecast shared by several figures", () => {
  const qualifiers = (text: string, language: "fr" | "en") =>
    extract(text, language).map((c) => [c.entity, c.qualifier]);

  it("an elliptical clause after a forecast is a forecast too, a clause with its own verb is not", () => {
    assert.deepEqual(
      qualifiers(
        "Meta anticipe jusqu'à 120 milliards de dollars de dépenses d'investissement et Microsoft 100 milliards.",
        "fr",
      ),
      [
        ["Meta", "target"],
        ["Microsoft", "target"],
      ],
    );
    assert.deepEqual(
      qualifiers(
        "Alphabet raised its capital spending forecast to $90 billion, while Meta's capex was $30 billion.",
        "en",
      ),
      [
        ["Alphabet", "target"],
        ["Meta", "reported"],
      ],
    );
  });

  it("a table column of plans holds targets", () => {
    const text =
      "Capex plans\n\n| Company | 2026 plan | Last year |\n|---|---|---|\n| Meta | $100 billion | $70 billion |\n";
    assert.deepEqual(
      extract(text, "en").map((c) => [c.value.low, c.qualifier]),
      [
        [100e9, "target"],
        [70e9, "reported"],
      ],
    );
  });
});

describe("a period still under way", () => {
  const qualifiers = (text: string, language: "fr" | "en") =>
    extractClaims({ text, language, published: "2025-07-30", document: "d.txt" }).claims.map((c) => [
      c.metric,
      c.qualifier,
      c.period && "end" in c.period ? c.period.end : null,
    ]);

  it("is a target when it is a quarter or a fiscal year, not when it has ended", () => {
    assert.deepEqual(
      qualifiers(
        "Microsoft, dont l'exercice se termine en juin, chiffre ses ventes à 80 milliards de dollars pour le premier trimestre de l'exercice 2026.",
        "fr",
      ),
      [["revenue", "target", "2025-09-30"]],
    );
    assert.deepEqual(
      qualifiers(
        "Microsoft, whose fiscal year ends in June, had revenue of $76 billion in the fourth quarter.",
        "en",
      ),
      [["revenue", "reported", "2025-06-30"]],
    );
  });
});

describe("a figure joined to the previous one with no verb of its own", () => {
  const qualifiers = (text: string, language: "fr" | "en") =>
    extractClaims({ text, language, published: "2025-11-10", document: "d.txt" }).claims.map((c) => [
      c.entity,
      c.qualifier,
    ]);

  it("shares its commitment or its forecast", () => {
    assert.deepEqual(
      qualifiers(
        "Amazon s'est engagé à investir jusqu'à 8 milliards de dollars dans Anthropic, et Google jusqu'à 3 milliards.",
        "fr",
      ),
      [
        ["Amazon", "commitment"],
        ["Alphabet", "commitment"],
      ],
    );
    assert.deepEqual(
      qualifiers(
        "Meta said revenue would reach $200 billion this year and capital expenditure about $70 billion.",
        "en",
      ),
      [
        ["Meta", "target"],
        ["Meta", "target"],
      ],
    );
  });

  it("keeps its own qualifier when the joined clause has a verb", () => {
    assert.deepEqual(
      qualifiers("Meta expects revenue of $200 billion this year and reported capex of $40 billion.", "en"),
      [
        ["Meta", "target"],
        ["Meta", "reported"],
      ],
    );
  });
});

describe("investment, capex or a compute commitment", () => {
  it("a commitment to put in money or equity is an investment", () => {
    assert.deepEqual(read("Amazon s'est engagé à apporter 6 milliards de dollars à Anthropic.", "fr"), [
      ["investment", 6e9],
    ]);
    assert.deepEqual(read("SoftBank committed $19 billion of equity to Stargate.", "en"), [
      ["investment", 19e9],
    ]);
  });

  it("money put into the spender's own data centres is capex, a deal for data centres is not", () => {
    assert.deepEqual(
      read("Meta va investir 12 milliards de dollars dans de nouveaux centres de données.", "fr"),
      [["capex", 12e9]],
    );
    assert.deepEqual(
      read("Amazon said it would invest $20 billion in new data centers in Pennsylvania.", "en"),
      [["capex", 20e9]],
    );
    assert.deepEqual(
      read(
        "Amazon a signé des accords pour des centres de données d'une valeur de 38 milliards de dollars avec OpenAI.",
        "fr",
      ),
      [["compute_commitment", 38e9]],
    );
  });

  it("an investment in the spender's own sites is capex, never an investment in the article's subject", () => {
    const owners = (text: string, language: "fr" | "en") =>
      extract(text, language).map((c) => [c.entity, c.metric, c.counterparty, c.value.low]);
    assert.deepEqual(
      owners(
        "OpenAI domine le marché. De son côté, SoftBank a indiqué qu'il investirait 90 milliards de dollars dans le cloud et l'infrastructure d'IA.",
        "fr",
      ),
      [["SoftBank", "capex", null, 90e9]],
    );
    assert.deepEqual(
      owners(
        "OpenAI keeps growing. Meanwhile SoftBank opened its own data centre in Osaka, an investment of $3 billion.",
        "en",
      ),
      [["SoftBank", "capex", null, 3e9]],
    );
    assert.deepEqual(
      owners(
        "OpenAI keeps growing. Meanwhile Brookfield plans to invest €20 billion in France, much of it in a data centre.",
        "en",
      ).map((c) => c[1]),
      ["investment"],
    );
  });
});

describe("the period of a pledge", () => {
  const periods = (text: string, language: "fr" | "en") =>
    extractClaims({ text, language, published: "2025-11-10", document: "d.txt" }).claims.map((c) => [
      c.metric,
      c.qualifier,
      c.period,
    ]);

  it("capex pledged with no date is its size at publication, capex reported with none the publication year", () => {
    assert.deepEqual(
      periods("TSMC a promis 100 milliards de dollars de dépenses d'investissement aux États-Unis.", "fr"),
      [["capex", "commitment", { asOf: "2025-11" }]],
    );
    assert.deepEqual(periods("TSMC has pledged $100 billion of capital expenditure in Arizona.", "en"), [
      ["capex", "commitment", { asOf: "2025-11" }],
    ]);
    assert.deepEqual(periods("TSMC a porté ses dépenses d'investissement à 40 milliards de dollars.", "fr"), [
      ["capex", "reported", { start: "2025-01-01", end: "2025-12-31" }],
    ]);
  });
});

describe("a figure from unnamed people", () => {
  const qualifiers = (text: string, language: "fr" | "en") =>
    extractClaims({ text, language, published: "2025-11-10", document: "d.txt" }).claims.map(
      (c) => c.qualifier,
    );

  it("is rumoured, whether they are close to the matter, familiar with it or know of it", () => {
    assert.deepEqual(
      qualifiers(
        "Selon des personnes proches du dossier, Mistral AI est valorisée 14 milliards d'euros.",
        "fr",
      ),
      ["rumoured"],
    );
    assert.deepEqual(
      qualifiers(
        "Mistral AI is valued at €14 billion, according to two people with knowledge of the talks.",
        "en",
      ),
      ["rumoured"],
    );
    assert.deepEqual(
      qualifiers("A person familiar with the terms said the round values Mistral AI at €14 billion.", "en"),
      ["rumoured"],
    );
  });
});

describe("the parts of a total", () => {
  it("a scaled figure after a percentage takes its unit from the amount before the percentage", () => {
    assert.deepEqual(
      read(
        "Le segment cloud de Nebius a réalisé 3,1 milliards de dollars de revenus (+48 % sur un an), dont 2 milliards issus des GPU et 900 millions du stockage.",
        "fr",
      ),
      [
        ["revenue", 3.1e9],
        ["revenue_growth", 0.48],
        ["revenue", 2e9],
        ["revenue", 9e8],
      ],
    );
    assert.deepEqual(
      read(
        "Nebius's cloud segment brought in $3.1 billion of revenue (+48% year on year), of which 2 billion came from GPUs.",
        "en",
      ),
      [
        ["revenue", 3.1e9],
        ["revenue_growth", 0.48],
        ["revenue", 2e9],
      ],
    );
  });

  it("a part introduced by 'dont' or 'of which' is measured as its total, unless its own noun measures it", () => {
    assert.deepEqual(
      read(
        "Nebius a réalisé un chiffre d'affaires de 9,2 milliards de dollars, en hausse de 36 % sur un an, dont 4,3 milliards pour les centres de données.",
        "fr",
      ).filter(([metric]) => metric !== "revenue_growth"),
      [
        ["revenue", 9.2e9],
        ["revenue", 4.3e9],
      ],
    );
    assert.deepEqual(
      read("Nebius raised $3 billion, of which $1 billion of debt.", "en").map(([metric]) => metric),
      ["funding_round", "debt_issuance"],
    );
  });
});

describe("the lead of a part of the amount just given", () => {
  it("takes any hedge of the lexicon before the part ('dont presque', 'of which roughly')", () => {
    for (const lead of [
      "10 milliards, dont presque ",
      "10 milliards, dont près de ",
      "payés en trois fois : quelque ",
      "$10 billion, of which roughly $",
      "$10 billion, including over $",
      "payable in two stages – approximately $",
    ])
      assert.ok(PART_LEAD.test(lead), lead);
    assert.ok(!PART_LEAD.test("$10 billion, which is roughly $"));
  });
});

describe("a growth verb with a hedge before the percentage", () => {
  it("still makes the percentage a growth rate ('surged over 77%', 'a progressé de plus de 20 %')", () => {
    assert.deepEqual(read("Broadcom's AI revenue surged over 77% to $4.1 billion.", "en"), [
      ["revenue_growth", 0.77],
      ["revenue", 4.1e9],
    ]);
    assert.deepEqual(
      read("Le chiffre d'affaires de Broadcom a progressé de plus de 20 % à 4 milliards de dollars.", "fr"),
      [
        ["revenue_growth", 0.2],
        ["revenue", 4e9],
      ],
    );
  });
});

describe("named kinds of spending, contracted revenue and money raised", () => {
  it("training costs are compute spending, money 'for research' is research spending", () => {
    assert.deepEqual(
      read("Cohere expects $3 billion in training costs for 2027, along with $1 billion for research.", "en"),
      [
        ["compute_spending_target", 3e9],
        ["rd_expense", 1e9],
      ],
    );
    assert.deepEqual(
      read(
        "Cohere prévoit 3 milliards de dollars de coûts d'entraînement en 2027, et 1 milliard de dollars pour la recherche.",
        "fr",
      ),
      [
        ["compute_spending_target", 3e9],
        ["rd_expense", 1e9],
      ],
    );
  });

  it("a research firm quoted is no research spending", () => {
    assert.deepEqual(
      read("Cohere spent $2 billion on compute last year, according to a note for research clients.", "en")
        .map(([metric]) => metric)
        .includes("rd_expense"),
      false,
    );
  });

  it("contracted future revenue is a backlog of commitments, not revenue", () => {
    assert.deepEqual(
      read("Nebius a engrangé 40 milliards de dollars de revenus futurs contractuels au trimestre.", "fr"),
      [["compute_commitment", 4e10]],
    );
    assert.deepEqual(read("Nebius reported $40 billion of contracted future revenue in the quarter.", "en"), [
      ["compute_commitment", 4e10],
    ]);
  });

  it("a funding deal and the total of funds raised are money raised, not a contract", () => {
    assert.deepEqual(
      read("The funding deal will see Cohere receive an immediate $2 billion by March.", "en"),
      [["funding_round", 2e9]],
    );
    assert.deepEqual(
      read("Le total des fonds réunis par Cohere dépasse désormais 3 milliards de dollars.", "fr").map(
        ([metric]) => metric,
      ),
      ["funding_round"],
    );
  });
});

describe("renting compute", () => {
  const claimsOf = (text: string, language: "fr" | "en") =>
    extract(text, language).map((c) => [c.entity, c.metric, c.counterparty]);

  it("renting from a named supplier is a contract with it, not the renter's capex", () => {
    assert.deepEqual(
      claimsOf("Amazon will spend $4 billion through 2029 to rent servers from AI cloud firm Lambda.", "en"),
      [["Amazon", "compute_commitment", "Lambda"]],
    );
    assert.deepEqual(
      claimsOf("Amazon va dépenser 4 milliards de dollars pour louer des serveurs à Lambda.", "fr"),
      [["Amazon", "compute_commitment", "Lambda"]],
    );
  });

  it("renting from unnamed providers stays a spending plan", () => {
    assert.deepEqual(claimsOf("Amazon will spend $4 billion to rent servers from cloud providers.", "en"), [
      ["Amazon", "compute_spending_target", null],
    ]);
    assert.deepEqual(
      claimsOf(
        "Amazon prévoit de consacrer 4 milliards de dollars à la location de serveurs auprès de fournisseurs cloud.",
        "fr",
      ),
      [["Amazon", "compute_spending_target", null]],
    );
  });
});
