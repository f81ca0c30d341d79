import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields, extract } from "../../../test/support/claims.js";

const deals = claimFields(["entity", "counterparty", "metric", "value"], { published: "2025-09-10" });

describe("which way a compute deal runs when the supplier is named first", () => {
  it("a supplier providing capacity to a company: that company buys", () => {
    assert.deepEqual(
      deals(
        "Lambda and Microsoft\n\nLambda will provide GPU capacity to Microsoft under a contract worth $6 billion.",
        "en",
      ),
      [["Microsoft", "Lambda", "compute_commitment", 6e9]],
    );
    assert.deepEqual(
      deals(
        "Nebius et Microsoft\n\nNebius fournira de la puissance de calcul à Microsoft dans le cadre d'un contrat de 14 milliards de dollars.",
        "fr",
      ),
      [["Microsoft", "Nebius", "compute_commitment", 14e9]],
    );
  });

  it("the supplier speaking of a deal set out earlier keeps the deal's direction", () => {
    const got = deals(
      "Lambda and Microsoft\n\nMicrosoft will rent GPUs from Lambda under a contract worth $6 billion. Lambda said the contract could grow to $7 billion.",
      "en",
    );
    assert.deepEqual(got.at(-1), ["Microsoft", "Lambda", "compute_commitment", 7e9]);
  });

  it("the supplier speaking of a deal set out earlier keeps its direction when the buyer is named again", () => {
    const en = deals(
      "Lambda and Microsoft\n\nMicrosoft will rent GPUs from Lambda under a contract worth $6 billion. Lambda said the contract was worth $6.5 billion over four years if Microsoft uses all of it.",
      "en",
    );
    assert.deepEqual(en.at(-1), ["Microsoft", "Lambda", "compute_commitment", 6.5e9]);
    const fr = deals(
      "Lambda et Microsoft\n\nMicrosoft louera des GPU à Lambda dans le cadre d'un contrat de 6 milliards de dollars. Lambda a précisé que le contrat valait 6,5 milliards de dollars si Microsoft utilise toute la capacité.",
      "fr",
    );
    assert.deepEqual(fr.at(-1), ["Microsoft", "Lambda", "compute_commitment", 6.5e9]);
  });

  it("a supplier's own capacity stays its own", () => {
    const got = deals(
      "Amazon\n\nAmazon signed a contract with OpenAI worth $38 billion. Amazon said it had added 4 gigawatts of power capacity this year.",
      "en",
    );
    assert.deepEqual(got.at(-1), ["Amazon", null, "datacenter_capacity", 4]);
  });

  it("a supplier owning a deployed figure only by default hands it to the buyer of the deal set out earlier", () => {
    const en = deals(
      "AMD lands a new customer\n\nMeta signed a contract with AMD to buy 2 gigawatts of chips. AMD expects its data-centre sales to double next year.\n\nThe first 500 megawatts of AMD accelerators are scheduled to be deployed next year. AMD will ship 40,000 accelerators in the first phase, and 150,000 accelerators by 2028.",
      "en",
    );
    assert.deepEqual(en.slice(1), [
      ["Meta", "AMD", "datacenter_capacity", 0.5],
      ["Meta", "AMD", "gpu_count", 40000],
      ["Meta", "AMD", "gpu_count", 150000],
    ]);
    const fr = deals(
      "AMD décroche un nouveau client\n\nMeta a signé un contrat avec AMD portant sur 2 gigawatts de puces. AMD prévoit que ses ventes pour centres de données doubleront l'an prochain.\n\nLe premier gigawatt de MI450 sera déployé l'an prochain. AMD livrera 40 000 accélérateurs dans une première phase, puis 150 000 accélérateurs d'ici 2028.",
      "fr",
    );
    assert.deepEqual(fr.slice(1), [
      ["Meta", "AMD", "datacenter_capacity", 1],
      ["Meta", "AMD", "gpu_count", 40000],
      ["Meta", "AMD", "gpu_count", 150000],
    ]);
  });

  it("a supplier owning a deployed figure only by default hands it to the developer of the deal just set out", () => {
    assert.deepEqual(
      deals(
        "Broadcom wins a new customer\n\nBroadcom said on Monday it would supply Anthropic with custom accelerators over several years, a deal that challenges Nvidia's lead.\n\nThe first 500 megawatts of Broadcom accelerators are scheduled to be deployed next year.",
        "en",
      ).filter(([, , , v]) => v === 0.5),
      [["Anthropic", "Broadcom", "datacenter_capacity", 0.5]],
    );
    assert.deepEqual(
      deals(
        "Broadcom décroche un client\n\n« Notre partenariat avec Anthropic est une étape. Le premier gigawatt de nos accélérateurs Broadcom sera déployé l'an prochain. »",
        "fr",
      ).filter(([, , , v]) => v === 1),
      [["Anthropic", "Broadcom", "datacenter_capacity", 1]],
    );
  });

  it("a supplier deploying hardware with no deal set out earlier keeps its figure", () => {
    assert.deepEqual(
      deals(
        "AMD ramps up\n\nAMD reported strong sales. The first 200 megawatts of its new accelerators will be deployed in its own data centres next year.",
        "en",
      ),
      [["AMD", null, "datacenter_capacity", 0.2]],
    );
    assert.deepEqual(
      deals(
        "AMD accélère\n\nAMD a publié de fortes ventes. Au total, 200 mégawatts de ses nouveaux accélérateurs seront déployés dans ses propres centres de données l'an prochain.",
        "fr",
      ),
      [["AMD", null, "datacenter_capacity", 0.2]],
    );
  });

  it("a supplier's deal with a company that sells no compute: that company buys", () => {
    assert.deepEqual(
      deals(
        "Lambda and Meta\n\nLambda announced a $4 billion computing agreement with Meta on Tuesday.",
        "en",
      ),
      [["Meta", "Lambda", "compute_commitment", 4e9]],
    );
    assert.deepEqual(
      deals(
        "Nebius et Anthropic\n\nNebius a signé un contrat de 5 milliards de dollars avec Anthropic pour cinq ans.",
        "fr",
      ),
      [["Anthropic", "Nebius", "compute_commitment", 5e9]],
    );
  });

  it("a deal with a company the gazetteer does not know keeps the supplier as owner", () => {
    const got = deals(
      "Lambda and Acme\n\nLambda announced a $4 billion computing agreement with Acme Energy.",
      "en",
    );
    assert.equal(got[0]?.[0], "Lambda");
  });

  it("a supplier described by its trade ('a cloud provider') names no supply: its own spending stays its own", () => {
    assert.deepEqual(
      deals(
        "Mistral AI unveiled its new model on Monday. Fluidstack, a British cloud provider, said it would spend €10 billion on a site in France.",
        "en",
      ).map((d) => d.slice(0, 2)),
      [["Fluidstack", null]],
    );
    assert.deepEqual(
      deals(
        "Mistral AI unveiled its new model on Monday. Fluidstack will supply $10 billion of compute to the lab.",
        "en",
      ).map((d) => d.slice(0, 2)),
      [["Mistral AI", "Fluidstack"]],
    );
  });
});

