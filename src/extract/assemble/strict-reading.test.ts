import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import type { Claim } from "../../core/index.js";

describe("strict fields: the qualifier", () => {
  it("a forecast word after the next figure qualifies that figure, not the earlier ones (EN)", () => {
    const claims = extract(
      "Anthropic says its sales climbed from $1 billion in 2023 to $3 billion in 2024 to $7 billion expected in 2025.",
    );
    assert.equal(claimAt(claims, 1e9).qualifier, "reported");
    assert.equal(claimAt(claims, 3e9).qualifier, "reported");
    assert.equal(claimAt(claims, 7e9).qualifier, "target");
  });

  it("a forecast word after the next figure qualifies that figure, not the earlier ones (FR)", () => {
    const claims = extract(
      "Le chiffre d'affaires de Mistral AI est passé de 1 milliard de dollars en 2023 à 3 milliards de dollars en 2024, puis à 7 milliards de dollars prévus en 2025.",
      "fr",
    );
    assert.equal(claimAt(claims, 1e9).qualifier, "reported");
    assert.equal(claimAt(claims, 7e9).qualifier, "target");
  });

  it("a stake that a warrant or deal will give is a term of the deal: commitment (EN)", () => {
    const claims = extract(
      "AMD granted OpenAI a warrant for up to 160 million AMD shares. Exercised in full, the warrant would give OpenAI about 10% of the chipmaker.",
    );
    assert.equal(claimAt(claims, 0.1).qualifier, "commitment");
  });

  it("a stake a deal will confer or award is a term of the deal: commitment (EN)", () => {
    const claims = extract(
      "Under the agreement announced on Monday, the $3 billion investment will confer on Samsung a stake of about 6% in Graphcore.",
    );
    assert.equal(claimAt(claims, 0.06).qualifier, "commitment");
  });

  it("a stake a deal will confer or award is a term of the deal: commitment (FR)", () => {
    const claims = extract(
      "L'opération, d'un montant de 2 milliards d'euros, conférera à SoftBank une participation d'environ 8 % dans Mistral AI.",
      "fr",
    );
    assert.equal(claimAt(claims, 0.08).qualifier, "commitment");
  });

  it("a backlog of orders is a commitment even when the orders will ship later (EN)", () => {
    const claims = extract(
      "Marvell said it has a backlog of $12 billion in custom chip orders that will be delivered over the next four quarters.",
    );
    assert.equal(claimAt(claims, 12e9).qualifier, "commitment");
  });

  it("a backlog of orders is a commitment even when the orders will ship later (FR)", () => {
    const claims = extract(
      "AMD dispose d'un carnet de commandes de 9 milliards de dollars, qui seront livrées d'ici la fin de l'année prochaine.",
      "fr",
    );
    assert.equal(claimAt(claims, 9e9).qualifier, "commitment");
  });

  it("a backlog the company expects to reach a level is still its target (EN, FR)", () => {
    const en = extract(
      "Marvell's chief executive said she expected the backlog to climb above $20 billion next year.",
    );
    assert.equal(claimAt(en, 20e9).qualifier, "target");
    const fr = extract(
      "AMD prévoit que son carnet de commandes atteindra 15 milliards de dollars l'an prochain.",
      "fr",
    );
    assert.equal(claimAt(fr, 15e9).qualifier, "target");
  });

  it("a stake that a warrant or deal will give is a term of the deal: commitment (FR)", () => {
    const claims = extract(
      "AMD a accordé à OpenAI des bons de souscription portant sur 160 millions d'actions AMD. Exercés en totalité, ils donneront à OpenAI une participation d'environ 10 % dans AMD.",
      "fr",
    );
    assert.equal(claimAt(claims, 0.1).qualifier, "commitment");
  });

  it("a stake its holder will own under a deal struck is a term of the deal: commitment (EN, FR)", () => {
    const held = extract(
      "Under the merger terms approved on Monday, SoftBank will then control a 41% stake in Arm's new parent.",
    );
    assert.equal(claimAt(held, 0.41).qualifier, "commitment");
    const thus = extract("Par cet accord, Nvidia détiendra ainsi près de 7 % du capital de Crusoe.", "fr");
    assert.equal(claimAt(thus, 0.07).qualifier, "commitment");
    const each = extract("Blackstone and KKR will each hold 20% of the joint venture formed with Oracle.");
    assert.equal(claimAt(each, 0.2).qualifier, "commitment");
  });

  it("a stake its holder will own after a step still to come stays a target (EN, FR)", () => {
    assert.equal(
      claimAt(extract("After the second closing, Nvidia will own about 6% of Anthropic."), 0.06).qualifier,
      "target",
    );
    const fr = extract("Après la seconde étape, Nvidia détiendra environ 6 % d'Anthropic.", "fr");
    assert.equal(claimAt(fr, 0.06).qualifier, "target");
    const once = extract(
      "Une fois l'opération bouclée, Iliad conservera 35 % du capital de la coentreprise, a précisé le groupe.",
      "fr",
    );
    assert.equal(claimAt(once, 0.35).qualifier, "target");
    const after = extract(
      "Microsoft will pay the last $3 billion in March, after which it will own 9% of Mistral AI.",
    );
    assert.equal(claimAt(after, 0.09).qualifier, "target");
  });

  it("a stake held now or held before stays reported", () => {
    assert.equal(claimAt(extract("Microsoft holds about 12% of the start-up."), 0.12).qualifier, "reported");
    const fr = extract("Nvidia détenait déjà 4 % du capital de Crusoe avant l'opération.", "fr");
    assert.equal(claimAt(fr, 0.04).qualifier, "reported");
  });

  it("what analysts or the market expected is an estimate, even past another figure of the list (EN)", () => {
    const claims = extract(
      "Alphabet reported revenue of $96.4 billion, exceeding analyst expectations of $2.18 per share on $94 billion in revenue.",
      "en",
      "2025-07-24",
    );
    assert.equal(claimAt(claims, 96.4e9).qualifier, "reported");
    assert.equal(claimAt(claims, 94e9).qualifier, "estimated");
    const consensus = extract(
      "Nvidia forecast revenue of $65 billion for the current quarter, above the consensus of $61.7 billion.",
      "en",
      "2025-11-20",
    );
    assert.equal(claimAt(consensus, 65e9).qualifier, "target");
    assert.equal(claimAt(consensus, 61.7e9).qualifier, "estimated");
  });

  it("what analysts or the market expected is an estimate (FR)", () => {
    const claims = extract(
      "Nvidia a réalisé un chiffre d'affaires de 57 milliards de dollars au troisième trimestre, contre 54,9 milliards attendus.",
      "fr",
      "2025-11-20",
    );
    assert.equal(claimAt(claims, 57e9).qualifier, "reported");
    assert.equal(claimAt(claims, 54.9e9).qualifier, "estimated");
    const meta = extract(
      "Meta dépasse les attentes des analystes, qui tablaient sur 50 milliards de dollars de dépenses d'investissement pour l'année.",
      "fr",
      "2025-10-30",
    );
    assert.equal(claimAt(meta, 5e10).qualifier, "estimated");
  });

  it("'an estimated' right before a figure makes it an estimate, even of a deal", () => {
    const claims = extract("OpenAI has lined up hardware deals for an estimated 26 gigawatts of capacity.");
    assert.equal(claimAt(claims, 26).qualifier, "estimated");
  });

  it("a company's own words reported with 'que': the conditional is its future, not hearsay (FR)", () => {
    const said = extract(
      "Meta a déclaré vendredi qu'elle investirait 600 milliards de dollars aux États-Unis au cours des trois prochaines années.",
      "fr",
    );
    assert.equal(claimAt(said, 600e9).qualifier, "commitment");
    const hearsay = extract("Meta investirait 600 milliards de dollars aux États-Unis.", "fr");
    assert.equal(claimAt(hearsay, 600e9).qualifier, "rumoured");
  });

  it("a company's own words reported: 'said it would invest' is its commitment (EN)", () => {
    const said = extract(
      "Meta said on Friday it would invest $600 billion in the United States over the next three years.",
    );
    assert.equal(claimAt(said, 600e9).qualifier, "commitment");
  });

  it("a conditional an outlet reports is hearsay; a named speaker's conditional is not", () => {
    const outlet = extract(
      "Selon le New York Times, la perte nette d'OpenAI aurait atteint environ 5 milliards de dollars en 2024.",
      "fr",
    );
    assert.equal(claimAt(outlet, 5e9).qualifier, "rumoured");
    const after = extract("xAI brûlerait environ 1 milliard de dollars par mois, selon Bloomberg.", "fr");
    assert.equal(claimAt(after, 1e9).qualifier, "rumoured");
    const speaker = extract(
      "Selon Jensen Huang, chaque gigawatt coûterait entre 50 et 60 milliards de dollars.",
      "fr",
    );
    assert.notEqual(claimAt(speaker, 5e10).qualifier, "rumoured");
    const en = extract(
      "Nvidia chief Jensen Huang said each gigawatt would cost between $50 billion and $60 billion.",
    );
    assert.notEqual(claimAt(en, 5e10).qualifier, "rumoured");
  });

  it("an amount announced for an investment is a commitment; goods a product runs on are not", () => {
    const fr = extract(
      "En février 2026, Mistral AI annonce un investissement de 1,2 milliard d'euros dans des centres de données en Suède.",
      "fr",
      "2026-02-12",
    );
    assert.equal(claimAt(fr, 1.2e9).qualifier, "commitment");
    const en = extract(
      "Amazon announced last year an investment of $11 billion in a data-centre campus in Indiana.",
    );
    assert.equal(claimAt(en, 11e9).qualifier, "commitment");
    const product = extract(
      "In June Mistral AI unveiled Mistral Compute, a platform running on 18,000 Nvidia chips.",
    );
    assert.equal(claimAt(product, 18000).qualifier, "reported");
  });

  it("spending announced for a quarter that has ended is a result, not a commitment", () => {
    const fr = extract(
      "Meta a annoncé 19,4 milliards de dollars de dépenses d'investissement pour le trimestre se terminant le 30 septembre.",
      "fr",
      "2025-10-30",
    );
    assert.equal(claimAt(fr, 19.4e9).qualifier, "reported");
    assert.deepEqual(claimAt(fr, 19.4e9).period, { start: "2025-07-01", end: "2025-09-30" });
    const en = extract(
      "Meta announced capital expenditures of $19.4 billion for the quarter ended September 30.",
      "en",
      "2025-10-30",
    );
    assert.equal(claimAt(en, 19.4e9).qualifier, "reported");
  });
});

