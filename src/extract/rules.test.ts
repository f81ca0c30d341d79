import assert from "node:assert/strict";
import { test } from "node:test";
import type { Claim } from "../core/index.js";
import { extractClaims } from "./index.js";

/**
 * The general claim-assembly rules on sentences written for these tests (other companies, both
 * languages), through the whole stage: numbers recognizer, then assembly.
 */

function claims(text: string, language: "fr" | "en", published: string | null = "2025-06-15"): Claim[] {
  const result = extractClaims({ text, language, published, document: "t.txt" });
  for (const c of result.claims) assert.equal(c.quote, text.slice(c.span.start, c.span.end));
  return result.claims;
}

function only(list: Claim[], metric: string): Claim {
  const found = list.filter((c) => c.metric === metric);
  assert.equal(found.length, 1, `one ${metric} claim in ${JSON.stringify(list.map((c) => c.metric))}`);
  return found[0]!;
}

const at = (c: Claim) => c.value.low ?? c.value.high;

test("a metric word after the figure, in the same clause, names it (users counted as people)", () => {
  const c = only(
    claims("Anthropic says Claude now reaches about 30 million people every week.", "en"),
    "weekly_active_users",
  );
  assert.equal(c.entity, "Anthropic");
  assert.equal(at(c), 3e7);
  assert.equal(c.value.bound, "approx");
});

test("French: utilisateurs toutes les semaines", () => {
  const c = only(
    claims("Grok attire désormais 40 millions de personnes toutes les semaines.", "fr"),
    "weekly_active_users",
  );
  assert.equal(c.entity, "xAI");
});

test("a count of people with no user word is no claim", () => {
  const list = claims("La société xAI compte plus de 1 200 personnes dans ses équipes.", "fr");
  assert.equal(list.length, 0);
});

test("'or more' after the figure makes it a lower bound", () => {
  const c = only(
    claims("A new round could value Anthropic at $150 billion or more, people familiar said.", "en"),
    "valuation",
  );
  assert.equal(c.entity, "Anthropic");
  assert.equal(c.value.bound, "at_least");
  assert.equal(c.value.low, 1.5e11);
  assert.equal(c.value.high, null);
  assert.equal(c.qualifier, "rumoured");
  assert.match(c.quote, /or more/u);
});

test("French 'ou plus' is a lower bound too", () => {
  const c = only(claims("La levée valoriserait xAI à 200 milliards de dollars ou plus.", "fr"), "valuation");
  assert.equal(c.value.bound, "at_least");
  assert.equal(c.entity, "xAI");
});

test("relative clause: 'X, which has committed … to the partnership' is X's investment in the subject", () => {
  const list = claims(
    "Anthropic has grown fast. The company relies on Amazon, which has committed up to $8 billion to the partnership.",
    "en",
  );
  const c = only(list, "investment");
  assert.equal(c.entity, "Amazon");
  assert.equal(c.counterparty, "Anthropic");
  assert.equal(c.value.bound, "up_to");
});

test("relative clause in French: 'L'entreprise, qui a racheté …' is the company the text is about", () => {
  const list = claims(
    "Nvidia domine le marché. Meta prépare ses propres puces. L'entreprise, qui a racheté la start-up Rivos pour 4 milliards de dollars, recrute.",
    "fr",
  );
  const c = only(list, "acquisition_price");
  assert.equal(c.entity, "Meta");
});

test("a cloud contract runs buyer → supplier whichever company is the subject", () => {
  const c = only(
    claims("CoreWeave a conclu avec OpenAI un contrat de cloud de 22 milliards de dollars.", "fr"),
    "compute_commitment",
  );
  assert.equal(c.entity, "OpenAI");
  assert.equal(c.counterparty, "CoreWeave");
});

