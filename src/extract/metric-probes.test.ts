import {
  type MetricProbe,
  metricsOfProbe,
  type OpenProbe,
  probeReader,
  runMetricProbes,
  runProbeTable,
} from "../../test/support/probes.js";
import { defaultGazetteer } from "./gazetteer.js";

/**
 * The metric vocabulary of metrics.ts and lexicon.ts probed in many wordings: for every metric of
 * CLAIMS.md §2, invented sentences in French and English say it the ways business news commonly does
 * (synonyms, nominal and verbal forms, the passive, the metric word after the figure or in a clause
 * before it, abbreviations, a word of another metric nearby), with real and invented companies. Each
 * row gives the metric the figure must be read as, and the figure when the sentence has several.
 */

const PROBES: readonly MetricProbe[] = [
  // revenue
  ["en", "Velorine posted sales of $3.2 billion in the first quarter.", "revenue"],
  ["en", "Microsoft's top line reached $70 billion in the quarter to March.", "revenue"],
  ["en", "Quarkon said its turnover rose to €450 million last year.", "revenue"],
  ["en", "Nvidia generated $44 billion in the three months to April.", "revenue"],
  ["en", "Brisalys booked revenue of $820 million in 2024, the company said.", "revenue"],
  ["en", "At $1.1 billion, Tessellis's revenues for 2024 beat every forecast.", "revenue"],
  [
    "fr",
    "Velorine a réalisé un chiffre d'affaires de 3,2 milliards d'euros au premier trimestre.",
    "revenue",
  ],
  ["fr", "Le CA de Quarkon a atteint 450 millions d'euros en 2024.", "revenue"],
  ["fr", "Nvidia a enregistré des ventes de 44 milliards de dollars sur le trimestre.", "revenue"],
  ["fr", "Brisalys a dégagé 820 millions d'euros de revenus l'an dernier.", "revenue"],
  ["fr", "Les recettes de Tessellis se sont élevées à 1,1 milliard d'euros en 2024.", "revenue"],
  // revenue_run_rate
  [
    "en",
    "Anthropic's annualised revenue has reached $4 billion, a person familiar said.",
    "revenue_run_rate",
  ],
  ["en", "Kalvion Labs now has ARR of $200 million.", "revenue_run_rate"],
  ["en", "OpenAI is on a run rate of $13 billion, according to the company.", "revenue_run_rate"],
  ["en", "Norvane's annual recurring revenue topped $150 million in May.", "revenue_run_rate"],
  ["en", "Mistral AI's revenue is running at an annualized $300 million.", "revenue_run_rate"],
  ["fr", "Les revenus annualisés d'Anthropic atteignent 4 milliards de dollars.", "revenue_run_rate"],
  ["fr", "Kalvion Labs affiche un ARR de 200 millions de dollars.", "revenue_run_rate"],
  ["fr", "OpenAI revendique un rythme annualisé de 13 milliards de dollars de revenus.", "revenue_run_rate"],
  ["fr", "Le revenu récurrent annuel de Norvane a dépassé 150 millions d'euros en mai.", "revenue_run_rate"],
  // revenue_growth
  ["en", "Velorine's sales grew 35% year over year.", "revenue_growth"],
  ["en", "Microsoft's revenue rose 18% in the quarter.", "revenue_growth"],
  ["en", "Quarkon reported a 42% jump in revenue.", "revenue_growth"],
  ["en", "Nvidia's top line climbed 69% from a year earlier.", "revenue_growth"],
  ["fr", "Le chiffre d'affaires de Velorine a progressé de 35 % sur un an.", "revenue_growth"],
  ["fr", "Les ventes de Quarkon ont bondi de 42 % au premier trimestre.", "revenue_growth"],
  ["fr", "Nvidia affiche une croissance de 69 % de son chiffre d'affaires.", "revenue_growth"],
  ["fr", "Microsoft a vu ses revenus augmenter de 18 % sur le trimestre.", "revenue_growth"],
  // capex
  ["en", "Microsoft expects capital spending of $80 billion this fiscal year.", "capex"],
  ["en", "Amazon's capex will reach $100 billion in 2025.", "capex"],
  ["en", "Meta plans capital expenditures of $64 billion to $72 billion this year.", "capex"],
  ["en", "Alphabet lifted its 2025 capital expenditure forecast to $85 billion.", "capex"],
  ["en", "Oracle will invest $25 billion in new data centres this year.", "capex"],
  ["en", "Amazon is set to pour $100 billion into AI infrastructure in 2025.", "capex"],
  ["fr", "Microsoft prévoit des dépenses d'investissement de 80 milliards de dollars cette année.", "capex"],
  ["fr", "Les capex d'Amazon atteindront 100 milliards de dollars en 2025.", "capex"],
  ["fr", "Meta table sur des investissements de 64 à 72 milliards de dollars cette année.", "capex"],
  ["fr", "Alphabet a relevé à 85 milliards de dollars sa prévision d'investissements pour 2025.", "capex"],
  [
    "fr",
    "Oracle va investir 25 milliards de dollars dans de nouveaux centres de données cette année.",
    "capex",
  ],
  ["fr", "Amazon injectera 100 milliards de dollars dans ses infrastructures d'IA en 2025.", "capex"],
  // capex_growth
  ["en", "Meta's capital expenditures rose 84% in the quarter.", "capex_growth"],
  ["en", "Microsoft's capex grew 53% from a year earlier.", "capex_growth"],
  ["en", "Alphabet's capital spending increased 43% year over year.", "capex_growth"],
  ["fr", "Les dépenses d'investissement de Meta ont bondi de 84 % sur le trimestre.", "capex_growth"],
  ["fr", "Les capex de Microsoft ont augmenté de 53 % sur un an.", "capex_growth"],
  ["fr", "Alphabet a accru ses investissements de 43 % sur un an.", "capex_growth"],
  // net_loss
  ["en", "OpenAI posted a net loss of $5 billion last year.", "net_loss"],
  ["en", "Kalvion Labs lost $120 million in 2024.", "net_loss"],
  ["en", "Quarkon swung to a loss of $80 million in the quarter.", "net_loss"],
  ["en", "xAI remained deep in the red, losing $1.5 billion in the quarter.", "net_loss"],
  ["en", "Norvane's losses widened to $300 million in 2024.", "net_loss"],
  ["fr", "OpenAI a enregistré une perte nette de 5 milliards de dollars l'an dernier.", "net_loss"],
  ["fr", "Kalvion Labs a perdu 120 millions de dollars en 2024.", "net_loss"],
  ["fr", "Les pertes nettes de Norvane se sont creusées à 300 millions d'euros en 2024.", "net_loss"],
  ["fr", "Quarkon reste dans le rouge, avec un déficit de 80 millions d'euros sur le trimestre.", "net_loss"],
  ["fr", "xAI a affiché une perte de 1,5 milliard de dollars au trimestre.", "net_loss"],
  // cash_burn
  ["en", "OpenAI expects to burn $8 billion in cash this year.", "cash_burn"],
  ["en", "Kalvion Labs burned through $400 million in 2024.", "cash_burn"],
  ["en", "xAI is burning about $1 billion a month.", "cash_burn"],
  ["en", "Anthropic's cash burn will fall to $3 billion next year.", "cash_burn"],
  ["fr", "OpenAI prévoit de brûler 8 milliards de dollars de trésorerie cette année.", "cash_burn"],
  ["fr", "Kalvion Labs a consommé 400 millions de dollars de cash en 2024.", "cash_burn"],
  [
    "fr",
    "La consommation de trésorerie d'Anthropic devrait tomber à 3 milliards de dollars l'an prochain.",
    "cash_burn",
  ],
  ["fr", "xAI brûle environ 1 milliard de dollars par mois.", "cash_burn"],
  // total_expenses
  ["en", "Quarkon's operating expenses reached $900 million in 2024.", "total_expenses"],
  ["en", "OpenAI's total costs came to $9 billion last year.", "total_expenses"],
  ["en", "Norvane's expenses rose to $450 million last year.", "total_expenses"],
  ["fr", "Les charges d'exploitation de Quarkon ont atteint 900 millions d'euros en 2024.", "total_expenses"],
  ["fr", "Les coûts totaux d'OpenAI se sont élevés à 9 milliards de dollars l'an dernier.", "total_expenses"],
  ["fr", "Les dépenses de Norvane ont grimpé à 450 millions d'euros l'an dernier.", "total_expenses"],
  // rd_expense
  ["en", "Meta spent $43 billion on research and development last year.", "rd_expense"],
  ["en", "Quarkon's R&D expenses reached $200 million in 2024.", "rd_expense"],
  ["en", "Nvidia's research and development costs rose to $12 billion.", "rd_expense"],
  [
    "fr",
    "Meta a consacré 43 milliards de dollars à la recherche et développement l'an dernier.",
    "rd_expense",
  ],
  ["fr", "Les dépenses de R&D de Quarkon ont atteint 200 millions d'euros en 2024.", "rd_expense"],
  ["fr", "Nvidia a investi 12 milliards de dollars en recherche et développement.", "rd_expense"],
  // cash_position
  ["en", "Anthropic had $10 billion in cash at the end of June.", "cash_position"],
  ["en", "Kalvion Labs ended the year with cash and equivalents of $600 million.", "cash_position"],
  ["en", "Norvane is sitting on a cash pile of $2 billion.", "cash_position"],
  ["en", "Quarkon's cash reserves stood at $350 million.", "cash_position"],
  ["fr", "Anthropic disposait de 10 milliards de dollars de trésorerie fin juin.", "cash_position"],
  ["fr", "Kalvion Labs a terminé l'année avec une trésorerie de 600 millions de dollars.", "cash_position"],
  ["fr", "Norvane dispose de 2 milliards d'euros de liquidités.", "cash_position"],
  ["fr", "La trésorerie de Quarkon s'élève à 350 millions d'euros.", "cash_position"],
  // gross_margin
  ["en", "Nvidia's gross margin came in at 73.5% in the quarter.", "gross_margin"],
  ["en", "Quarkon expects gross margins of about 60% next year.", "gross_margin"],
  ["en", "OpenAI's gross margin stood at 48% last year.", "gross_margin"],
  ["fr", "La marge brute de Nvidia s'est établie à 73,5 % au trimestre.", "gross_margin"],
  ["fr", "Quarkon vise une marge brute d'environ 60 % l'an prochain.", "gross_margin"],
  ["fr", "OpenAI a dégagé une marge brute de 48 % l'an dernier.", "gross_margin"],
  // compute_commitment
  ["en", "OpenAI signed a $300 billion cloud contract with Oracle.", "compute_commitment"],
  ["en", "Nebius reported $38 billion of purchase obligations at the end of June.", "compute_commitment"],
  ["en", "CoreWeave's purchase obligations climbed to $9 billion.", "compute_commitment"],
  ["fr", "Nebius affiche 38 milliards de dollars d'obligations d'achat fin juin.", "compute_commitment"],
  ["en", "Meta agreed a $14 billion deal with CoreWeave for computing capacity.", "compute_commitment"],
  ["en", "Anthropic has committed to spend $30 billion on Microsoft's Azure cloud.", "compute_commitment"],
  ["en", "Kalvion Labs signed a five-year, $2 billion compute agreement with Nebius.", "compute_commitment"],
  ["en", "Oracle's remaining performance obligations reached $455 billion.", "compute_commitment"],
  ["fr", "OpenAI a signé un contrat cloud de 300 milliards de dollars avec Oracle.", "compute_commitment"],
  [
    "fr",
    "Meta a conclu un accord de 14 milliards de dollars avec CoreWeave pour de la capacité de calcul.",
    "compute_commitment",
  ],
  [
    "fr",
    "Anthropic s'est engagé à dépenser 30 milliards de dollars dans le cloud Azure de Microsoft.",
    "compute_commitment",
  ],
  ["fr", "Le carnet de commandes d'Oracle a atteint 455 milliards de dollars.", "compute_commitment"],
  [
    "fr",
    "Kalvion Labs a signé avec Nebius un contrat de calcul de 2 milliards de dollars sur cinq ans.",
    "compute_commitment",
  ],
  // compute_spending_target
  ["en", "OpenAI plans to spend about $600 billion on compute by 2030.", "compute_spending_target"],
  ["en", "Kalvion Labs has budgeted $500 million for compute next year.", "compute_spending_target"],
  ["en", "xAI's compute spending target is $20 billion for 2026.", "compute_spending_target"],
  [
    "fr",
    "OpenAI prévoit de dépenser environ 600 milliards de dollars en puissance de calcul d'ici 2030.",
    "compute_spending_target",
  ],
  [
    "fr",
    "Kalvion Labs a budgété 500 millions de dollars pour le calcul l'an prochain.",
    "compute_spending_target",
  ],
  [
    "fr",
    "L'objectif de dépenses de calcul de xAI s'élève à 20 milliards de dollars pour 2026.",
    "compute_spending_target",
  ],
  // datacenter_capacity
  ["en", "Microsoft will bring 2 gigawatts of new capacity online this year.", "datacenter_capacity"],
  ["en", "Dunefield plans a 1.5 GW campus in Texas.", "datacenter_capacity"],
  ["en", "OpenAI has secured 26 gigawatts of compute capacity.", "datacenter_capacity"],
  [
    "fr",
    "Microsoft mettra en service 2 gigawatts de nouvelles capacités cette année.",
    "datacenter_capacity",
  ],
  ["fr", "Dunefield prévoit un campus de 1,5 GW au Texas.", "datacenter_capacity"],
  ["fr", "OpenAI s'est assuré 26 gigawatts de puissance de calcul.", "datacenter_capacity"],
  // cost_per_gw
  ["en", "Each gigawatt of capacity costs about $50 billion to build, Nvidia says.", "cost_per_gw"],
  ["en", "Nvidia puts the cost at $35 billion per gigawatt.", "cost_per_gw"],
  ["fr", "Selon Nvidia, chaque gigawatt coûterait entre 50 et 60 milliards de dollars.", "cost_per_gw"],
  ["fr", "Pour OpenAI, le coût est estimé à 35 milliards de dollars par gigawatt.", "cost_per_gw"],
  // gpu_count
  ["en", "xAI runs 200,000 GPUs in its new cluster.", "gpu_count"],
  ["en", "Meta will have 1.3 million graphics processors by year-end.", "gpu_count"],
  ["en", "Kalvion Labs ordered 50,000 Nvidia chips.", "gpu_count"],
  ["en", "Oracle plans to deploy 131,072 accelerators.", "gpu_count"],
  ["fr", "xAI exploite 200 000 GPU dans son nouveau cluster.", "gpu_count"],
  ["fr", "Meta disposera de 1,3 million de processeurs graphiques d'ici la fin de l'année.", "gpu_count"],
  ["fr", "Kalvion Labs a commandé 50 000 puces Nvidia.", "gpu_count"],
  ["fr", "Oracle prévoit de déployer 131 072 accélérateurs.", "gpu_count"],
  // debt_issuance
  ["en", "Meta raised $30 billion in a bond sale.", "debt_issuance"],
  ["en", "Oracle sold $18 billion of bonds on Tuesday.", "debt_issuance"],
  ["en", "CoreWeave secured a $2 billion loan from a group of banks.", "debt_issuance"],
  ["en", "Dunefield borrowed $5 billion to fund its campus.", "debt_issuance"],
  ["fr", "Meta a levé 30 milliards de dollars sur le marché obligataire.", "debt_issuance"],
  ["fr", "Oracle a émis 18 milliards de dollars d'obligations mardi.", "debt_issuance"],
  ["fr", "Nebius a placé 4 milliards de dollars d'obligations convertibles.", "debt_issuance"],
  [
    "fr",
    "CoreWeave a obtenu un prêt de 2 milliards de dollars auprès d'un groupe de banques.",
    "debt_issuance",
  ],
  ["fr", "Dunefield a emprunté 5 milliards de dollars pour financer son campus.", "debt_issuance"],
  // funding_round
  ["en", "Anthropic raised $13 billion in a Series F round.", "funding_round"],
  ["en", "Kalvion Labs closed a $150 million funding round led by Blue Owl.", "funding_round"],
  ["en", "Mistral AI is raising €2 billion from investors.", "funding_round"],
  ["en", "Norvane landed $80 million in fresh funding.", "funding_round"],
  ["fr", "Anthropic a levé 13 milliards de dollars lors d'une série F.", "funding_round"],
  ["en", "Lambda raised $3 billion in debt and equity last spring.", "funding_round"],
  ["en", "Lambda secured $3 billion in equity and debt this year.", "funding_round"],
  ["fr", "Lambda a obtenu 3 milliards de dollars en dettes et actions en avril.", "funding_round"],
  ["fr", "Lambda a obtenu 3 milliards de dollars en dette et capital cette année.", "funding_round"],
  [
    "fr",
    "Kalvion Labs a bouclé une levée de fonds de 150 millions de dollars menée par Blue Owl.",
    "funding_round",
  ],
  ["fr", "Mistral AI lève 2 milliards d'euros auprès d'investisseurs.", "funding_round"],
  ["fr", "Norvane a récolté 80 millions d'euros lors d'un tour de table.", "funding_round"],
  // funding_share
  ["en", "About 90% of the round came from strategic investors, Kalvion Labs said.", "funding_share"],
  [
    "fr",
    "Environ 90 % de la levée de Kalvion Labs proviennent d'investisseurs stratégiques.",
    "funding_share",
  ],
  // investment
  ["en", "Microsoft invested $10 billion in OpenAI.", "investment"],
  ["en", "Nvidia will invest up to $100 billion in OpenAI.", "investment"],
  ["en", "Blue Owl put $500 million into Kalvion Labs.", "investment"],
  ["en", "SoftBank made a $30 billion investment in OpenAI.", "investment"],
  ["fr", "Microsoft a investi 10 milliards de dollars dans OpenAI.", "investment"],
  ["fr", "Nvidia investira jusqu'à 12 milliards de dollars dans Mistral AI.", "investment"],
  ["fr", "Blue Owl a injecté 500 millions de dollars dans Kalvion Labs.", "investment"],
  ["fr", "SoftBank a réalisé un investissement de 30 milliards de dollars dans OpenAI.", "investment"],
  // valuation
  ["en", "The round values Anthropic at $183 billion.", "valuation"],
  ["en", "Kalvion Labs is now worth $2 billion.", "valuation"],
  ["en", "Mistral AI was valued at €12 billion in its latest round.", "valuation"],
  ["en", "Norvane reached a post-money valuation of $900 million.", "valuation"],
  ["fr", "Le tour de table valorise Anthropic à 183 milliards de dollars.", "valuation"],
  ["fr", "Kalvion Labs est désormais valorisée 2 milliards de dollars.", "valuation"],
  ["fr", "Mistral AI a été valorisé 12 milliards d'euros lors de sa dernière levée.", "valuation"],
  ["fr", "Norvane atteint une valorisation de 900 millions d'euros.", "valuation"],
  // market_cap
  ["en", "Nvidia's market capitalisation topped $5 trillion.", "market_cap"],
  ["en", "Microsoft is now worth $4 trillion on the stock market.", "market_cap"],
  ["en", "Oracle's market value rose to $900 billion.", "market_cap"],
  ["en", "Broadcom has a market cap of $1.6 trillion.", "market_cap"],
  ["fr", "La capitalisation boursière de Nvidia a dépassé 5 000 milliards de dollars.", "market_cap"],
  ["fr", "Microsoft pèse désormais 4 000 milliards de dollars en Bourse.", "market_cap"],
  ["fr", "Oracle vaut 900 milliards de dollars en Bourse.", "market_cap"],
  ["fr", "La capitalisation de Broadcom atteint 1 600 milliards de dollars.", "market_cap"],
  // equity_stake
  ["en", "Microsoft owns about 27% of OpenAI.", "equity_stake"],
  ["en", "Blue Owl took a 15% stake in Kalvion Labs.", "equity_stake"],
  ["fr", "Microsoft détient environ 27 % d'OpenAI.", "equity_stake"],
  ["fr", "Blue Owl a pris une participation de 15 % dans Kalvion Labs.", "equity_stake"],
  // acquisition_price
  ["en", "OpenAI acquired io Products for $6.5 billion.", "acquisition_price"],
  ["en", "Quarkon agreed to buy Norvane for $700 million.", "acquisition_price"],
  ["en", "Nvidia bought Kalvion Labs in a $900 million deal.", "acquisition_price"],
  ["en", "Meta paid $14 billion for Tessellis.", "acquisition_price"],
  ["fr", "OpenAI a racheté io Products pour 6,5 milliards de dollars.", "acquisition_price"],
  ["fr", "Quarkon va acquérir Norvane pour 700 millions d'euros.", "acquisition_price"],
  ["fr", "Nvidia a mis la main sur Kalvion Labs pour 900 millions de dollars.", "acquisition_price"],
  ["fr", "Le rachat de Tessellis par Meta s'élève à 14 milliards de dollars.", "acquisition_price"],
  // users and customers
  ["en", "ChatGPT now has 800 million weekly active users.", "weekly_active_users"],
  ["en", "Kalvion Labs' assistant is used by 5 million people every week.", "weekly_active_users"],
  ["fr", "ChatGPT compte 800 millions d'utilisateurs hebdomadaires.", "weekly_active_users"],
  [
    "fr",
    "L'assistant de Kalvion Labs est utilisé par 5 millions de personnes chaque semaine.",
    "weekly_active_users",
  ],
  ["en", "Gemini has 450 million monthly active users.", "monthly_active_users"],
  ["en", "Norvane's app reached 12 million monthly users.", "monthly_active_users"],
  ["fr", "Gemini revendique 450 millions d'utilisateurs actifs mensuels.", "monthly_active_users"],
  ["fr", "L'application de Norvane a atteint 12 millions d'utilisateurs par mois.", "monthly_active_users"],
  ["en", "Le Chat has 10 million users, Mistral AI said.", "active_users"],
  ["en", "Kalvion Labs' app has 3 million active users.", "active_users"],
  ["fr", "Le Chat compte 10 millions d'utilisateurs, selon Mistral AI.", "active_users"],
  ["fr", "L'application de Kalvion Labs revendique 3 millions d'utilisateurs actifs.", "active_users"],
  ["en", "OpenAI has 20 million paying subscribers.", "paying_subscribers"],
  ["en", "Norvane's app has 400,000 paid subscribers.", "paying_subscribers"],
  ["fr", "OpenAI compte 20 millions d'abonnés payants.", "paying_subscribers"],
  ["fr", "Norvane revendique 400 000 abonnés.", "paying_subscribers"],
  ["en", "Anthropic serves more than 300,000 business customers.", "business_customers"],
  ["en", "Kalvion Labs now counts 2,000 enterprise clients.", "business_customers"],
  ["fr", "Anthropic compte plus de 300 000 clients professionnels.", "business_customers"],
  ["fr", "Kalvion Labs revendique 2 000 entreprises clientes.", "business_customers"],
  // unit_price
  ["en", "Each Blackwell chip costs between $30,000 and $40,000.", "unit_price"],
  ["en", "ChatGPT Plus costs $20 a month.", "unit_price"],
  ["en", "Velorine's new device will sell for $299.", "unit_price"],
  ["fr", "Chaque puce Blackwell coûte entre 30 000 et 40 000 dollars.", "unit_price"],
  ["fr", "ChatGPT Plus coûte 20 dollars par mois.", "unit_price"],
  ["fr", "Le nouvel appareil de Velorine sera vendu 299 dollars.", "unit_price"],
  // Harder wordings: the metric word in an earlier clause, after the figure, or beside a word of another metric.
  ["en", "Microsoft's cloud business brought in $25 billion in the quarter.", "revenue"],
  [
    "fr",
    "Velorine, qui avait levé 300 millions d'euros l'an dernier, a vu ses ventes atteindre 1,4 milliard d'euros.",
    "revenue",
    1.4e9,
  ],
  ["fr", "Sur le trimestre, Nvidia a engrangé 44 milliards de dollars.", "revenue"],
  [
    "en",
    "Kalvion Labs, valued at $5 billion in March, now has annualized revenue of $400 million.",
    "revenue_run_rate",
    4e8,
  ],
  [
    "fr",
    "Valorisée 5 milliards de dollars en mars, Kalvion Labs affiche désormais 400 millions de dollars de revenus annualisés.",
    "revenue_run_rate",
    4e8,
  ],
  ["en", "Microsoft will spend $80 billion on AI-enabled data centers this fiscal year.", "capex"],
  ["en", "Meta plans to invest as much as $65 billion this year, mostly in data centres.", "capex"],
  ["en", "Amazon has committed $100 billion to AI infrastructure this year.", "capex"],
  ["en", "Mistral AI will invest €1 billion to build a data centre near Lyon.", "capex"],
  ["en", "Dunefield will spend $3 billion building a campus in Ohio.", "capex"],
  ["fr", "Microsoft dépensera 80 milliards de dollars dans des centres de données cette année.", "capex"],
  [
    "fr",
    "Cette année, Oracle s'est engagé à hauteur de 40 milliards de dollars pour ses infrastructures de calcul.",
    "capex",
  ],
  [
    "fr",
    "Mistral AI va investir 1 milliard d'euros pour construire un centre de données près de Lyon.",
    "capex",
  ],
  [
    "fr",
    "Meta compte investir jusqu'à 65 milliards de dollars cette année, surtout dans des centres de données.",
    "capex",
  ],
  ["en", "Blue Owl will invest $3 billion in Kalvion Labs, which builds AI models.", "investment"],
  ["en", "Microsoft's $13 billion investment in OpenAI has paid off.", "investment"],
  ["fr", "Blue Owl investira 3 milliards de dollars dans Kalvion Labs.", "investment"],
  [
    "fr",
    "L'investissement de 13 milliards de dollars de Microsoft dans OpenAI a porté ses fruits.",
    "investment",
  ],
  [
    "en",
    "Kalvion Labs is in talks to raise $500 million at a valuation of $6 billion, backed by the Public Investment Fund.",
    "funding_round",
    5e8,
  ],
  [
    "fr",
    "Kalvion Labs discute d'une valorisation de 6 milliards de dollars, avec le soutien du Fonds d'Investissement Public.",
    "valuation",
  ],
  [
    "en",
    "Kalvion Labs is now valued at $6 billion, with the Public Investment Fund among its backers.",
    "valuation",
  ],
  [
    "fr",
    "La valorisation de Kalvion Labs pourrait atteindre 6 milliards de dollars, selon le Fonds Souverain Norvégien.",
    "valuation",
  ],
  ["en", "xAI, in the red for years, lost $1.5 billion in the quarter.", "net_loss"],
  ["fr", "En 2024, OpenAI a perdu environ 5 milliards de dollars.", "net_loss"],
  ["en", "OpenAI is on track to burn through $8 billion this year.", "cash_burn"],
  ["fr", "OpenAI devrait brûler 8 milliards de dollars cette année.", "cash_burn"],
  [
    "fr",
    "Meta prévoit que ses dépenses totales atteignent 115 milliards de dollars cette année.",
    "total_expenses",
  ],
  ["en", "Meta expects total expenses of $115 billion this year.", "total_expenses"],
  ["en", "Anthropic had about $10 billion on its balance sheet in June.", "cash_position"],
  [
    "en",
    "OpenAI plans to spend about $600 billion on compute by 2030, Microsoft said.",
    "compute_spending_target",
  ],
  [
    "fr",
    "OpenAI compte dépenser quelque 600 milliards de dollars en calcul d'ici 2030.",
    "compute_spending_target",
  ],
  ["en", "Nvidia's market cap hit $5 trillion on Wednesday.", "market_cap"],
  ["fr", "Nvidia vaut désormais plus de 5 000 milliards de dollars en Bourse.", "market_cap"],
  ["en", "Kalvion Labs raised $200 million, the company said on Monday.", "funding_round"],
  ["en", "A group led by Blue Owl poured $200 million into Kalvion Labs' Series B.", "funding_round"],
  ["fr", "Kalvion Labs a annoncé lundi avoir levé 200 millions de dollars.", "funding_round"],
  ["en", "Oracle's backlog swelled to $455 billion.", "compute_commitment"],
  ["en", "Oracle signed $65 billion in new cloud contracts in the quarter.", "compute_commitment"],
  [
    "fr",
    "Oracle a signé pour 65 milliards de dollars de nouveaux contrats cloud sur le trimestre.",
    "compute_commitment",
  ],
  ["en", "Meta sold $30 billion of bonds to fund its data centres.", "debt_issuance"],
  [
    "fr",
    "Meta a placé 30 milliards de dollars d'obligations pour financer ses centres de données.",
    "debt_issuance",
  ],
  ["en", "Kalvion Labs was acquired by Nvidia for $900 million.", "acquisition_price"],
  ["fr", "Kalvion Labs a été racheté par Nvidia pour 900 millions de dollars.", "acquisition_price"],
  [
    "fr",
    "Kalvion Labs est valorisée 5 milliards de dollars, et des discussions évoquent même 7 milliards, avec le soutien du Fonds d'Investissement Public.",
    "valuation",
    7e9,
  ],
  [
    "en",
    "Kalvion Labs is valued at $5 billion, and talks have even mentioned $7 billion, with support from the Public Investment Fund.",
    "valuation",
    7e9,
  ],
  ["en", "Cohere said it would spend $2 billion on data centres of its own in Canada.", "capex"],
  [
    "fr",
    "Cohere investira 2 milliards de dollars pour bâtir ses propres centres de données au Canada.",
    "capex",
  ],
  [
    "fr",
    "Alphabet table sur des dépenses annuelles comprises au total entre 90 et 95 milliards de dollars.",
    "total_expenses",
    9e10,
  ],
  [
    "en",
    "Meta expects its annual expenses to total between $114 billion and $119 billion.",
    "total_expenses",
    1.14e11,
  ],
  ["fr", "Quarkon a vu ses coûts d'exploitation grimper à 900 millions d'euros.", "total_expenses"],
  ["en", "Nvidia is worth $4 trillion, more than Microsoft.", "market_cap"],
  ["en", "OpenAI's annualized revenue run rate is $13 billion.", "revenue_run_rate"],
  ["en", "OpenAI is at a $13 billion annual run rate.", "revenue_run_rate"],
  ["en", "Anthropic's revenue, on an annualised basis, is $5 billion.", "revenue_run_rate"],
  ["fr", "OpenAI génère 13 milliards de dollars de revenus en rythme annualisé.", "revenue_run_rate"],
  ["fr", "Anthropic a franchi le cap des 5 milliards de dollars de revenus annualisés.", "revenue_run_rate"],
  ["en", "Quarkon posted a $200 million loss for the year.", "net_loss"],
  ["fr", "Quarkon a essuyé une perte de 200 millions d'euros sur l'année.", "net_loss"],
  ["en", "Kalvion Labs has a war chest of $3 billion.", "cash_position"],
  ["fr", "Kalvion Labs dispose d'un trésor de guerre de 3 milliards de dollars.", "cash_position"],
  ["en", "Microsoft's capex for the quarter came in at $24 billion, above forecasts.", "capex"],
  ["en", "Microsoft spent $24 billion on property and equipment in the quarter.", "capex"],
  ["fr", "Microsoft a dépensé 24 milliards de dollars en investissements au trimestre.", "capex"],
  ["en", "Alphabet now sees 2025 capex of $91 billion to $93 billion.", "capex", 9.1e10],
  [
    "fr",
    "Alphabet anticipe désormais des investissements de 91 à 93 milliards de dollars en 2025.",
    "capex",
    9.1e10,
  ],
  ["en", "Nvidia's data center revenue grew to $41 billion.", "revenue"],
  [
    "fr",
    "Le chiffre d'affaires de la division centres de données de Nvidia a atteint 41 milliards de dollars.",
    "revenue",
  ],
  ["en", "Blue Owl led the round, putting in $1 billion.", "investment"],
  ["en", "SoftBank will contribute $22.5 billion to OpenAI's round.", "investment"],
  ["fr", "SoftBank apportera 22,5 milliards de dollars au tour de table d'OpenAI.", "investment"],
  // Costs named as a whole, beside a word of cash burned or capital spent; and near misses.
  ["en", "Quarkon's operating costs climbed to €900 million.", "total_expenses"],
  ["en", "Norvane's total annual expenses reached $450 million.", "total_expenses"],
  ["fr", "Les frais de fonctionnement de Quarkon ont atteint 300 millions d'euros.", "total_expenses"],
  ["fr", "Les dépenses d'investissement totales de Meta atteindront 70 milliards de dollars.", "capex"],
  ["en", "Meta's total capital expenditures will reach $70 billion.", "capex"],
  // A run-rate word before the figure or after its revenue complement; near misses.
  ["en", "Anthropic is generating $5 billion in revenue on an annualised basis.", "revenue_run_rate"],
  [
    "fr",
    "Mistral AI réalise 300 millions d'euros de chiffre d'affaires en rythme annuel.",
    "revenue_run_rate",
  ],
  ["fr", "OpenAI a réalisé 3,7 milliards de dollars de revenus en 2024.", "revenue"],
  // Cash named by a figure of speech; a near miss.
  ["fr", "Quarkon dispose d'un matelas de trésorerie de 800 millions d'euros.", "cash_position"],
  ["en", "Brisalys has built up a cash hoard of $900 million.", "cash_position"],
  ["en", "Oracle took on $3 billion of new debt to shore up its balance sheet.", "debt_issuance"],
  // Commitments a supplier receives from its customers; near misses it makes.
  [
    "en",
    "Oracle's backlog grew on $60 billion in new commitments from customers such as Meta.",
    "compute_commitment",
  ],
  [
    "fr",
    "Oracle a enregistré 60 milliards de dollars d'engagements de la part de clients comme Meta.",
    "compute_commitment",
  ],
  ["en", "Nvidia made $5 billion in commitments to OpenAI.", "investment"],
  // Money for one's own infrastructure, whatever its article; a near miss.
  [
    "fr",
    "En 2026, Oracle s'est engagé à hauteur de 40 milliards de dollars pour l'infrastructure d'IA.",
    "capex",
  ],
  ["fr", "Microsoft investira 80 milliards de dollars dans l'infrastructure d'IA cette année.", "capex"],
  ["en", "Amazon will spend $8 billion building a data centre campus in Georgia.", "capex"],
  ["en", "Meta borrowed $3 billion building a campus in Ohio.", "debt_issuance"],
  // A private company's worth by its kind; a near miss.
  ["en", "Alphabet is now worth $3 trillion.", "market_cap"],
];