it("money promised and goods ordered are commitments, whatever the tense (FR)", () => {
  const promised = extract(
    "Amazon a versé 2 milliards de dollars sur les 6 milliards de dollars promis à Anthropic.",
    "fr",
  );
  assert.equal(claimAt(promised, 6e9).qualifier, "commitment");
  const ordered = extract(
    "Nvidia présente ses GPU Rubin. CoreWeave en a aussi commandé 30 000 unités pour son cloud.",
    "fr",
  );
  assert.equal(claimAt(ordered, 30000).qualifier, "commitment");
});

it("money promised and goods ordered are commitments, whatever the tense (EN)", () => {
  const promised = extract(
    "Amazon has paid $2 billion of the $6 billion it promised to invest in Anthropic.",
  );
  assert.equal(claimAt(promised, 6e9).qualifier, "commitment");
  const ordered = extract("CoreWeave ordered 30,000 GPUs from Nvidia for its cloud.");
  assert.equal(claimAt(ordered, 30000).qualifier, "commitment");
});

describe("strict fields: years under way and years over", () => {
  it("a whole year's spending for the year under way is a forecast; a quarter's is a result (EN)", () => {
    assert.equal(
      claimAt(extract("Alphabet's capital expenditure for 2025 stands at about $91 billion."), 91e9)
        .qualifier,
      "target",
    );
    assert.equal(
      claimAt(extract("Alphabet's capital expenditure in the third quarter of 2025 was $24 billion."), 24e9)
        .qualifier,
      "reported",
    );
    assert.equal(
      claimAt(extract("Alphabet's capital expenditure so far this year is $64 billion."), 64e9).qualifier,
      "reported",
    );
  });

  it("a year under way's amount stated as already reached is a result; after a modal, a forecast (EN)", () => {
    for (const text of [
      "Zenith Labs has brought in $10 billion in revenue this year.",
      "Zenith Labs' revenue reached $10 billion this year.",
      "Zenith Labs' revenue this year has already topped $10 billion.",
      "Zenith Labs' revenue hit $10 billion this year.",
    ])
      assert.equal(claimAt(extract(text), 10e9).qualifier, "reported", text);
    for (const text of [
      "Zenith Labs' revenue will reach $13 billion this year.",
      "Zenith Labs is expected to hit $13 billion in revenue this year.",
    ])
      assert.equal(claimAt(extract(text), 13e9).qualifier, "target", text);
  });

  it("a year under way's amount stated as already reached is a result (FR)", () => {
    const claims = extract(
      "Le chiffre d'affaires de Zenith Labs a déjà atteint 10 milliards de dollars cette année.",
      "fr",
    );
    assert.equal(claimAt(claims, 10e9).qualifier, "reported");
    const passed = extract(
      "Zenith Labs a dépassé 10 milliards de dollars de chiffre d'affaires cette année.",
      "fr",
    );
    assert.equal(claimAt(passed, 10e9).qualifier, "reported");
  });

  it("a whole year's spending for the year under way is a forecast (FR)", () => {
    const claims = extract(
      "Les dépenses d'investissement d'Alphabet atteignent environ 91 milliards de dollars en 2025.",
      "fr",
    );
    assert.equal(claimAt(claims, 91e9).qualifier, "target");
  });

  it("capital spending with no date is the year under way's, so a plan (FR and EN)", () => {
    const fr = extract(
      "Les dépenses d'investissement de Meta atteignent 130 milliards de dollars, surtout dans les centres de données.",
      "fr",
    );
    assert.equal(claimAt(fr, 130e9).qualifier, "target");
    const en = extract("Alphabet's capital expenditures stand at $95 billion, mostly for servers.");
    assert.equal(claimAt(en, 95e9).qualifier, "target");
    const spent = extract("Alphabet spent $52 billion in capital expenditures in 2024.");
    assert.equal(claimAt(spent, 52e9).qualifier, "reported");
  });

  it("undated capital spending stated in the past or set in past years stays a result (FR and EN)", () => {
    const was = extract("Meta's capital expenditures were $39 billion, mostly for servers.");
    assert.equal(claimAt(was, 39e9).qualifier, "reported");
    const fr = extract(
      "Les dépenses d'investissement de Meta atteignent 130 milliards de dollars, contre 70 milliards les années précédentes.",
      "fr",
    );
    assert.equal(claimAt(fr, 130e9).qualifier, "target");
    assert.equal(claimAt(fr, 70e9).qualifier, "reported");
  });

  it("a whole year's flow stated with a booking verb stays a result (FR and EN)", () => {
    const fr = extract("Mistral AI a réalisé 300 millions d'euros de chiffre d'affaires en 2025.", "fr");
    assert.equal(claimAt(fr, 300e6).qualifier, "reported");
    const en = extract("Cohere generated $240 million in revenue in 2025.");
    assert.equal(claimAt(en, 240e6).qualifier, "reported");
  });

  it("the base of a forecast's comparison in a year already over is a result (EN)", () => {
    const claims = extract(
      "xAI expects to reach 1 million GPUs by the end of this year, up from 100,000 GPUs last year.",
    );
    assert.equal(claimAt(claims, 1e6).qualifier, "target");
    assert.equal(claimAt(claims, 1e5).qualifier, "reported");
  });

  it("the base of a forecast's comparison in a year already over is a result (FR)", () => {
    const claims = extract(
      "Mistral AI prévoit un chiffre d'affaires de 1 milliard d'euros cette année, contre 300 millions d'euros en 2024.",
      "fr",
    );
    assert.equal(claimAt(claims, 1e9).qualifier, "target");
    assert.equal(claimAt(claims, 3e8).qualifier, "reported");
  });
});