test("English: Microsoft signs a compute contract with xAI → xAI buys from Microsoft", () => {
  const c = only(
    claims("Microsoft signed a $5 billion cloud contract with xAI for Grok training.", "en"),
    "compute_commitment",
  );
  assert.equal(c.entity, "xAI");
  assert.equal(c.counterparty, "Microsoft");
});

test("investor → investee from 'participer à hauteur de', the round's company as investee", () => {
  const list = claims(
    "Anthropic finalise une levée de fonds de 20 milliards de dollars. Amazon y participerait à hauteur d'environ 5 milliards de dollars.",
    "fr",
  );
  const round = only(list, "funding_round");
  assert.equal(round.entity, "Anthropic");
  assert.equal(round.qualifier, "rumoured");
  const c = only(list, "investment");
  assert.equal(c.entity, "Amazon");
  assert.equal(c.counterparty, "Anthropic");
  assert.equal(c.value.bound, "approx");
  assert.equal(c.qualifier, "rumoured");
});

test("the company raising is the one valued, not the investor named last", () => {
  const list = claims(
    "xAI is raising $15 billion in a funding round. About 80% would come from strategic investors, including Nvidia. The deal would lift the company's valuation above $200 billion.",
    "en",
  );
  assert.equal(only(list, "funding_share").entity, "xAI");
  assert.equal(only(list, "valuation").entity, "xAI");
});

test("'expects to spend … on compute' is a compute spending target with its horizon", () => {
  const c = only(
    claims("Anthropic expects to spend roughly $80 billion on computing power through 2029.", "en"),
    "compute_spending_target",
  );
  assert.equal(c.qualifier, "target");
  assert.deepEqual(c.period, { start: null, end: "2029-12-31" });
});

test("French: prévoit de dépenser … en puissance de calcul", () => {
  const c = only(
    claims("xAI prévoit de dépenser 30 milliards de dollars en puissance de calcul d'ici 2027.", "fr"),
    "compute_spending_target",
  );
  assert.equal(c.entity, "xAI");
});

test("a headline's plan word does not make the body's reported loss a target", () => {
  const list = claims(
    "Anthropic drafts a plan as first-half losses reach $3bn\nAnthropic generated $2bn of revenue in the first half of 2025, while its losses over the same six months reached $3bn.",
    "en",
  );
  const loss = only(list, "net_loss");
  assert.equal(loss.qualifier, "reported");
  assert.deepEqual(loss.period, { start: "2025-01-01", end: "2025-06-30" });
  assert.equal(only(list, "revenue").value.low, 2e9);
});

test("a small count ('six months') between the metric word and the figure does not block it", () => {
  const list = claims("Meta said its losses over the past six months reached $4bn.", "en");
  assert.equal(only(list, "net_loss").value.low, 4e9);
});

test("sounding out investors about raising is rumoured", () => {
  const c = only(
    claims(
      "According to the Financial Times, Elon Musk has been sounding out investors about raising as much as $10 billion for xAI.",
      "en",
    ),
    "funding_round",
  );
  assert.equal(c.qualifier, "rumoured");
  assert.equal(c.value.bound, "up_to");
});

test("an annual pace is a run-rate and merges with the body's mention", () => {
  const list = claims(
    "Anthropic's sales pass a $5 billion annual pace\nAnthropic ended July with revenue running at about $5 billion a year, Reuters reported.",
    "en",
  );
  const c = only(list, "revenue_run_rate");
  assert.equal(at(c), 5e9);
});

test("a demonstrative ('ce chèque') carries the previous deal's roles; capacity runs buyer → supplier", () => {
  const list = claims(
    "Nvidia investira 10 milliards de dollars dans xAI. Ce chèque remplace une lettre d'intention de 20 milliards de dollars, qui prévoyait jusqu'à 2 gigawatts de capacité.",
    "fr",
  );
  const letter = list.find((c) => c.metric === "investment" && at(c) === 2e10);
  assert.ok(letter, JSON.stringify(list.map((c) => [c.metric, at(c)])));
  assert.equal(letter.entity, "Nvidia");
  assert.equal(letter.counterparty, "xAI");
  assert.equal(letter.qualifier, "letter_of_intent");
  const gw = only(list, "datacenter_capacity");
  assert.equal(gw.entity, "xAI");
  assert.equal(gw.counterparty, "Nvidia");
});

