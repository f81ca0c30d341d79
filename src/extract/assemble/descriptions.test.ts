import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { descriptionParties } from "./descriptions.js";

const owners = claimFields(["entity", "value"]);

const pointsAt = (text: string) => {
  const gazetteer = defaultGazetteer();
  const sentence = { start: 0, end: text.length, text, paragraph: 0, headline: false, heading: false };
  return descriptionParties(sentence, text, findNames(text, gazetteer), gazetteer).map((p) => [
    p.surface,
    p.canonical,
  ]);
};

describe("a description of a company named before", () => {
  it("points back at the latest company of that country, not the nearest name (en)", () => {
    const text =
      "Kyutai raised €300 million from SoftBank and Nvidia. The Japanese group is putting in €200 million of it.";
    assert.deepEqual(owners(text, "en"), [
      ["Kyutai", 300e6],
      ["SoftBank", 200e6],
    ]);
  });

  it("points back at the latest company of that country (fr)", () => {
    const text =
      "Helsing a levé 600 millions d'euros auprès de Bpifrance et de Samsung. Le groupe sud-coréen apporte 250 millions d'euros.";
    assert.deepEqual(owners(text, "fr").at(-1), ["Samsung", 250e6]);
  });

  it("points back at the latest chipmaker or AI developer named", () => {
    assert.deepEqual(pointsAt("Anthropic signed with Broadcom, and the chipmaker will deliver racks."), [
      ["the chipmaker", "Broadcom"],
    ]);
    assert.deepEqual(
      pointsAt("Microsoft a renouvelé son accord avec Mistral AI ; le laboratoire français en profite."),
      [["le laboratoire français", "Mistral AI"]],
    );
  });

  it("introduces a new company when a name follows it, and says nothing without a telling word", () => {
    assert.deepEqual(pointsAt("Oracle hired the Dutch company Nebius for the job."), []);
    assert.deepEqual(pointsAt("Oracle signed with AMD; the company will pay later."), []);
  });
});

describe("'the startup', 'la start-up'", () => {
  it("points back at the latest young company, not at an established group named since", () => {
    const en =
      "Fluxion, a GPU cloud provider, has signed a $4.2 billion agreement to supply Microsoft with computing capacity.\n\nThe deal gives Microsoft access to 100,000 chips, Fluxion said. The startup said it expects revenue of $1.2 billion in 2026.";
    assert.deepEqual(owners(en, "en").at(-1), ["Fluxion", 1.2e9]);
    const fr =
      "La start-up Fluxion a signé un contrat avec Microsoft.\n\nL'accord donne à Microsoft l'accès à 100 000 puces, selon Fluxion. La start-up prévoit un chiffre d'affaires de 1,2 milliard de dollars en 2026.";
    assert.deepEqual(owners(fr, "fr").at(-1), ["Fluxion", 1.2e9]);
  });

  it("followed by a name, introduces that name", () => {
    const fr =
      "Aleph Alpha avait levé 500 millions de dollars. La start-up parisienne H Company avait bouclé un tour d'amorçage de 220 millions de dollars.";
    assert.deepEqual(owners(fr, "fr").at(-1), ["H Company", 2.2e8]);
  });
});

describe("a sentence opening on a noun and its verb", () => {
  it("leaves the topic to the company before it: the company after the verb is its object", () => {
    const en =
      "Fluxion, a GPU cloud provider, has signed a $4.2 billion agreement to supply Microsoft with computing capacity.\n\nThe deal gives Microsoft access to 100,000 chips in Texas. The company expects revenue of $1.2 billion in 2026.";
    assert.deepEqual(owners(en, "en").at(-1), ["Fluxion", 1.2e9]);
    const fr =
      "La start-up Fluxion a signé un contrat avec Microsoft.\n\nL'accord donne à Microsoft l'accès à 100 000 puces au Texas. L'entreprise prévoit un chiffre d'affaires de 1,2 milliard de dollars en 2026.";
    assert.deepEqual(owners(fr, "fr").at(-1), ["Fluxion", 1.2e9]);
  });
});