describe("strict fields: plans and background facts", () => {
  it("seeking, meant to, envisaging: the figure is a plan → target (EN)", () => {
    assert.equal(
      claimAt(
        extract("Cerebras's listing, which is seeking to raise up to $1.2 billion, opens next week."),
        1.2e9,
      ).qualifier,
      "target",
    );
    assert.equal(
      claimAt(
        extract("Mistral AI's compute programme is meant to mobilise €50 billion for computing in Europe."),
        5e10,
      ).qualifier,
      "target",
    );
  });

  it("cherche à, censé: the figure is a plan → target; an investment envisaged is still weighed (FR)", () => {
    assert.equal(
      claimAt(
        extract(
          "Le programme de Mistral AI, censé mobiliser 50 milliards d'euros, sera présenté lundi.",
          "fr",
        ),
        5e10,
      ).qualifier,
      "target",
    );
    assert.equal(
      claimAt(
        extract("Amazon envisage d'investir 4 milliards de dollars supplémentaires dans Anthropic.", "fr"),
        4e9,
      ).qualifier,
      "rumoured",
    );
  });

  it("a deal close to being secured, a valuation sought, insiders: not concluded → rumoured (EN)", () => {
    const claims = extract(
      "Anthropic is close to securing a $2bn investment in a deal that would triple its valuation to $60bn.",
      "en",
      "2025-01-08",
    );
    assert.equal(claimAt(claims, 2e9).qualifier, "rumoured");
    assert.equal(claimAt(claims, 60e9).qualifier, "rumoured");
    const sought = extract("Last month a broadcaster reported that xAI was seeking a $50 billion valuation.");
    assert.equal(claimAt(sought, 50e9).qualifier, "rumoured");
  });

  it("sur le point de lever, proche d'un accord: not concluded → rumoured (FR)", () => {
    const point = extract(
      "Mistral AI est sur le point de lever 2 milliards d'euros auprès de fonds américains.",
      "fr",
    );
    assert.equal(claimAt(point, 2e9).qualifier, "rumoured");
    const near = extract("Mistral AI est proche d'un accord pour lever 2 milliards d'euros.", "fr");
    assert.equal(claimAt(near, 2e9).qualifier, "rumoured");
  });

  it("a finished earlier round beside talks of a new one is reported, the new one rumoured (EN)", () => {
    const claims = extract(
      "Mistral AI was valued at $14 billion in a funding round in May and is in talks over a new round that would value it at about $30 billion, people briefed on the discussions said.",
    );
    assert.equal(claimAt(claims, 14e9).qualifier, "reported");
    assert.equal(claimAt(claims, 30e9).qualifier, "rumoured");
    const alone = extract(
      "Mistral AI's revenue reached $300 million in the first half, people familiar with the matter said.",
    );
    assert.equal(claimAt(alone, 3e8).qualifier, "rumoured");
  });

  it("a finished earlier round beside talks of a new one is reported, the new one rumoured (FR)", () => {
    const claims = extract(
      "Mistral AI a été valorisée 12 milliards d'euros lors d'une levée en mai, et mène des discussions pour une nouvelle levée qui la valoriserait 30 milliards d'euros, selon des sources proches du dossier.",
      "fr",
    );
    assert.equal(claimAt(claims, 12e9).qualifier, "reported");
    assert.equal(claimAt(claims, 30e9).qualifier, "rumoured");
  });
});

