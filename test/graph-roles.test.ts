import assert from "node:assert/strict";
import { test } from "node:test";
import type { Language } from "../src/core/index.js";
import { extractClaims } from "../src/extract/index.js";
import { buildDealGraph, type Instrument } from "../src/graph/index.js";
import type { StoredClaim } from "../src/ledger/port.js";

/**
 * Who pays whom, through the real extractor and the edge builder: sentences written for these tests,
 * one or more per kind of edge, in French and English, active and passive, with the payer, the payee
 * or neither in subject position.
 */

interface Case {
  lang: Language;
  text: string;
  from: string;
  to: string;
  instrument: Instrument;
}

const CASES: Case[] = [
  // investor → investee
  {
    lang: "en",
    text: "Nvidia will invest $5 billion in Intel.",
    from: "Nvidia",
    to: "Intel",
    instrument: "equity",
  },
  {
    lang: "fr",
    text: "Nvidia va investir 5 milliards de dollars dans Intel.",
    from: "Nvidia",
    to: "Intel",
    instrument: "equity",
  },
  {
    lang: "fr",
    text: "Intel va recevoir un investissement de 5 milliards de dollars de Nvidia.",
    from: "Nvidia",
    to: "Intel",
    instrument: "equity",
  },
  {
    lang: "en",
    text: "A $5 billion investment from Nvidia was announced by Intel.",
    from: "Nvidia",
    to: "Intel",
    instrument: "equity",
  },
  {
    lang: "fr",
    text: "SoftBank a investi 40 milliards de dollars dans OpenAI.",
    from: "SoftBank",
    to: "OpenAI",
    instrument: "equity",
  },
  {
    lang: "en",
    text: "Nvidia will invest up to $2 billion in xAI's round.",
    from: "Nvidia",
    to: "xAI",
    instrument: "round_participation",
  },
  {
    lang: "en",
    text: "Nvidia signed a letter of intent to invest up to $100 billion in OpenAI.",
    from: "Nvidia",
    to: "OpenAI",
    instrument: "equity",
  },
  {
    lang: "fr",
    text: "Nvidia investira 100 milliards de dollars dans OpenAI, selon une lettre d'intention.",
    from: "Nvidia",
    to: "OpenAI",
    instrument: "equity",
  },
  {
    lang: "en",
    text: "Intel will receive a $5 billion investment from Nvidia.",
    from: "Nvidia",
    to: "Intel",
    instrument: "equity",
  },
  {
    lang: "fr",
    text: "Un investissement de 5 milliards de dollars dans Intel a été annoncé par Nvidia.",
    from: "Nvidia",
    to: "Intel",
    instrument: "equity",
  },
  {
    lang: "en",
    text: "OpenAI was backed by a $10 billion investment from Microsoft.",
    from: "Microsoft",
    to: "OpenAI",
    instrument: "equity",
  },
  {
    lang: "en",
    text: "A $4 billion investment in Anthropic was made by Amazon.",
    from: "Amazon",
    to: "Anthropic",
    instrument: "equity",
  },
  {
    lang: "en",
    text: "OpenAI raised $40 billion from SoftBank.",
    from: "SoftBank",
    to: "OpenAI",
    instrument: "round_participation",
  },
  {
    lang: "fr",
    text: "OpenAI a levé 40 milliards de dollars auprès de SoftBank.",
    from: "SoftBank",
    to: "OpenAI",
    instrument: "round_participation",
  },
  {
    lang: "en",
    text: "Anthropic received $4 billion from Amazon.",
    from: "Amazon",
    to: "Anthropic",
    instrument: "equity",
  },
  // issuer → holder
  {
    lang: "en",
    text: "AMD granted OpenAI warrants for up to 160 million AMD shares.",
    from: "AMD",
    to: "OpenAI",
    instrument: "warrant",
  },
  {
    lang: "fr",
    text: "AMD a accordé à OpenAI des bons de souscription portant sur 160 millions d'actions AMD.",
    from: "AMD",
    to: "OpenAI",
    instrument: "warrant",
  },
  {
    lang: "fr",
    text: "OpenAI a reçu d'AMD des bons de souscription sur 160 millions d'actions.",
    from: "AMD",
    to: "OpenAI",
    instrument: "warrant",
  },
  {
    lang: "en",
    text: "OpenAI received warrants from AMD for up to 160 million shares.",
    from: "AMD",
    to: "OpenAI",
    instrument: "warrant",
  },
  {
    lang: "en",
    text: "Warrants for up to 160 million AMD shares were issued to OpenAI.",
    from: "AMD",
    to: "OpenAI",
    instrument: "warrant",
  },
  {
    lang: "fr",
    text: "Des bons de souscription portant sur 160 millions d'actions AMD ont été attribués à OpenAI.",
    from: "AMD",
    to: "OpenAI",
    instrument: "warrant",
  },
  // lender → borrower
  {
    lang: "en",
    text: "CoreWeave secured a $7.5 billion loan from Blackstone.",
    from: "Blackstone",
    to: "CoreWeave",
    instrument: "loan",
  },
  {
    lang: "fr",
    text: "CoreWeave a obtenu un prêt de 7,5 milliards de dollars auprès de Blackstone.",
    from: "Blackstone",
    to: "CoreWeave",
    instrument: "loan",
  },
  {
    lang: "fr",
    text: "CoreWeave a contracté un prêt de 2 milliards de dollars auprès de Blackstone.",
    from: "Blackstone",
    to: "CoreWeave",
    instrument: "loan",
  },
  {
    lang: "en",
    text: "xAI secured $12.5 billion of debt from Morgan Stanley.",
    from: "Morgan Stanley",
    to: "xAI",
    instrument: "loan",
  },
  {
    lang: "en",
    text: "A $2 billion loan from Blackstone was granted to CoreWeave.",
    from: "Blackstone",
    to: "CoreWeave",
    instrument: "loan",
  },
  {
    lang: "fr",
    text: "Blackstone a prêté 7,5 milliards de dollars à CoreWeave.",
    from: "Blackstone",
    to: "CoreWeave",
    instrument: "loan",
  },
  {
    lang: "fr",
    text: "xAI a obtenu 12,5 milliards de dollars de dette auprès de Morgan Stanley.",
    from: "Morgan Stanley",
    to: "xAI",
    instrument: "loan",
  },
  // guarantor → beneficiary (backstop)
  {
    lang: "en",
    text: "Nvidia agreed to buy $6.3 billion of CoreWeave's unused capacity.",
    from: "Nvidia",
    to: "CoreWeave",
    instrument: "backstop",
  },
  {
    lang: "fr",
    text: "Nvidia s'est engagé à acheter pour 6,3 milliards de dollars de capacité inutilisée de CoreWeave.",
    from: "Nvidia",
    to: "CoreWeave",
    instrument: "backstop",
  },
  {
    lang: "en",
    text: "Nvidia agreed to purchase up to $6.3 billion of unsold cloud capacity from CoreWeave.",
    from: "Nvidia",
    to: "CoreWeave",
    instrument: "backstop",
  },
  {
    lang: "fr",
    text: "Nvidia s'est engagé à racheter jusqu'à 6,3 milliards de dollars de capacité cloud invendue de CoreWeave.",
    from: "Nvidia",
    to: "CoreWeave",
    instrument: "backstop",
  },
  {
    lang: "en",
    text: "Up to $6.3 billion of CoreWeave's unsold capacity will be bought by Nvidia.",
    from: "Nvidia",
    to: "CoreWeave",
    instrument: "backstop",
  },
  // buyer → supplier: cloud and compute
  {
    lang: "en",
    text: "OpenAI signed a $300 billion cloud contract with Oracle.",
    from: "OpenAI",
    to: "Oracle",
    instrument: "cloud_commitment",
  },
  {
    lang: "en",
    text: "Oracle signed a $300 billion cloud contract with OpenAI.",
    from: "OpenAI",
    to: "Oracle",
    instrument: "cloud_commitment",
  },
  {
    lang: "fr",
    text: "OpenAI a signé un contrat cloud de 300 milliards de dollars avec Oracle.",
    from: "OpenAI",
    to: "Oracle",
    instrument: "cloud_commitment",
  },
  {
    lang: "fr",
    text: "Oracle a conclu avec OpenAI un contrat de cloud de 300 milliards de dollars.",
    from: "OpenAI",
    to: "Oracle",
    instrument: "cloud_commitment",
  },
  {
    lang: "en",
    text: "The $300 billion cloud contract with Oracle was signed by OpenAI.",
    from: "OpenAI",
    to: "Oracle",
    instrument: "cloud_commitment",
  },
  {
    lang: "fr",
    text: "Le contrat cloud de 300 milliards de dollars conclu avec Oracle a été signé par OpenAI.",
    from: "OpenAI",
    to: "Oracle",
    instrument: "cloud_commitment",
  },
  {
    lang: "en",
    text: "Under the deal, OpenAI committed $300 billion to Oracle for cloud capacity.",
    from: "OpenAI",
    to: "Oracle",
    instrument: "cloud_commitment",
  },
  {
    lang: "en",
    text: "OpenAI has committed to buy $250 billion of Azure services from Microsoft.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "cloud_commitment",
  },
  {
    lang: "fr",
    text: "OpenAI s'est engagée à acheter pour 250 milliards de dollars de services Azure à Microsoft.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "cloud_commitment",
  },
  {
    lang: "en",
    text: "Meta signed a $14 billion cloud contract with CoreWeave.",
    from: "Meta",
    to: "CoreWeave",
    instrument: "cloud_commitment",
  },
  {
    lang: "en",
    text: "A $14 billion cloud contract was signed by Meta with CoreWeave.",
    from: "Meta",
    to: "CoreWeave",
    instrument: "cloud_commitment",
  },
  {
    lang: "en",
    text: "CoreWeave won a $14 billion cloud contract from Meta.",
    from: "Meta",
    to: "CoreWeave",
    instrument: "cloud_commitment",
  },
  {
    lang: "fr",
    text: "CoreWeave a décroché un contrat de cloud de 14 milliards de dollars auprès de Meta.",
    from: "Meta",
    to: "CoreWeave",
    instrument: "cloud_commitment",
  },
  // buyer → supplier: chips and gigawatts of accelerators
  {
    lang: "en",
    text: "OpenAI will buy $10 billion of custom chips from Broadcom.",
    from: "OpenAI",
    to: "Broadcom",
    instrument: "chip_purchase",
  },
  {
    lang: "fr",
    text: "OpenAI achètera 10 milliards de dollars de puces sur mesure à Broadcom.",
    from: "OpenAI",
    to: "Broadcom",
    instrument: "chip_purchase",
  },
  {
    lang: "fr",
    text: "Anthropic achètera pour 10 milliards de dollars de puces à Broadcom.",
    from: "Anthropic",
    to: "Broadcom",
    instrument: "chip_purchase",
  },
  {
    lang: "en",
    text: "Broadcom will sell $10 billion of custom chips to OpenAI.",
    from: "OpenAI",
    to: "Broadcom",
    instrument: "chip_purchase",
  },
  {
    lang: "fr",
    text: "Broadcom vendra pour 10 milliards de dollars de puces à OpenAI.",
    from: "OpenAI",
    to: "Broadcom",
    instrument: "chip_purchase",
  },
  {
    lang: "en",
    text: "Broadcom will supply OpenAI with $10 billion of chips.",
    from: "OpenAI",
    to: "Broadcom",
    instrument: "chip_purchase",
  },
  {
    lang: "en",
    text: "Meta agreed to buy $10 billion of chips from Broadcom.",
    from: "Meta",
    to: "Broadcom",
    instrument: "chip_purchase",
  },
  {
    lang: "fr",
    text: "OpenAI s'est engagée à déployer 6 gigawatts de puces AMD.",
    from: "OpenAI",
    to: "AMD",
    instrument: "chip_purchase",
  },
  {
    lang: "fr",
    text: "AMD fournira à OpenAI 6 gigawatts de processeurs graphiques.",
    from: "OpenAI",
    to: "AMD",
    instrument: "compute_commitment" /* the quote ends before "processeurs" */,
  },
  {
    lang: "fr",
    text: "Dans le cadre de l'accord, OpenAI déploiera 6 gigawatts de GPU AMD.",
    from: "OpenAI",
    to: "AMD",
    instrument: "chip_purchase",
  },
  {
    lang: "en",
    text: "AMD will supply OpenAI with 6 gigawatts of Instinct GPUs.",
    from: "OpenAI",
    to: "AMD",
    instrument: "chip_purchase",
  },
  {
    lang: "en",
    text: "Under the deal, 6 gigawatts of AMD GPUs will be deployed by OpenAI.",
    from: "OpenAI",
    to: "AMD",
    instrument: "chip_purchase",
  },
  {
    lang: "en",
    text: "OpenAI committed to deploy 6 gigawatts of AMD GPUs.",
    from: "OpenAI",
    to: "AMD",
    instrument: "chip_purchase",
  },
  // payer → payee (revenue share)
  {
    lang: "en",
    text: "OpenAI shares 20% of its revenue with Microsoft.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "revenue_share",
  },
  {
    lang: "fr",
    text: "OpenAI partage 20 % de ses revenus avec Microsoft.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "revenue_share",
  },
  {
    lang: "en",
    text: "Under the agreement, OpenAI pays a 20% revenue share to Microsoft.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "revenue_share",
  },
  {
    lang: "en",
    text: "Microsoft receives a 20% revenue share from OpenAI.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "revenue_share",
  },
  {
    lang: "fr",
    text: "Microsoft perçoit 20 % des revenus d'OpenAI.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "revenue_share",
  },
  {
    lang: "fr",
    text: "OpenAI reverse 20 % de son chiffre d'affaires à Microsoft.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "revenue_share",
  },
  // acquirer → acquired
  {
    lang: "en",
    text: "OpenAI acquired io Products for $6.5 billion.",
    from: "OpenAI",
    to: "io Products",
    instrument: "acquisition",
  },
  {
    lang: "fr",
    text: "OpenAI a racheté io Products pour 6,5 milliards de dollars.",
    from: "OpenAI",
    to: "io Products",
    instrument: "acquisition",
  },
  // The same kinds again, in other words: receiving and giving verbs, passives, agents after "by" or "par".
  {
    lang: "en",
    text: "Microsoft received $2 billion from Nvidia.",
    from: "Nvidia",
    to: "Microsoft",
    instrument: "equity",
  },
  {
    lang: "fr",
    text: "Mistral a reçu 1,7 milliard d'euros de la part d'ASML.",
    from: "ASML",
    to: "Mistral AI",
    instrument: "equity",
  },
  {
    lang: "en",
    text: "A $1 billion investment in Mistral was made by ASML.",
    from: "ASML",
    to: "Mistral AI",
    instrument: "equity",
  },
  {
    lang: "fr",
    text: "Un investissement de 2 milliards de dollars a été réalisé par Nvidia dans xAI.",
    from: "Nvidia",
    to: "xAI",
    instrument: "equity",
  },
  {
    lang: "en",
    text: "Warrants covering 160 million shares were granted to OpenAI by AMD.",
    from: "AMD",
    to: "OpenAI",
    instrument: "warrant",
  },
  {
    lang: "fr",
    text: "Des bons de souscription sur 160 millions d'actions ont été accordés à OpenAI par AMD.",
    from: "AMD",
    to: "OpenAI",
    instrument: "warrant",
  },
  {
    lang: "fr",
    text: "AMD a émis au profit d'OpenAI des bons de souscription portant sur 160 millions d'actions.",
    from: "AMD",
    to: "OpenAI",
    instrument: "warrant",
  },
  {
    lang: "en",
    text: "Blackstone lent $2 billion to CoreWeave.",
    from: "Blackstone",
    to: "CoreWeave",
    instrument: "loan",
  },
  {
    lang: "fr",
    text: "Un prêt de 2 milliards de dollars a été accordé à CoreWeave par Blackstone.",
    from: "Blackstone",
    to: "CoreWeave",
    instrument: "loan",
  },
  {
    lang: "en",
    text: "CoreWeave borrowed $2 billion from Blackstone.",
    from: "Blackstone",
    to: "CoreWeave",
    instrument: "loan",
  },
  {
    lang: "fr",
    text: "CoreWeave a emprunté 2 milliards de dollars auprès de Blackstone.",
    from: "Blackstone",
    to: "CoreWeave",
    instrument: "loan",
  },
  {
    lang: "en",
    text: "Morgan Stanley extended a $12.5 billion loan to xAI.",
    from: "Morgan Stanley",
    to: "xAI",
    instrument: "loan",
  },
  {
    lang: "fr",
    text: "Morgan Stanley a octroyé un prêt de 12,5 milliards de dollars à xAI.",
    from: "Morgan Stanley",
    to: "xAI",
    instrument: "loan",
  },
  {
    lang: "en",
    text: "$6.3 billion of unused CoreWeave capacity was guaranteed to be bought by Nvidia.",
    from: "Nvidia",
    to: "CoreWeave",
    instrument: "backstop",
  },
  {
    lang: "fr",
    text: "Jusqu'à 6,3 milliards de dollars de capacité invendue de CoreWeave seront rachetés par Nvidia.",
    from: "Nvidia",
    to: "CoreWeave",
    instrument: "backstop",
  },
  {
    lang: "en",
    text: "$300 billion of cloud capacity will be bought from Oracle by OpenAI.",
    from: "OpenAI",
    to: "Oracle",
    instrument: "cloud_commitment",
  },
  {
    lang: "fr",
    text: "10 milliards de dollars de puces seront achetés à Broadcom par OpenAI.",
    from: "OpenAI",
    to: "Broadcom",
    instrument: "chip_purchase",
  },
  {
    lang: "en",
    text: "Meta will deploy 1 gigawatt of AMD accelerators.",
    from: "Meta",
    to: "AMD",
    instrument: "chip_purchase",
  },
  {
    lang: "fr",
    text: "Meta déploiera 1 gigawatt d'accélérateurs AMD.",
    from: "Meta",
    to: "AMD",
    instrument: "chip_purchase",
  },
  {
    lang: "en",
    text: "Under the contract, 6 gigawatts of AMD chips will be bought by OpenAI.",
    from: "OpenAI",
    to: "AMD",
    instrument: "chip_purchase",
  },
  {
    lang: "en",
    text: "Microsoft gets a 20% share of OpenAI's revenue.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "revenue_share",
  },
  {
    lang: "en",
    text: "A 20% revenue share is paid by OpenAI to Microsoft.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "revenue_share",
  },
  {
    lang: "fr",
    text: "Microsoft touche 20 % du chiffre d'affaires d'OpenAI.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "revenue_share",
  },
  {
    lang: "fr",
    text: "OpenAI verse 20 % de ses revenus à Microsoft.",
    from: "OpenAI",
    to: "Microsoft",
    instrument: "revenue_share",
  },
  {
    lang: "en",
    text: "io Products was acquired by OpenAI for $6.5 billion.",
    from: "OpenAI",
    to: "io Products",
    instrument: "acquisition",
  },
  {
    lang: "fr",
    text: "io Products a été racheté par OpenAI pour 6,5 milliards de dollars.",
    from: "OpenAI",
    to: "io Products",
    instrument: "acquisition",
  },
];