describe("a neocloud rents out compute", () => {
  it("its deal with a cloud is the cloud's purchase; with a chip maker it stays its own", () => {
    assert.deepEqual(
      extract("IREN signs a $9.7 billion AI cloud contract with Microsoft.", "en").map((c) => [
        c.entity,
        c.counterparty,
      ]),
      [["Microsoft", "IREN"]],
    );
    assert.deepEqual(
      extract("Nscale a signé un contrat de 14 milliards de dollars avec Microsoft.", "fr").map((c) => [
        c.entity,
        c.counterparty,
      ]),
      [["Microsoft", "Nscale"]],
    );
    assert.deepEqual(
      extract("CoreWeave signed a $6.3 billion agreement with Nvidia.", "en").map((c) => [
        c.entity,
        c.counterparty,
      ]),
      [["CoreWeave", "Nvidia"]],
    );
  });
});

describe("a data-centre operator's deal with a cloud", () => {
  it("is the cloud's purchase from the operator (fr, en)", () => {
    assert.deepEqual(deals("Equinix a signé avec Amazon un contrat portant sur 400 MW en Irlande.", "fr"), [
      ["Amazon", "Equinix", "datacenter_capacity", 0.4],
    ]);
    assert.deepEqual(deals("Digital Realty signed a 250 MW contract with Meta in Virginia.", "en"), [
      ["Meta", "Digital Realty", "datacenter_capacity", 0.25],
    ]);
  });
});