describe("a description in the clause of the company opening the sentence", () => {
  it("points at another company than that subject (fr)", () => {
    const fr =
      "Anthropic muscle ses capacités de calcul. La société Hyperion Compute fournira à la start-up 600 MW dès l'an prochain.";
    assert.deepEqual(owners(fr, "fr"), [["Anthropic", 0.6]]);
  });

  it("points at another company than that subject (en)", () => {
    const en =
      "Anthropic is adding compute. Hyperion Compute Inc will provide the startup with 600 MW next year.";
    assert.deepEqual(owners(en, "en"), [["Anthropic", 0.6]]);
  });

  it("may be the subject again after a clause break", () => {
    const fr =
      "La start-up Zorvane a levé 50 millions d'euros, et la start-up prévoit d'en lever 100 millions.";
    assert.deepEqual(
      owners(fr, "fr").map(([entity]) => entity),
      ["Zorvane", "Zorvane"],
    );
  });
});

describe("a description naming a company's business ('le néocloud', 'le fonds')", () => {
  it("points back at the latest neocloud, fund or data-centre host named (fr)", () => {
    assert.deepEqual(
      owners(
        "OpenAI a conclu un contrat avec CoreWeave ; le néocloud a levé 7,5 milliards de dollars de dette.",
        "fr",
      ),
      [["CoreWeave", 7.5e9]],
    );
    assert.deepEqual(
      owners(
        "xAI lève de l'argent auprès de Valor Equity Partners et de Nvidia. Le fonds américain a investi 1 milliard de dollars.",
        "fr",
      ),
      [["Valor Equity Partners", 1e9]],
    );
    assert.deepEqual(
      owners(
        "Amazon a annoncé un partenariat avec Data4. L'hébergeur français investira 2 milliards d'euros près de Paris.",
        "fr",
      ),
      [["Data4", 2e9]],
    );
  });

  it("prefers a fund the gazetteer lists to a company it does not (fr)", () => {
    assert.deepEqual(
      owners(
        "Brookfield a annoncé un partenariat avec Bloom Energy. L'investisseur canadien prévoit de déployer 1 GW de piles à combustible.",
        "fr",
      ),
      [["Brookfield", 1]],
    );
  });

  it("points back at the latest fund named (en)", () => {
    assert.deepEqual(
      owners("Mistral AI closed a round that MGX joined. The Emirati fund put in €500 million.", "en"),
      [["MGX", 5e8]],
    );
  });
});

describe("a description by sector: utility, neocloud, data-centre builder", () => {
  it("points back at the latest company of that sector, not at the article's subject", () => {
    assert.deepEqual(
      owners(
        "Meta's new campus\n\nEntergy will build three gas plants for Meta's Louisiana data centre.\n\nThe utility plans to spend $3.2 billion on the plants.",
        "en",
      ),
      [["Entergy", 3.2e9]],
    );
    assert.deepEqual(
      owners(
        "Le campus de Meta\n\nEntergy construira trois centrales pour le campus de Meta en Louisiane.\n\nL'énergéticien prévoit d'y consacrer 3,2 milliards de dollars.",
        "fr",
      ),
      [["Entergy", 3.2e9]],
    );
    assert.deepEqual(
      owners("Nvidia and Crusoe signed a deal. The data center operator raised $2 billion in debt.", "en"),
      [["Crusoe", 2e9]],
    );
  });

  it("reads a data-centre REIT or landlord as the latest data-centre company named (en, fr)", () => {
    assert.deepEqual(
      owners(
        "Oracle expands in Virginia\n\nOracle will lease more racks. Digital Realty plans to add 40,000 cabinets by 2028. To meet demand, the data center REIT expects to spend $3 billion a year.",
        "en",
      ).at(-1),
      ["Digital Realty", 3e9],
    );
    assert.deepEqual(
      pointsAt("Google a choisi Equinix à Paris, et la foncière de centres de données y construira un site."),
      [["la foncière de centres de données", "Equinix"]],
    );
    assert.deepEqual(
      pointsAt("Amazon loue des baies à Digital Realty ; l'exploitant de centres de données en ajoutera."),
      [["l'exploitant de centres de données", "Digital Realty"]],
    );
  });
});

