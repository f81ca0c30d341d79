import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertOwnedUnderTitle, ownersOfValue } from "../../../test/support/probes.js";

/**
 * Invented companies (Quarkon, Norvane, Velorine, Brisalys, Tessellis) and invented sentences: a
 * plural of the figure's sentence takes up the companies coordinated just before it.
 */
/** The owners of the figure of `value`, the text read under a title. */
const ownerOf = (text: string, value: number, language: "fr" | "en" = "en"): string[] =>
  ownersOfValue(`Titre\n\n${text}`, value, language);

const owns = assertOwnedUnderTitle;

describe("a plural taking up the companies coordinated in the previous sentence", () => {
  it("'the partners', « les partenaires »: the companies together own the figure", () => {
    owns(
      "Microsoft and Velorine struck a deal last week. The partners expect to spend $3 billion on the site.",
      3e9,
      "Microsoft+Velorine",
    );
    owns(
      "Capgemini et Velorine ont présenté leur projet mardi. Les partenaires prévoient d'investir 2 milliards d'euros.",
      2e9,
      "Capgemini+Velorine",
      "fr",
    );
  });

  it("« ils … conjointement », « elles … ensemble », 'they … jointly'", () => {
    owns(
      "Iliad et Velorine se sont associés. Ils investiront conjointement 6 milliards d'euros dans le projet.",
      6e9,
      "Iliad+Velorine",
      "fr",
    );
    owns(
      "Orange et Norvane ont annoncé un accord. Elles financeront ensemble un campus de 800 MW en Bretagne.",
      0.8,
      "Orange+Norvane",
      "fr",
    );
    owns(
      "Nvidia and Norvane unveiled a plan on Tuesday. They will jointly build a 500 MW campus in Texas.",
      0.5,
      "Nvidia+Norvane",
    );
  });

  it("« le consortium » after « A, B et C ont fondé un consortium »", () => {
    owns(
      "Orange, Brisalys et Tessellis ont fondé un consortium. Le consortium construira un campus de 1 GW près de Lyon.",
      1,
      "Orange+Brisalys+Tessellis",
      "fr",
    );
  });
});

describe("a plural that takes up no group (near misses)", () => {
  it("a member named alone owns its figure ('Oracle will …', « le premier »)", () => {
    owns(
      "Oracle and Quarkon signed a deal on Monday. Oracle will invest $2 billion in the campus.",
      2e9,
      "Oracle",
    );
    owns(
      "Orange et Norvane ont signé un accord. Le premier investira 2 milliards d'euros.",
      2e9,
      "Orange",
      "fr",
    );
  });

  it("a company named between the plural and the figure speaks for itself", () => {
    owns(
      "Oracle and Quarkon signed a deal on Monday. The partners said Nvidia would invest $2 billion in the campus.",
      2e9,
      "Nvidia",
    );
  });

  it("« l'ensemble de » is no joint action", () => {
    owns(
      "Orange et Norvane ont signé un accord. Sur l'ensemble de l'année, Velorine investira 2 milliards d'euros.",
      2e9,
      "Velorine",
      "fr",
    );
  });

  it("a count that is not the number of companies coordinated ('the four' after two names)", () => {
    const owners = ownerOf(
      "Quarkon and Norvane reported results on Monday. Together, the four spent $90 billion on data centres.",
      9e10,
    );
    assert.ok(!owners.some((o) => o.includes("+")), JSON.stringify(owners));
  });
});

describe("a class-noun plural taking up an 'or' list or a list of complements", () => {
  it("'these companies', 'these firms' after complements or an 'or' list", () => {
    owns(
      "Analysts keep talking about the start-up Quarkon or the cloud firm Norvane. These companies raised $4 billion last year.",
      4e9,
      "Quarkon+Norvane",
    );
    owns(
      "Investors have poured money into the start-up Velorine and into the chipmaker Brisalys. These firms will spend $700 million on new sites.",
      7e8,
      "Velorine+Brisalys",
    );
    owns(
      "The report compares Oracle with the start-up Norvane and the cloud firm Quarkon; these groups invested $1.5 billion in 2024.",
      1.5e9,
      "Norvane+Quarkon",
    );
  });

  it("« ces entreprises », « ces sociétés » after « de X ou de Y », « à X et à Y »", () => {
    owns(
      "On entend beaucoup parler de la start-up Velorine ou de la start-up Brisalys. Ces entreprises ont levé 900 millions d'euros.",
      9e8,
      "Velorine+Brisalys",
      "fr",
    );
    owns(
      "Le fonds s'intéresse à la start-up Quarkon et au groupe Norvane. Ces sociétés comptent investir 3 milliards d'euros d'ici 2027.",
      3e9,
      "Quarkon+Norvane",
      "fr",
    );
    owns(
      "La start-up Tessellis ou le groupe Velorine pourraient remporter l'appel d'offres. Ces groupes ont déjà engagé 450 millions d'euros.",
      4.5e8,
      "Tessellis+Velorine",
      "fr",
    );
  });
});

describe("a class-noun plural that takes up no list (near misses)", () => {
  it("'one of these companies', « l'une de ces entreprises », 'each of these firms' is no group", () => {
    for (const [text, value, language] of [
      [
        "Analysts keep talking about the start-up Quarkon or the cloud firm Norvane. One of these companies raised $4 billion.",
        4e9,
        "en",
      ],
      [
        "Investors like the start-up Velorine and the chipmaker Brisalys. Each of these firms will spend $700 million.",
        7e8,
        "en",
      ],
      [
        "On parle de la start-up Velorine ou du groupe Brisalys. L'une de ces entreprises a levé 900 millions d'euros.",
        9e8,
        "fr",
      ],
    ] as const) {
      const owners = ownerOf(text, value, language);
      assert.ok(!owners.some((o) => o.includes("+")), `${text}\n  got ${JSON.stringify(owners)}`);
    }
  });

  it("a plural that takes up customers or a market, or follows a single name", () => {
    for (const [text, value, language] of [
      [
        "Quarkon sells chips to the start-up Velorine or the cloud firm Norvane. These customers spent $2 billion on servers.",
        2e9,
        "en",
      ],
      [
        "Le groupe Norvane vend ses serveurs à Orange et à la start-up Brisalys. Ces marchés pèsent 5 milliards d'euros.",
        5e9,
        "fr",
      ],
      [
        "Analysts keep talking about the start-up Quarkon. These companies raised $4 billion last year.",
        4e9,
        "en",
      ],
    ] as const) {
      const owners = ownerOf(text, value, language);
      assert.ok(!owners.some((o) => o.includes("+")), `${text}\n  got ${JSON.stringify(owners)}`);
    }
  });

  it("a pronoun after an 'or' list or a list of complements is no group", () => {
    const owners = ownerOf(
      "The fund bought stakes in the start-up Velorine and in the chipmaker Brisalys. They will spend $3 billion on new sites.",
      3e9,
    );
    assert.ok(!owners.some((o) => o.includes("+")), JSON.stringify(owners));
  });
});