test("a tranche ('dix versements de 2 milliards') is its own investment claim, per tranche", () => {
  const list = claims(
    "Amazon a signé une lettre d'intention pour investir 20 milliards de dollars dans Anthropic, en dix versements de 2 milliards.",
    "fr",
  );
  const tranche = list.find((c) => c.metric === "investment" && at(c) === 2e9);
  assert.ok(tranche, JSON.stringify(list.map((c) => [c.metric, at(c)])));
  assert.equal(tranche.item, "per tranche");
});

test("'will end the year with' is a forecast at the year's end", () => {
  const c = only(
    claims(
      "Dario Amodei affirme qu'Anthropic terminera l'année avec des revenus annualisés de 9 milliards de dollars.",
      "fr",
    ),
    "revenue_run_rate",
  );
  assert.equal(c.qualifier, "target");
  assert.deepEqual(c.period, { asOf: "2025-12-31" });
});

test("a budgeted amount is a target; an event date after 'avant' is not the figure's date", () => {
  const list = claims("Anthropic said its cash burn was $3B, below the $4B the company had budgeted.", "en");
  const budget = list.find((c) => c.metric === "cash_burn" && at(c) === 4e9);
  assert.equal(budget?.qualifier, "target");
  const price = only(
    claims(
      "Le casque de Meta serait vendu 500 dollars, sa sortie n'étant pas attendue avant mars 2027.",
      "fr",
    ),
    "unit_price",
  );
  assert.deepEqual(price.period, { asOf: "2025-06" });
});

test("a programme's announced amount is a commitment", () => {
  const c = only(
    claims("Stargate UAE : un programme de 20 milliards de dollars mené avec Oracle.", "fr"),
    "capex",
  );
  assert.equal(c.entity, "Stargate");
  assert.equal(c.qualifier, "commitment");
});

test("a gapped clause gives each investor its own figure, and both invest in the article's subject", () => {
  const list = claims(
    "Cohere signed a cloud deal, while Salesforce will invest up to $2 billion and Nvidia up to $4 billion in the company.",
    "en",
  ).filter((c) => c.metric === "investment");
  assert.deepEqual(
    list.map((c) => [c.entity, c.counterparty, c.value.high]),
    [
      ["Salesforce", "Cohere", 2e9],
      ["Nvidia", "Cohere", 4e9],
    ],
  );
});

test("TPUs and chips named by model are counted as GPUs, never as money", () => {
  const list = claims(
    "Perplexity a signé un accord pour 1,2 milliard de dollars. Elle recevra 50 000 puces Nvidia Blackwell et 20 000 TPU.",
    "fr",
  ).filter((c) => c.metric === "gpu_count");
  assert.deepEqual(
    list.map((c) => [c.unit, c.value.low]),
    [
      ["GPUs", 50000],
      ["GPUs", 20000],
    ],
  );
});

test("a supplier that supplies compute sells to the article's subject", () => {
  const text = "Anthropic expands its compute.\n\nGoogle has committed to supply up to one million TPUs.";
  const c = only(claims(text, "en"), "gpu_count");
  assert.equal(c.entity, "Anthropic");
  assert.equal(c.counterparty, "Alphabet");
});

test("a paragraph that opens on 'the company' is about the article's subject again", () => {
  const text =
    "Mistral AI raises €1.7 billion.\n\nMistral AI said the round was led by ASML. Amazon has invested $8 billion in Anthropic.\n\nThe company lost roughly €100 million in 2024.";
  const c = only(claims(text, "en"), "net_loss");
  assert.equal(c.entity, "Mistral AI");
});