describe("a periphrasis naming a company by the business only it leads", () => {
  it("is that company's name, with no earlier mention (en, fr)", () => {
    assert.deepEqual(
      owners("The search giant expects capital expenditures of $80 billion this year.", "en"),
      [["Alphabet", 80e9]],
    );
    assert.deepEqual(owners("The social media giant plans $60 billion of capital spending in 2026.", "en"), [
      ["Meta", 60e9],
    ]);
    assert.deepEqual(
      owners(
        "Le géant des réseaux sociaux prévoit 60 milliards de dollars de dépenses d'investissement en 2026.",
        "fr",
      ),
      [["Meta", 60e9]],
    );
  });
});

describe("a data-centre builder described in the relative clause of its own lease", () => {
  it("'…with Applied Digital for 250 MW, which the datacenter builder expects will bring $7 billion' (en)", () => {
    assert.deepEqual(
      owners(
        "Nvidia sells chips. CoreWeave signed two leases with Applied Digital for 250 megawatts, which the datacenter builder expects will generate around $7 billion in revenue.",
        "en",
      ),
      [
        ["CoreWeave", 0.25],
        ["Applied Digital", 7e9],
      ],
    );
  });

  it("« …auprès d'Applied Digital, dont le constructeur de centres de données attend 7 milliards » (fr)", () => {
    assert.deepEqual(
      owners(
        "Nvidia vend des puces. CoreWeave a signé deux baux de 250 mégawatts auprès d'Applied Digital, dont le constructeur de centres de données attend environ 7 milliards de dollars de chiffre d'affaires.",
        "fr",
      ),
      [
        ["CoreWeave", 0.25],
        ["Applied Digital", 7e9],
      ],
    );
  });
});

describe("'the young company' is the startup named last", () => {
  it("values the startup, not the investors named after it (en)", () => {
    assert.deepEqual(
      owners(
        "Alphabet and Nvidia have taken stakes in Safe Superintelligence. The new round values the young company at $32 billion.",
        "en",
      ),
      [["Safe Superintelligence", 32e9]],
    );
  });
});

describe("a tech giant named by description", () => {
  it("points back at the latest hyperscaler, not the utility named since (en)", () => {
    const text =
      "Talen Energy signed a deal with Amazon. Under the agreement, the power producer will deliver 1,920 MW to the tech giant's data centres.";
    assert.deepEqual(owners(text, "en"), [["Amazon", 1.92]]);
  });

  it("points back at the latest hyperscaler (fr)", () => {
    const text = "Vistra a signé un accord avec Meta. Le géant de la tech achètera 2,6 GW à l'électricien.";
    assert.deepEqual(owners(text, "fr"), [["Meta", 2.6]]);
    assert.deepEqual(pointsAt("Vistra a signé avec Meta ; the cloud giant will take the output."), [
      ["the cloud giant", "Meta"],
    ]);
  });
});

describe("a trade's head noun in its spelling variants", () => {
  const gazetteer = defaultGazetteer({
    companies: [
      { name: "Quillon Systems", role: "developer" },
      { name: "Tarvex Semis", role: "supplier", sector: "chips" },
    ],
  });
  const described = (text: string) => {
    const sentence = { start: 0, end: text.length, text, paragraph: 0, headline: false, heading: false };
    return descriptionParties(sentence, text, findNames(text, gazetteer), gazetteer).map((p) => [
      p.surface,
      p.canonical,
    ]);
  };

  it("'the chip-maker' and « le concepteur de semi-conducteurs » as 'the chipmaker'", () => {
    assert.deepEqual(
      described("Quillon Systems signed with Tarvex Semis, and the chip-maker will ship boards."),
      [["the chip-maker", "Tarvex Semis"]],
    );
    assert.deepEqual(
      described(
        "Quillon Systems a signé avec Tarvex Semis, et le concepteur de semi-conducteurs livrera les cartes.",
      ),
      [["le concepteur de semi-conducteurs", "Tarvex Semis"]],
    );
  });
});