function edgesOf(c: Case) {
  const { claims } = extractClaims({
    text: c.text,
    language: c.lang,
    published: "2025-10-15",
    document: "t.txt",
  });
  const stored: StoredClaim[] = claims.map((claim, i) => ({
    ...claim,
    id: `c${i}`,
    documentId: "t",
    reported: "2025-10-15",
    status: "unreviewed",
    version: 0,
    original: null,
  }));
  return buildDealGraph({ claims: stored }).edges;
}

for (const c of CASES) {
  const name = `${c.lang}: "${c.text}" → ${c.from} → ${c.to} (${c.instrument})`;
  test(name, () => {
    const edges = edgesOf(c);
    const found = edges.map((e) => `${e.from} → ${e.to} (${e.instrument})`);
    assert.deepEqual(found, [`${c.from} → ${c.to} (${c.instrument})`]);
  });
}

test("every kind of edge is asserted in both languages", () => {
  const asserted = CASES;
  for (const instrument of [
    "equity",
    "warrant",
    "loan",
    "backstop",
    "cloud_commitment",
    "chip_purchase",
    "revenue_share",
  ])
    for (const lang of ["fr", "en"])
      assert.ok(
        asserted.some((c) => c.instrument === instrument && c.lang === lang),
        `${instrument} in ${lang}`,
      );
});