describe("a data-centre site a power producer supplies", () => {
  it("is the capacity of the company whose site it powers (fr)", () => {
    assert.deepEqual(
      deals("Engie a conclu avec Nscale un contrat pour alimenter un campus de 500 MW en Norvège.", "fr"),
      [["Nscale", "Engie", "datacenter_capacity", 0.5]],
    );
    assert.deepEqual(
      deals("Nscale a conclu avec Engie un contrat pour alimenter un campus de 500 MW en Norvège.", "fr"),
      [["Nscale", "Engie", "datacenter_capacity", 0.5]],
    );
  });

  it("is the capacity of the company whose site it powers (en)", () => {
    assert.deepEqual(deals("Iberdrola signed a deal with Nscale to power a 300 MW site near Bilbao.", "en"), [
      ["Nscale", "Iberdrola", "datacenter_capacity", 0.3],
    ]);
  });

  it("stays the producer's own when the plants are bought from the other company (en, fr)", () => {
    assert.deepEqual(
      deals(
        "The deal will let Iberdrola take over seven gas-fired plants from KKR, with about 2.4 GW of combined capacity.",
        "en",
      ),
      [["Iberdrola", "KKR", "datacenter_capacity", 2.4]],
    );
    assert.deepEqual(
      deals("Engie rachète auprès de KKR sept centrales à gaz d'une puissance cumulée de 2,4 GW.", "fr"),
      [["Engie", "KKR", "datacenter_capacity", 2.4]],
    );
  });

  it("stays the producer's own when no company's site is named", () => {
    assert.deepEqual(
      deals("RTE a identifié des sites pouvant accueillir 3 GW de centres de données.", "fr"),
      [["RTE", null, "datacenter_capacity", 3]],
    );
  });
});

describe("a supplier selling to a pronoun for the company just named", () => {
  it("the company the pronoun stands for buys (FR)", () => {
    assert.deepEqual(
      deals(
        "Dell et Lambda\n\nDell, partenaire historique, détient 3 % du capital de Lambda et lui a vendu pour 2,4 milliards de dollars de serveurs.",
        "fr",
      ).filter((d) => d[3] === 2.4e9),
      [["Lambda", "Dell", "compute_commitment", 2.4e9]],
    );
    assert.deepEqual(
      deals(
        "AMD et Oracle\n\nAMD a signé avec Oracle un accord majeur et leur fournira des puces pour 5 milliards de dollars d'ici 2027.",
        "fr",
      ).filter((d) => d[3] === 5e9),
      [["Oracle", "AMD", "compute_commitment", 5e9]],
    );
  });

  it("the company the pronoun stands for buys (EN)", () => {
    assert.deepEqual(
      deals(
        "Nvidia and Crusoe\n\nNvidia owns 4% of Crusoe and has sold it $3.1 billion of hardware under a supply contract.",
        "en",
      ).filter((d) => d[3] === 3.1e9),
      [["Crusoe", "Nvidia", "compute_commitment", 3.1e9]],
    );
  });
});