test("a relative clause spans a decimal comma; the stake's company is the article's subject", () => {
  const text =
    "Mistral AI lève 1,7 milliard d'euros, menée par ASML, qui investit 1,3 milliard d'euros et détient environ 11 % du capital.";
  const list = claims(text, "fr");
  const stake = only(list, "equity_stake");
  assert.deepEqual([stake.entity, stake.counterparty, stake.value.low], ["ASML", "Mistral AI", 0.11]);
  const round = only(list, "funding_round");
  assert.equal(round.entity, "Mistral AI");
});

test("a hedge may be followed by an adverb; 'un an plus tôt' dates a level a year before publication", () => {
  const list = claims(
    "Le chiffre d'affaires annuel récurrent de Mistral AI dépasserait désormais 300 millions d'euros, contre une trentaine de millions un an plus tôt.",
    "fr",
    "2025-09-09",
  ).filter((c) => c.metric === "revenue_run_rate");
  assert.equal(list.length, 2);
  assert.equal(list[0]!.value.bound, "at_least");
  assert.deepEqual(list[1]!.period, { asOf: "2024-09" });
});

test("French words that end on an accent still end a keyword: 'a levé', 'la société'", () => {
  const round = only(
    claims("OpenAI a levé 6,6 milliards de dollars en octobre 2024.", "fr"),
    "funding_round",
  );
  assert.equal(round.entity, "OpenAI");
  const text =
    "Mistral AI accélère.\n\nLa société a enregistré un chiffre d'affaires de 60 millions d'euros en 2024.";
  const revenue = only(claims(text, "fr"), "revenue");
  assert.equal(revenue.entity, "Mistral AI");
  assert.match(revenue.explanation ?? "", /anaphora/u);
});

test("a warrant's terms run holder → issuer once the grant is read", () => {
  const text =
    "OpenAI signs with AMD.\n\nAMD granted OpenAI a warrant for up to 160 million shares of AMD stock. The last tranche requires a share price of $600.";
  const list = claims(text, "en", "2025-10-07");
  const shares = only(list, "warrant_shares");
  assert.deepEqual([shares.entity, shares.counterparty, shares.value.high], ["OpenAI", "AMD", 1.6e8]);
  const price = only(list, "share_price");
  assert.deepEqual([price.entity, price.counterparty, price.unit], ["OpenAI", "AMD", "USD_per_share"]);
});

test("a passive verb names the figure before it; a market value set by a round is a valuation", () => {
  const list = claims("xAI said $6 billion was raised on a market value of $50 billion.", "en", "2024-12-06");
  assert.equal(only(list, "funding_round").value.low, 6e9);
  assert.equal(only(list, "valuation").value.low, 5e10);
});

test("'which holds 6%' is a stake in the article's subject", () => {
  const text =
    "CoreWeave files for its IPO.\n\nBacked by Nvidia, which holds 6% of the company, CoreWeave grew fast.";
  const stake = only(claims(text, "en", "2025-03-03"), "equity_stake");
  assert.deepEqual([stake.entity, stake.counterparty, stake.value.low], ["Nvidia", "CoreWeave", 0.06]);
});

test("'élevées' is not 'levées'; a few dollars beside a share is no deal; annual revenue of a year is revenue", () => {
  const losses = claims(
    "OpenAI perd de l'argent.\n\nSes pertes ont bondi. Sur l'année dernière, elles s'étaient élevées à cinq milliards de dollars.",
    "fr",
    "2025-11-10",
  );
  assert.equal(losses.filter((c) => c.metric === "funding_round").length, 0);
  const quote = claims(
    "Après ce contrat, l'action Oracle a franchi un record, à 229,98 $.",
    "fr",
    "2025-07-10",
  );
  assert.equal(quote.length, 0);
  const revenue = only(
    claims(
      "Le chiffre d'affaires annuel de Mistral AI est en passe de franchir la barre des 100 millions de dollars en 2025.",
      "fr",
      "2025-06-10",
    ),
    "revenue",
  );
  assert.deepEqual(
    [revenue.value.low, revenue.value.bound, revenue.period],
    [1e8, "at_least", { start: "2025-01-01", end: "2025-12-31" }],
  );
});