describe("strict fields: figures others worked out", () => {
  it("a figure credited to an outlet's calculation is an estimate; a figure before it is not (EN)", () => {
    const claims = extract(
      "Mistral AI's revenue was $300 million in the first half and it burned about $2 billion of cash, by Reuters' calculation.",
    );
    assert.equal(claimAt(claims, 2e9).qualifier, "estimated");
    assert.equal(claimAt(claims, 3e8).qualifier, "reported");
  });

  it("a figure credited to an outlet's calculation is an estimate (FR)", () => {
    const claims = extract(
      "Le flux de trésorerie disponible d'Oracle est ressorti négatif d'environ 10 milliards de dollars sur le trimestre, selon les calculs de Bloomberg.",
      "fr",
      "2025-12-12",
    );
    assert.equal(claimAt(claims, 1e10).qualifier, "estimated");
  });

  it("analysts' estimate of a contract's value is an estimate, not a commitment (EN, FR)", () => {
    const en = extract(
      "Analysts at one brokerage estimated the value of the Broadcom contract with OpenAI at $350 billion.",
    );
    assert.equal(claimAt(en, 3.5e11).qualifier, "estimated");
    const fr = extract(
      "Des analystes estiment la valeur du contrat entre OpenAI et Broadcom à 350 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(fr, 3.5e11).qualifier, "estimated");
  });

  it("what a gigawatt costs is an estimate, whoever states it (EN, FR)", () => {
    const en = extract(
      "AMD's chief executive says a gigawatt of AI capacity costs about $40 billion to build.",
    );
    assert.equal(claimAt(en, 4e10).metric, "cost_per_gw");
    assert.equal(claimAt(en, 4e10).qualifier, "estimated");
    const fr = extract(
      "Pour AMD, un gigawatt de capacité d'IA représente environ 40 milliards de dollars d'investissement.",
      "fr",
    );
    assert.equal(claimAt(fr, 4e10).metric, "cost_per_gw");
    assert.equal(claimAt(fr, 4e10).qualifier, "estimated");
  });
});

describe("strict fields: terms of a letter of intent", () => {
  it("a sentence opening on the letter just named states its terms (EN)", () => {
    const claims = extract(
      "AMD and Mistral AI signed a letter of intent for AMD to invest up to $20 billion in Mistral AI. Under the letter, Mistral AI plans to deploy at least 2 gigawatts of AMD systems.",
    );
    assert.equal(claimAt(claims, 2e10).qualifier, "letter_of_intent");
    assert.equal(claimAt(claims, 2).qualifier, "letter_of_intent");
  });

  it("a sentence opening on the letter just named states its terms (FR)", () => {
    const claims = extract(
      "AMD et Mistral AI ont signé une lettre d'intention pour déployer au moins 2 gigawatts de systèmes AMD. Dans ce cadre, AMD pourrait investir jusqu'à 20 milliards de dollars dans Mistral AI.",
      "fr",
    );
    assert.equal(claimAt(claims, 2).qualifier, "letter_of_intent");
    assert.equal(claimAt(claims, 2e10).qualifier, "letter_of_intent");
  });
});

describe("strict fields: capacity under a deal", () => {
  it("capacity a named supplier is to deliver is a term of the deal (EN, FR)", () => {
    const en = extract("AMD is supplying Mistral AI with 2 gigawatts of computing capacity.");
    assert.equal(claimAt(en, 2).counterparty, "AMD");
    assert.equal(claimAt(en, 2).qualifier, "commitment");
    const fr = extract("AMD fournit à Mistral AI 2 gigawatts de capacité de calcul.", "fr");
    assert.equal(claimAt(fr, 2).qualifier, "commitment");
  });
});

describe("strict fields: a contrasting clause", () => {
  it("a rumour in a clause set against the figure's does not qualify it (EN, FR)", () => {
    const en = extract(
      "Mistral AI raised $2 billion last week, while Anthropic is in talks to raise $10 billion, according to people familiar with the matter.",
    );
    assert.equal(claimAt(en, 2e9).qualifier, "reported");
    assert.equal(claimAt(en, 1e10).qualifier, "rumoured");
    const fr = extract(
      "Mistral AI a levé 2 milliards de dollars la semaine dernière, alors qu'Anthropic serait en discussions pour lever 10 milliards de dollars, selon des sources proches du dossier.",
      "fr",
    );
    assert.equal(claimAt(fr, 2e9).qualifier, "reported");
    assert.equal(claimAt(fr, 1e10).qualifier, "rumoured");
  });
});

describe("strict fields: growth rates under a horizon", () => {
  it("a yearly growth rate after the paragraph's horizon is a target over that horizon (EN)", () => {
    const claims = extract(
      "Nebius set out its goals for the next three to five years. It expects revenue to grow more than 50% a year, and cloud revenue more than 70% a year.",
    );
    for (const value of [0.5, 0.7]) {
      assert.deepEqual(claimAt(claims, value).period, { start: "2025-11", end: "2030-11" });
      assert.equal(claimAt(claims, value).qualifier, "target");
    }
  });

  it("a yearly growth rate after the paragraph's horizon is a target over that horizon (FR)", () => {
    const claims = extract(
      "Nebius vise une croissance annuelle de son chiffre d'affaires supérieure à 50 % au cours des cinq prochaines années. Pour le cloud, le groupe table sur plus de 70 % par an.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 0.5).period, { start: "2025-11", end: "2030-11" });
    assert.deepEqual(claimAt(claims, 0.7).period, { start: "2025-11", end: "2030-11" });
    assert.equal(claimAt(claims, 0.7).qualifier, "target");
  });
});

describe("strict fields: the period's year", () => {
  const year = (c: Claim) => {
    const p = c.period;
    if (!p) return null;
    return ("asOf" in p ? p.asOf : (p.end ?? p.start))?.slice(0, 4) ?? null;
  };

  it("a date written right after an earlier figure is that figure's, not the next one's", () => {
    const en = extract(
      "Anthropic says its sales climbed from $1 billion in 2023 to $3 billion in 2024 to $7 billion expected in 2025.",
    );
    assert.equal(year(claimAt(en, 3e9)), "2024");
    assert.equal(year(claimAt(en, 7e9)), "2025");
    const fr = extract(
      "Le chiffre d'affaires de Mistral AI est passé de 1 milliard de dollars en 2023 à 3 milliards de dollars en 2024, puis à 7 milliards de dollars prévus en 2025.",
      "fr",
    );
    assert.equal(year(claimAt(fr, 7e9)), "2025");
  });

  it("a span between two years covers them, ending with the later one", () => {
    const en = claimAt(
      extract("Microsoft will invest $15 billion in the region between 2023 and the end of 2029."),
      15e9,
    );
    assert.deepEqual(en.period, { start: "2023-01-01", end: "2029-12-31" });
    const fr = claimAt(
      extract("Microsoft investira 15 milliards de dollars dans la région de 2026 à 2029.", "fr"),
      15e9,
    );
    assert.deepEqual(fr.period, { start: "2026-01-01", end: "2029-12-31" });
  });

  it("a term of N years starting at a given year runs from that year, not from publication", () => {
    const en = extract(
      "OpenAI agreed to buy $300 billion of computing power from Oracle over about five years, starting in 2027.",
    );
    assert.deepEqual(claimAt(en, 3e11).period, { start: "2027-01-01", end: "2031-12-31" });
    const fr = extract(
      "OpenAI s'est engagé à acheter pour 300 milliards de dollars de puissance de calcul à Oracle sur cinq ans, à partir de 2027.",
      "fr",
    );
    assert.deepEqual(claimAt(fr, 3e11).period, { start: "2027-01-01", end: "2031-12-31" });
  });

  it("a half or a quarter of next year or last year is of that year", () => {
    const en = extract("Nvidia expects revenue of $65 billion in the first quarter of next year.");
    assert.deepEqual(claimAt(en, 65e9).period, { start: "2026-01-01", end: "2026-03-31" });
    const fr = extract(
      "Nvidia avait réalisé 30 milliards de dollars de chiffre d'affaires au troisième trimestre de l'an dernier.",
      "fr",
    );
    assert.deepEqual(claimAt(fr, 3e10).period, { start: "2024-07-01", end: "2024-09-30" });
  });

  it("a date after a part of a figure ('starting with', 'dont') is the part's, not the whole's", () => {
    const en = extract(
      "OpenAI has committed to deploy 6 gigawatts of AMD GPUs, starting with 1 gigawatt in the second half of next year.",
    );
    assert.equal(year(claimAt(en, 6)), "2025");
    assert.equal(year(claimAt(en, 1)), "2026");
    const fr = extract(
      "OpenAI déploiera 6 gigawatts de puces AMD, dont 1 gigawatt au second semestre de l'an prochain.",
      "fr",
    );
    assert.equal(year(claimAt(fr, 6)), "2025");
    assert.equal(year(claimAt(fr, 1)), "2026");
  });

  it("a length counted from publication yields to another mention's dated term: one claim", () => {
    const claims = extract(
      "Oracle signed a $300 billion, five-year contract with OpenAI. OpenAI has agreed to buy $300 billion of computing power from Oracle over five years, beginning in 2027.",
    );
    const deals = claims.filter((c) => c.value.low === 3e11);
    assert.equal(deals.length, 1);
    assert.equal(year(deals[0]!), "2031");
  });
});

describe("strict fields: the date of a comparison's base", () => {
  it("the date after a figure set up as a comparison's base is that figure's only (EN)", () => {
    const claims = extract(
      "Nebius reported a net loss of $210 million, compared to a loss of $90 million in the same period last year.",
    );
    assert.deepEqual(claimAt(claims, 2.1e8).period, { start: "2025-01-01", end: "2025-12-31" });
    assert.deepEqual(claimAt(claims, 9e7).period, { start: "2024-01-01", end: "2024-12-31" });
    const growth = extract("Nebius said its revenue was up 40% from the same quarter last year.");
    assert.deepEqual(claimAt(growth, 0.4).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("the date after a figure set up as a comparison's base is that figure's only (FR)", () => {
    const claims = extract(
      "Nebius a publié une perte nette de 210 millions de dollars, contre une perte de 90 millions de dollars sur la même période l'an dernier.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 2.1e8).period, { start: "2025-01-01", end: "2025-12-31" });
    assert.deepEqual(claimAt(claims, 9e7).period, { start: "2024-01-01", end: "2024-12-31" });
    const growth = extract(
      "Le chiffre d'affaires de Nebius progresse de 40 % par rapport au même trimestre de l'an dernier.",
      "fr",
    );
    assert.deepEqual(claimAt(growth, 0.4).period, { start: "2025-01-01", end: "2025-12-31" });
  });
});

describe("strict fields: the year or quarter a forecast is for", () => {
  it("full-year and annual guidance are for the year under way (EN)", () => {
    const annual = extract(
      "Meta raised the low end of its annual capex guidance to $70 billion.",
      "en",
      "2025-10-30",
    );
    assert.deepEqual(claimAt(annual, 70e9).period, { start: "2025-01-01", end: "2025-12-31" });
    const full = extract(
      "Alphabet has raised its full-year guidance for capital expenditure to $85 billion.",
    );
    assert.deepEqual(claimAt(full, 85e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("full-year and annual guidance are for the year under way (FR)", () => {
    const claims = extract(
      "Meta a relevé ses prévisions annuelles de dépenses d'investissement à 70 milliards de dollars.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 70e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("'the Q4 guide', 'pour le T4': a quarter without its year, on the company's fiscal calendar", () => {
    const en = extract("Nvidia gave its Q4 guidance: revenue of about $65 billion.", "en", "2025-11-20");
    assert.deepEqual(claimAt(en, 65e9).period, { start: "2025-11-01", end: "2026-01-31" });
    const fr = extract(
      "Pour le T4, Nvidia prévoit un chiffre d'affaires d'environ 65 milliards de dollars.",
      "fr",
      "2025-11-20",
    );
    assert.deepEqual(claimAt(fr, 65e9).period, { start: "2025-11-01", end: "2026-01-31" });
  });
});

describe("strict fields: the month a figure was stated", () => {
  it("a month after 'announced', 'pencilled in' dates the statement, not the spending (EN)", () => {
    const claims = extract(
      "CoreWeave cut its capital expenditure guidance for 2025 to $12 billion, well below the $20 billion it had pencilled in in August.",
    );
    assert.deepEqual(claimAt(claims, 20e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("a month after 'annoncés' dates the statement, not the spending (FR)", () => {
    const claims = extract(
      "Oracle a relevé à 50 milliards de dollars ses prévisions d'investissements pour l'ensemble de l'exercice, qui s'achèvera en mai, contre 35 milliards annoncés en septembre.",
      "fr",
      "2025-12-11",
    );
    assert.deepEqual(claimAt(claims, 35e9).period, { start: "2025-06-01", end: "2026-05-31" });
  });

  it("a deal's month stays its date", () => {
    const claims = extract("OpenAI signed a $10 billion deal announced in September.");
    assert.equal(
      claims[0]?.period && "start" in claims[0].period ? claims[0].period.start : null,
      "2025-09-01",
    );
  });
});

describe("strict fields: a deal's term and the quarter a month ends", () => {
  it("a deal signed in a month for a term runs from that month to the term's end (EN)", () => {
    const claims = extract(
      "In September Meta signed a $14.2 billion agreement to rent capacity from CoreWeave through December 2031. Abu Dhabi pledged in March to invest $1.4 trillion in the United States over the next ten years.",
      "en",
      "2025-10-20",
    );
    assert.deepEqual(claimAt(claims, 14.2e9).period, { start: "2025-09", end: "2031-12-31" });
    assert.deepEqual(claimAt(claims, 1.4e12).period, { start: "2025-03", end: "2035-03" });
  });

  it("a deal signed in a month for a term runs from that month to the term's end (FR)", () => {
    const claims = extract(
      "En septembre, Meta a signé un contrat de 14,2 milliards de dollars pour louer de la capacité à CoreWeave jusqu'en décembre 2031.",
      "fr",
      "2025-10-20",
    );
    assert.deepEqual(claimAt(claims, 14.2e9).period, { start: "2025-09", end: "2031-12-31" });
  });

  it("a date after a later step ('before', 'puis') is the later figure's", () => {
    const en = extract(
      "By 2025, Mistral AI's annual burn is projected to exceed $8 billion, before more than doubling to $17 billion in 2026.",
      "en",
      "2025-09-06",
    );
    assert.deepEqual(claimAt(en, 8e9).period, { start: "2025-01-01", end: "2025-12-31" });
    assert.deepEqual(claimAt(en, 17e9).period, { start: "2026-01-01", end: "2026-12-31" });
    const fr = extract(
      "En 2025, la consommation de trésorerie de Mistral AI devrait dépasser 8 milliards de dollars, puis plus que doubler à 17 milliards de dollars en 2026.",
      "fr",
      "2025-09-06",
    );
    assert.deepEqual(claimAt(fr, 8e9).period, { start: "2025-01-01", end: "2025-12-31" });
    assert.deepEqual(claimAt(fr, 17e9).period, { start: "2026-01-01", end: "2026-12-31" });
  });

  it("the September quarter is the quarter that ends in September", () => {
    const en = extract(
      "Microsoft said its capital spending in the September quarter was almost $35 billion.",
      "en",
      "2025-10-30",
    );
    assert.deepEqual(claimAt(en, 35e9).period, { start: "2025-07-01", end: "2025-09-30" });
    const fr = extract(
      "Sur le trimestre clos fin septembre, les dépenses d'investissement de Microsoft ont atteint 35 milliards de dollars.",
      "fr",
      "2025-10-30",
    );
    assert.deepEqual(claimAt(fr, 35e9).period, { start: "2025-07-01", end: "2025-09-30" });
  });
});

describe("strict fields: totals of no year", () => {
  it("a programme's total is of no year; the month it was launched dates the launch (EN, FR)", () => {
    const en = extract(
      "The plan dwarfs the $500 billion Stargate programme unveiled in Washington last month.",
      "en",
      "2025-02-12",
    );
    assert.equal(claimAt(en, 5e11).period, null);
    const fr = extract(
      "Le programme Stargate, lancé fin janvier à la Maison Blanche, prévoit jusqu'à 500 milliards de dollars de dépenses dans des centres de données.",
      "fr",
      "2025-02-12",
    );
    assert.equal(claimAt(fr, 5e11).period, null);
  });

  it("revenue a deal brings over its life is no one year's (EN, FR)", () => {
    const en = extract("Broadcom expects the agreement to bring in about $10 billion of revenue.");
    assert.equal(claimAt(en, 1e10).period, null);
    const fr = extract(
      "Broadcom indique que l'accord devrait lui rapporter environ 10 milliards de dollars de revenus.",
      "fr",
    );
    assert.equal(claimAt(fr, 1e10).period, null);
  });

  it("revenue a partnership is expected to deliver, the partner named between, is no one year's (EN, FR)", () => {
    const en = extract(
      "Our partnership with Cohere is expected to produce billions of dollars of revenue for Oracle, its finance chief said.",
    );
    assert.equal(claimAt(en, 1e9).period, null);
    assert.equal(claimAt(en, 1e9).counterparty, "Cohere");
    const fr = extract(
      "Google estime que son partenariat avec Anthropic devrait procurer des milliards de dollars de revenus.",
      "fr",
    );
    assert.equal(claimAt(fr, 1e9).period, null);
    const yearly = extract(
      "Google's cloud revenue is expected to deliver $4 billion, its finance chief said.",
    );
    assert.deepEqual(claimAt(yearly, 4e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("a spending plan with no date is its size at publication; a dated one keeps its year (EN, FR)", () => {
    const en = extract("Fluidstack plans to spend €10 billion on a supercomputer in France.");
    assert.deepEqual(claimAt(en, 1e10).period, { asOf: "2025-11" });
    const dated = extract("Meta expects capital expenditure of $70 billion this year.");
    assert.deepEqual(claimAt(dated, 7e10).period, { start: "2025-01-01", end: "2025-12-31" });
    const fr = extract("Iliad a confirmé un plan de 3 milliards d'euros pour ses centres de données.", "fr");
    assert.deepEqual(claimAt(fr, 3e9).period, { asOf: "2025-11" });
  });

  it("a deal's size with no date of its own is dated by publication; a term keeps its span (EN, FR)", () => {
    const en = extract("Mistral AI has agreed to buy $12 billion of cloud capacity from Microsoft Azure.");
    assert.deepEqual(claimAt(en, 1.2e10).period, { asOf: "2025-11" });
    const fr = extract(
      "Mistral AI s'est engagée à acheter pour 12 milliards de dollars de capacité de calcul à Oracle.",
      "fr",
    );
    assert.deepEqual(claimAt(fr, 1.2e10).period, { asOf: "2025-11" });
    const term = extract("Mistral AI signed a $12 billion contract with Oracle over the next five years.");
    assert.deepEqual(claimAt(term, 1.2e10).period, { start: "2025-11", end: "2030-11" });
  });
});

describe("strict fields: the counterparty", () => {
  it("a stake in 'the company' is held in the company the anaphora names (FR)", () => {
    const after = extract(
      "Mistral AI a levé 1,7 milliard d'euros. ASML indique avoir pris environ 11 % du capital de la start-up.",
      "fr",
    );
    assert.equal(claimAt(after, 0.11).counterparty, "Mistral AI");
    const before = extract(
      "Mistral AI a levé 1,7 milliard d'euros. ASML devient le premier actionnaire de la société, avec une participation d'environ 11 %.",
      "fr",
    );
    assert.equal(claimAt(before, 0.11).counterparty, "Mistral AI");
  });

  it("a stake in 'the company' is held in the company the anaphora names (EN)", () => {
    const claims = extract(
      "Mistral AI raised €1.7 billion. ASML said it had taken about 11% of the startup.",
    );
    assert.equal(claimAt(claims, 0.11).entity, "ASML");
    assert.equal(claimAt(claims, 0.11).counterparty, "Mistral AI");
  });

  it("revenue a deal brings comes from the deal's other party; other revenue from no one (EN)", () => {
    const claims = extract(
      "AMD signed a deal to supply OpenAI with 6 gigawatts of Instinct GPUs. AMD expects the agreement to bring in more than $10 billion of revenue. Its data-centre revenue reached $4 billion in the quarter.",
    );
    assert.equal(claimAt(claims, 10e9).counterparty, "OpenAI");
    assert.equal(claimAt(claims, 4e9).counterparty, null);
  });

  it("revenue a partnership brings comes from the partner named after 'avec' (FR)", () => {
    const claims = extract(
      "Notre partenariat avec OpenAI devrait générer plus de 10 milliards de dollars de revenus pour Broadcom, a déclaré Hock Tan.",
      "fr",
    );
    assert.equal(claimAt(claims, 10e9).entity, "Broadcom");
    assert.equal(claimAt(claims, 10e9).counterparty, "OpenAI");
  });

  it("a name opening a gapped clause with its own figure is the next investor, not a second investee (EN)", () => {
    const claims = extract(
      "Nvidia will invest up to $10 billion in Anthropic, and Microsoft up to $5 billion.",
    );
    assert.equal(claimAt(claims, 1e10).counterparty, "Anthropic");
    assert.equal(claimAt(claims, 5e9).entity, "Microsoft");
    assert.equal(claimAt(claims, 5e9).counterparty, "Anthropic");
  });

  it("a name opening a gapped clause with its own figure is the next investor, not a second investee (FR)", () => {
    const claims = extract(
      "Nvidia s'est engagé à investir jusqu'à 10 milliards de dollars dans Anthropic, et Microsoft jusqu'à 5 milliards.",
      "fr",
    );
    assert.equal(claimAt(claims, 1e10).counterparty, "Anthropic");
    assert.equal(claimAt(claims, 5e9).counterparty, "Anthropic");
  });

  it("an anaphora after a lead word names the other party of the deal", () => {
    const en = extract(
      "CoreWeave signed new customers this quarter. OpenAI expanded its commitments, bringing the total value of its contracts with the company to about $22.4 billion.",
    );
    assert.equal(claimAt(en, 22.4e9).counterparty, "CoreWeave");
    const fr = extract(
      "Anthropic a bouclé une levée record. Nvidia investira jusqu'à 10 milliards de dollars dans la start-up.",
      "fr",
    );
    assert.equal(claimAt(fr, 1e10).counterparty, "Anthropic");
  });
});

describe("strict fields: deals continued and agreed", () => {
  it("a figure that adds to a deal shares its counterparty (EN)", () => {
    const claims = extract(
      "In March OpenAI signed an $11.9 billion contract with CoreWeave. It then added another $6.5 billion in September, taking the total to about $18.4 billion.",
    );
    assert.equal(claimAt(claims, 6.5e9).counterparty, "CoreWeave");
    assert.equal(claimAt(claims, 18.4e9).counterparty, "CoreWeave");
  });

  it("a figure that adds to a deal shares its counterparty (FR)", () => {
    const claims = extract(
      "En mars, OpenAI a signé un contrat de 11,9 milliards de dollars avec CoreWeave. OpenAI a ensuite élargi ce contrat de 4 milliards de dollars en mai, puis de 6,5 milliards en septembre.",
      "fr",
    );
    assert.equal(claimAt(claims, 4e9).counterparty, "CoreWeave");
    assert.equal(claimAt(claims, 6.5e9).counterparty, "CoreWeave");
  });

  it("chips a supplier agreed to give, capacity to be rented: commitment (EN, FR)", () => {
    const en = extract(
      "Google agreed to give Mistral AI access to as many as 100,000 of its tensor processing units.",
    );
    assert.equal(claimAt(en, 100000).qualifier, "commitment");
    const fr = extract(
      "Google avait déjà accepté de fournir à Mistral AI jusqu'à 100 000 de ses puces TPU.",
      "fr",
    );
    assert.equal(claimAt(fr, 100000).qualifier, "commitment");
    const rented = extract(
      "Mistral AI va louer à Oracle une capacité d'environ 1,5 gigawatt de centres de données.",
      "fr",
    );
    assert.equal(claimAt(rented, 1.5).qualifier, "commitment");
  });

  it("a bare year before a comma dates its clause (FR, EN)", () => {
    const fr = extract(
      "En 2025, le chiffre d'affaires de Mistral AI devrait atteindre 1 milliard d'euros. La même année 2024, la perte nette aurait atteint environ 500 millions d'euros, selon Le Monde.",
      "fr",
    );
    assert.deepEqual(claimAt(fr, 5e8).period, { start: "2024-01-01", end: "2024-12-31" });
    const en = extract("The same year, 2024, Mistral AI's net loss reached about €500 million.");
    assert.deepEqual(claimAt(en, 5e8).period, { start: "2024-01-01", end: "2024-12-31" });
  });
});

describe("strict fields: where a revenue share comes from", () => {
  it("the customer that accounts for a share of revenue is its counterparty (EN, FR)", () => {
    const en = extract("Nebius said Microsoft accounted for 40% of its revenue in 2025.", "en", "2026-02-10");
    assert.equal(claimAt(en, 0.4).entity, "Nebius");
    assert.equal(claimAt(en, 0.4).counterparty, "Microsoft");
    const fr = extract(
      "Nebius a indiqué que Microsoft a représenté 40 % de son chiffre d'affaires en 2025.",
      "fr",
      "2026-02-10",
    );
    assert.equal(claimAt(fr, 0.4).counterparty, "Microsoft");
  });
});

describe("strict fields: the company bought", () => {
  it("the complement of 'for' after an acquisition price is the company bought (EN)", () => {
    const claims = extract(
      "CoreWeave said it paid about $1.7 billion for Weights & Biases, a developer-tools start-up.",
    );
    assert.equal(claimAt(claims, 1.7e9).counterparty, "Weights & Biases");
  });

  it("the object of a verb or noun of buying before the price is the company bought (EN, FR)", () => {
    const en = extract(
      "SoftBank agreed in March to acquire Ampere Computing, a designer of server chips, for $6.5 billion.",
    );
    assert.equal(claimAt(en, 6.5e9).counterparty, "Ampere Computing");
    const fr = extract(
      "En mars, SoftBank avait aussi racheté le concepteur de puces Ampere pour 6,5 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(fr, 6.5e9).counterparty, "Ampere");
    const noun = extract(
      "SoftBank a bouclé le mois dernier le rachat du concepteur de puces Ampere pour 6,5 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(noun, 6.5e9).counterparty, "Ampere");
  });
});

describe("strict fields: a growth and the amount it leads to", () => {
  it("share the date written after the amount (EN)", () => {
    const claims = extract(
      "Analysts expect Meta's capital spending to rise 24% to nearly $150 billion next year.",
      "en",
      "2025-10-31",
    );
    assert.deepEqual(claimAt(claims, 0.24).period, { start: "2026-01-01", end: "2026-12-31" });
  });

  it("share the date written after the amount (FR)", () => {
    const claims = extract(
      "Oracle prévoit que son chiffre d'affaires progressera de 70 % à 18 milliards de dollars en 2026.",
      "fr",
      "2025-10-31",
    );
    assert.deepEqual(claimAt(claims, 0.7).period, { start: "2026-01-01", end: "2026-12-31" });
  });

  it("a date after a later figure of another clause stays that figure's (EN)", () => {
    const claims = extract(
      "Meta's revenue rose 20% to $50 billion, and capex will reach $70 billion next year.",
      "en",
      "2025-10-31",
    );
    assert.deepEqual(claimAt(claims, 0.2).period, { start: "2025-01-01", end: "2025-12-31" });
  });
});

describe("strict fields: a flow dated only by 'now'", () => {
  it("is read as undated: the year under way (EN)", () => {
    const claims = extract(
      "Alphabet doubles its capex to $185 billion and now outspends Meta.",
      "en",
      "2026-02-05",
    );
    assert.deepEqual(claimAt(claims, 185e9).period, { start: "2026-01-01", end: "2026-12-31" });
  });

  it("is read as undated: the year under way (FR)", () => {
    const claims = extract(
      "Les dépenses d'investissement de Meta, en hausse de 74 %, dépassent aujourd'hui celles d'Amazon.",
      "fr",
      "2026-02-05",
    );
    assert.deepEqual(claimAt(claims, 0.74).period, { start: "2026-01-01", end: "2026-12-31" });
  });
});

describe("strict fields: the market's expectations", () => {
  it("a figure named as the market's expectations is an estimate, the result beside it reported (EN)", () => {
    const claims = extract(
      "Micron's revenue came in at $9.3 billion, above market expectations of $8.9 billion.",
      "en",
      "2025-09-10",
    );
    assert.equal(claimAt(claims, 9.3e9).qualifier, "reported");
    assert.equal(claimAt(claims, 8.9e9).qualifier, "estimated");
  });

  it("a figure named as the market's expectations is an estimate (FR)", () => {
    const claims = extract(
      "Le chiffre d'affaires de Micron a atteint 9,3 milliards de dollars, contre des attentes de 8,9 milliards.",
      "fr",
      "2025-09-10",
    );
    assert.equal(claimAt(claims, 9.3e9).qualifier, "reported");
    assert.equal(claimAt(claims, 8.9e9).qualifier, "estimated");
  });

  it("the noun 'expectations' is no forecast of the company's (EN)", () => {
    const claims = extract(
      "Oracle's cloud revenue grew 55% to $3.3 billion, slightly below expectations.",
      "en",
      "2025-09-10",
    );
    assert.equal(claimAt(claims, 0.55).qualifier, "reported");
  });
});

describe("strict fields: money to be injected, a plan one counts on", () => {
  it("'injectera', 'déboursera' in a deal hand money over: commitment (fr)", () => {
    assert.equal(
      claimAt(extract("Data4 injectera 3 milliards d'euros dans son campus de Nozay.", "fr"), 3e9).qualifier,
      "commitment",
    );
    assert.equal(
      claimAt(extract("Nvidia will inject $4 billion into Cohere.", "en"), 4e9).qualifier,
      "commitment",
    );
  });

  it("'compte dépenser', 'entend investir' state a plan: target (fr)", () => {
    const claims = extract(
      "Amazon compte dépenser 90 milliards de dollars dans ses centres de données en 2026.",
      "fr",
    );
    assert.equal(claimAt(claims, 90e9).qualifier, "target");
  });
});

describe("strict fields: a raise still under way", () => {
  it("is rumoured, like talks not concluded (en, fr); a raise done is reported", () => {
    assert.equal(
      claimAt(extract("Cohere is raising $600 million at a higher valuation."), 6e8).qualifier,
      "rumoured",
    );
    assert.equal(claimAt(extract("Cohere is preparing a $600 million round."), 6e8).qualifier, "rumoured");
    assert.equal(
      claimAt(extract("Cohere est en train de lever 600 millions de dollars.", "fr"), 6e8).qualifier,
      "rumoured",
    );
    assert.equal(
      claimAt(extract("Cohere prépare une levée de 600 millions de dollars.", "fr"), 6e8).qualifier,
      "rumoured",
    );
    assert.equal(claimAt(extract("Cohere raised $600 million in August."), 6e8).qualifier, "reported");
  });
});