describe("a supplier putting capacity at a company's disposal", () => {
  it("the company served buys (FR)", () => {
    assert.deepEqual(
      deals(
        "Nscale et Microsoft\n\nDans le cadre de cet accord, Nscale mettra à disposition de Microsoft une capacité de calcul d'une valeur de 9 milliards de dollars.",
        "fr",
      ).filter((d) => d[3] === 9e9),
      [["Microsoft", "Nscale", "compute_commitment", 9e9]],
    );
  });

  it("the company served buys (EN)", () => {
    assert.deepEqual(
      deals(
        "CoreWeave and Meta\n\nUnder the contract, CoreWeave will make GPU capacity worth $11 billion available to Meta.",
        "en",
      ).filter((d) => d[3] === 11e9),
      [["Meta", "CoreWeave", "compute_commitment", 11e9]],
    );
  });
});

describe("a group of suppliers in a deal with one company", () => {
  it("supplies that company, who buys (en)", () => {
    assert.deepEqual(
      deals("Chip deals\n\nNvidia and AMD have signed deals worth $10 billion with OpenAI this year.", "en"),
      [["OpenAI", "Nvidia+AMD", "compute_commitment", 10e9]],
    );
    assert.deepEqual(
      deals(
        "Cloud deals\n\nCloud providers such as Oracle and CoreWeave signed contracts worth $30 billion with Meta in 2025.",
        "en",
      ),
      [["Meta", "Oracle+CoreWeave", "compute_commitment", 30e9]],
    );
  });

  it("supplies that company, who buys (fr)", () => {
    assert.deepEqual(
      deals(
        "Contrats de calcul\n\nDes entreprises telles que Microsoft et CoreWeave ont signé des contrats de 20 milliards de dollars avec Anthropic cette année.",
        "fr",
      ),
      [["Anthropic", "Microsoft+CoreWeave", "compute_commitment", 20e9]],
    );
  });

  it("stays the owner when the other company sells compute too (en)", () => {
    assert.deepEqual(
      deals(
        "Cloud deals\n\nMicrosoft and Nvidia signed agreements worth $5 billion with Oracle this year.",
        "en",
      )[0]?.[0],
      "Microsoft+Nvidia",
    );
  });
});

describe("a compute deal named by its two ends, 'between … and', « entre … et »", () => {
  it("the supplier named first sells to the company named second (en)", () => {
    assert.deepEqual(
      deals("Cloud deals\n\nThe $14 billion agreement between CoreWeave and Meta runs until 2031.", "en"),
      [["Meta", "CoreWeave", "compute_commitment", 14e9]],
    );
    assert.deepEqual(
      deals(
        "Cloud deals\n\nA contract between Nebius and Anthropic, worth $3 billion, was signed in May.",
        "en",
      ),
      [["Anthropic", "Nebius", "compute_commitment", 3e9]],
    );
  });

  it("the supplier named first sells to the company named second (fr)", () => {
    assert.deepEqual(
      deals(
        "Contrats de calcul\n\nL'accord de 14 milliards de dollars entre CoreWeave et Meta court jusqu'en 2031.",
        "fr",
      ),
      [["Meta", "CoreWeave", "compute_commitment", 14e9]],
    );
  });

  it("the buyer named first stays the buyer", () => {
    assert.deepEqual(
      deals("Cloud deals\n\nThe $14 billion agreement between Meta and CoreWeave runs until 2031.", "en"),
      [["Meta", "CoreWeave", "compute_commitment", 14e9]],
    );
  });
});

describe("which way a compute deal runs when the supply is said in the passive", () => {
  it("the company the capacity is supplied to buys (EN, FR)", () => {
    assert.deepEqual(
      deals(
        "Cloud deals\n\nUnder the contract, $14 billion of GPU capacity will be supplied by CoreWeave to Meta.",
        "en",
      ),
      [["Meta", "CoreWeave", "compute_commitment", 14e9]],
    );
    assert.deepEqual(
      deals(
        "Contrats cloud\n\nAux termes du contrat, une puissance de calcul de 14 milliards de dollars sera fournie par CoreWeave à Meta.",
        "fr",
      ),
      [["Meta", "CoreWeave", "compute_commitment", 14e9]],
    );
  });
});