test("'devrait' is an expectation, not hearsay; a deal component's value is an estimate", () => {
  const revenue = only(
    claims(
      "OpenAI, dont les revenus devraient atteindre 12,7 milliards de dollars en 2025, accélère.",
      "fr",
      "2025-09-11",
    ),
    "revenue",
  );
  assert.equal(revenue.qualifier, "target");
  const text =
    "AMD signs with OpenAI.\n\nAMD granted OpenAI a warrant for up to 160 million AMD shares. At $600 a share those shares would be worth $96 billion.";
  const value = only(claims(text, "en", "2025-10-07"), "deal_value");
  assert.deepEqual([value.entity, value.counterparty, value.qualifier], ["OpenAI", "AMD", "estimated"]);
});

test("counted nouns behind a product name; 'annualized ad revenue' is a run-rate; a monthly price being paid", () => {
  const text =
    "OpenAI grows.\n\nThere are 15 million ChatGPT Plus subscribers paying $20/month, and more than 1 million organizations use it. Ads bring $100 million in annualized ad revenue.";
  const list = claims(text, "en", "2026-03-29");
  assert.equal(only(list, "paying_subscribers").value.low, 1.5e7);
  assert.equal(only(list, "unit_price").unit, "USD_per_month");
  assert.equal(only(list, "business_customers").value.low, 1e6);
  assert.equal(only(list, "revenue_run_rate").value.low, 1e8);
});

test("only the figure the tranche words touch is per tranche, not the total beside it", () => {
  const list = claims(
    "OpenAI signe avec Nvidia.\n\nNvidia a annoncé un investissement de 100 milliards de dollars dans OpenAI, en dix versements de 10 milliards.",
    "fr",
    "2025-09-22",
  ).filter((c) => c.metric === "investment");
  assert.deepEqual(
    list.map((c) => [c.value.low, c.item]),
    [
      [1e11, null],
      [1e10, "per tranche"],
    ],
  );
});

test("'la start-up' in a chipmaker's report is the developer last named; 'le programme' is the programme", () => {
  const text =
    "Nvidia publie ses résultats.\n\nNvidia investira dans Anthropic. La start-up achètera pour 30 milliards de dollars de capacité de calcul sur Azure. Le projet Stargate avance. Le programme vise désormais près de 7 GW de capacité.";
  const list = claims(text, "fr", "2025-11-20");
  const deal = only(list, "compute_commitment");
  assert.deepEqual([deal.entity, deal.counterparty], ["Anthropic", "Microsoft"]);
  assert.equal(only(list, "datacenter_capacity").entity, "Stargate");
});

test("H100 equivalents are GPUs; a negative free cash flow is a burn; rented servers are a compute plan", () => {
  const list = claims(
    "xAI vise 50 millions d'équivalents H100. Le flux de trésorerie disponible d'Oracle est ressorti négatif d'environ 10 milliards de dollars sur le trimestre. OpenAI projette de consacrer quelque 450 milliards de dollars à la location de serveurs d'ici 2030.",
    "fr",
    "2025-12-12",
  );
  assert.equal(only(list, "gpu_count").value.low, 5e7);
  assert.equal(only(list, "cash_burn").entity, "Oracle");
  assert.equal(only(list, "compute_spending_target").value.low, 4.5e11);
});