/**
 * Wordings the vocabulary does not read yet, with the reason: each would need a mechanism of its own,
 * not a word more.
 */
const OPEN: readonly OpenProbe<MetricProbe>[] = [
  [
    [
      "en",
      "Quarterly sales at Velorine, which raised $300 million last year, came to $1.4 billion.",
      "revenue",
      1.4e9,
    ],
    "the relative clause's verb, nearer the figure, is taken over the subject's noun before it",
  ],
  [
    ["en", "OpenAI spent $9 billion in total last year, including staff and compute.", "total_expenses"],
    "a bare English verb of spending names no metric (a generic one would add claims elsewhere)",
  ],
  [
    ["en", "The stock rally has made Nvidia worth more than $5 trillion.", "market_cap"],
    "'made … worth' is no verb of worth the lexicon knows",
  ],
  [
    ["en", "Kalvion Labs, now worth $2 billion, plans to hire.", "valuation"],
    "'worth' in an apposition, with no verb, is read as no metric",
  ],
  [
    ["fr", "Kalvion Labs, qui vaut désormais 2 milliards de dollars, recrute.", "valuation"],
    "« vaut » in a relative clause is only read right after a capitalised name",
  ],
];

/** The invented companies of the probes, with the kinds that decide their senses. */
const INVENTED = defaultGazetteer({
  companies: [
    { name: "Quarkon", kinds: ["business"] },
    { name: "Norvane", kinds: ["startup"] },
    { name: "Brisalys", kinds: ["business"] },
    { name: "Tessellis", kinds: ["business"] },
    { name: "Velorine", kinds: ["business"] },
    { name: "Dunefield", kinds: ["datacentre"] },
    { name: "Kalvion Labs", kinds: ["lab"] },
  ],
});

const readKnown = probeReader({ gazetteer: INVENTED });
const readUnknown = probeReader();

runMetricProbes(
  "every metric of CLAIMS.md §2 is read in each of its common wordings",
  PROBES,
  OPEN,
  readKnown,
);

/** Probes whose sense is the owner's kind: a lab's worth is a valuation, a listed company's its market value. */
const KIND_DEPENDENT: ReadonlySet<string> = new Set(["Kalvion Labs is now worth $2 billion."]);

runProbeTable({
  title: "an owner unknown to the gazetteer changes no other metric: a claim read is of the probe's metric",
  rows: PROBES.filter((probe) => !KIND_DEPENDENT.has(probe[1])),
  label: (probe) => probe[1],
  wrong: (probe) => {
    const metrics = metricsOfProbe(readUnknown, probe);
    return metrics.every((m) => m === probe[2]) ? [] : [`${JSON.stringify(metrics)} (${probe[2]})`];
  },
});