test("'début septembre' dates a figure; a colon opens the next clause; analysts' forecasts are estimates", () => {
  const text =
    "Anthropic lève des fonds.\n\nLa société a levé 13 milliards de dollars début septembre. Microsoft et Nvidia ont annoncé un partenariat avec Anthropic : Microsoft investira jusqu'à 5 milliards de dollars. Ses dépenses en puissance de calcul devraient dépasser 30 milliards de dollars en 2026, selon les analystes de Morgan Stanley.";
  const list = claims(text, "fr", "2025-11-20");
  assert.deepEqual(only(list, "funding_round").period, { asOf: "2025-09" });
  const investment = only(list, "investment");
  assert.deepEqual([investment.entity, investment.counterparty], ["Microsoft", "Anthropic"]);
  assert.equal(only(list, "compute_spending_target").qualifier, "estimated");
});

test("FT-style English: months to a date, the first six months, lists before 'worth', led rounds, 'valued it at'", () => {
  const text =
    "OpenAI's losses swell as it commits $1.4tn to computing power\n\nOpenAI lost $11.5bn in the three months to September. It generated revenue of $4.3bn in the first six months of 2025. OpenAI has signed deals with Oracle, Nvidia, AMD and Broadcom, worth $1.4tn over the next eight years. SoftBank led a $40bn funding round in March that valued OpenAI at $300bn, and a secondary share sale in October valued it at $500bn. About 5 per cent of users pay for a subscription.";
  const list = claims(text, "en", "2025-11-05");
  assert.deepEqual(only(list, "net_loss").period, { start: "2025-07-01", end: "2025-09-30" });
  assert.deepEqual(only(list, "revenue").period, { start: "2025-01-01", end: "2025-06-30" });
  assert.equal(only(list, "compute_commitment").counterparty, "Oracle+Nvidia+AMD+Broadcom");
  assert.equal(only(list, "funding_round").entity, "OpenAI");
  const valuations = list.filter((c) => c.metric === "valuation");
  assert.deepEqual(
    valuations.map((c) => [c.entity, c.value.low, c.item]),
    [
      ["OpenAI", 3e11, null],
      ["OpenAI", 5e11, "secondary"],
    ],
  );
  assert.equal(only(list, "paid_conversion").value.low, 0.05);
});

test("'the quarter to the end of August' is June to August; money raised 'in debt' is debt", () => {
  const list = claims(
    "Oracle borrows.\n\nOracle plans to raise $38bn in debt. Its cloud revenue reached $3.3bn in the quarter to the end of August.",
    "en",
    "2025-09-10",
  );
  assert.equal(only(list, "debt_issuance").value.low, 3.8e10);
  assert.deepEqual(only(list, "revenue").period, { start: "2025-06-01", end: "2025-08-31" });
});

test("'contracté un prêt' is a loan, not a contract; 'initialement visés' is a target", () => {
  const list = claims(
    "xAI lève 20 milliards de dollars.\n\nxAI a bouclé une levée de fonds de 20 milliards de dollars, au-delà des 15 milliards initialement visés. Le groupe a aussi contracté un prêt de 12,5 milliards de dollars auprès de banques.",
    "fr",
    "2026-01-07",
  );
  assert.equal(only(list, "debt_issuance").value.low, 1.25e10);
  assert.deepEqual(
    list.filter((c) => c.metric === "funding_round").map((c) => [c.value.low, c.qualifier]),
    [
      [2e10, "reported"],
      [1.5e10, "target"],
    ],
  );
});

test("remaining performance obligations are a backlog, not bonds; French 'obligations' are still debt", () => {
  const rpo = claims(
    "Oracle's backlog.\n\nOracle disclosed $455 billion in remaining performance obligations.",
    "en",
    "2025-09-10",
  );
  assert.ok(!rpo.some((c) => c.metric === "debt_issuance"), JSON.stringify(rpo));
  const bonds = claims(
    "Oracle emprunte.\n\nOracle a émis 18 milliards de dollars d'obligations.",
    "fr",
    "2025-09-25",
  );
  assert.equal(only(bonds, "debt_issuance").value.low, 1.8e10);
});

test("'according to a report by' credits the outlet named after it", () => {
  const list = claims(
    "Anthropic raises.\n\nAnthropic has raised $30bn, according to a report by The Guardian.",
    "en",
    "2026-02-13",
  );
  assert.equal(only(list, "funding_round").attribution, "Guardian");
});

test("a table's figures take their column's header or the introduction as metric, and the row's first cell as owner", () => {
  const text = [
    "Levées de fonds des laboratoires",
    "",
    "Les laboratoires ont levé des sommes record cette année.",
    "",
    "| Laboratoire | Date | Montant | Valorisation |",
    "| Safe Superintelligence | avril 2025 | 2 Md$ | 32 Md$ |",
    "| Mistral AI | septembre 2025 | 1,7 Md€ | 11,7 Md€ |",
  ].join("\n");
  const list = claims(text, "fr", "2025-12-01");
  const row = (entity: string) =>
    list
      .filter((c) => c.entity === entity)
      .map((c) => [c.metric, c.value.low, c.unit])
      .sort();
  assert.deepEqual(row("Safe Superintelligence"), [
    ["funding_round", 2e9, "USD"],
    ["valuation", 3.2e10, "USD"],
  ]);
  assert.deepEqual(row("Mistral AI"), [
    ["funding_round", 1.7e9, "EUR"],
    ["valuation", 1.17e10, "EUR"],
  ]);
});

test("a figure for a year that had not begun at publication is a target, not a reported figure", () => {
  const list = claims(
    "Oracle's outlook.\n\nOracle said OCI revenue would reach $18 billion in FY2026 and $144 billion by FY2030.",
    "en",
    "2025-09-10",
  );
  const revenue = list.filter((c) => c.metric === "revenue");
  assert.equal(revenue.length, 2);
  for (const c of revenue) assert.equal(c.qualifier, "target", JSON.stringify(c));
});

test("money a company spends on building and equipping its own data centres is capex", () => {
  const list = claims(
    "Amazon dépense.\n\nAmazon prévoit de dépenser 200 milliards de dollars dans la construction et l'équipement de centres de données en 2026.",
    "fr",
    "2026-02-09",
  );
  assert.equal(only(list, "capex").value.low, 2e11);
});

test("'A, B, C et D' acting together is one group owner, and a group invests in none of its members", () => {
  const list = claims(
    "Les hyperscalers investissent.\n\nAmazon, Google, Meta et Microsoft ont l'intention d'investir 630 milliards de dollars dans des infrastructures de cloud en 2026.",
    "fr",
    "2026-02-09",
  );
  const capex = only(list, "capex");
  assert.equal(capex.entity, "Amazon+Alphabet+Meta+Microsoft");
  assert.equal(capex.counterparty, null);
});

test("'revenue rose 420% to $980 million, while net losses widened': the amount is revenue", () => {
  const list = claims(
    "CoreWeave results.\n\nCoreWeave's first-quarter revenue increased by 420% year-on-year to $980 million, while net losses widened to $310 million.",
    "en",
    "2025-05-15",
  );
  assert.equal(only(list, "revenue").value.low, 9.8e8);
  assert.equal(only(list, "net_loss").value.low, 3.1e8);
});

test("'selon le cabinet d'investissement Morgan Stanley': a firm quoted as source never owns the figure", () => {
  const list = claims(
    "Dette.\n\nEn 2026, les hyperscalers pourraient émettre entre 250 et 300 milliards de dette, selon le cabinet d'investissement Morgan Stanley.",
    "fr",
    "2026-02-09",
  );
  assert.ok(!list.some((c) => c.entity === "Morgan Stanley"), JSON.stringify(list));
});

test("a report dated by its year only may be from its last month: that year's figures stay reported", () => {
  const list = claims("OpenAI burn.\n\nOpenAI a brûlé 8 milliards de dollars en 2025.", "fr", "2025");
  assert.equal(only(list, "cash_burn").qualifier, "reported");
});
