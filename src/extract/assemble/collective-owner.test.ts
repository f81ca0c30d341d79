import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "value"], { published: "2026-03-02" });

describe("an unnamed collective as the subject of the figure's clause", () => {
  it("owns the figure, not the article's subject (fr)", () => {
    const text =
      "Nvidia présente ses résultats\n\nNvidia a publié mercredi des ventes record.\n\nLe cabinet estime que les exploitants de centres de données dépenseront environ 400 milliards de dollars en 2027.";
    assert.deepEqual(owners(text, "fr").at(-1), ["exploitants de centres de données", 400e9]);
  });

  it("owns the figure, not the article's subject (en)", () => {
    const text =
      "Nvidia reports record sales\n\nNvidia posted record sales on Wednesday.\n\nAnalysts expect that several cloud operators will spend about $400 billion on data centres in 2027.";
    assert.deepEqual(owners(text, "en").at(-1), ["cloud operators", 400e9]);
  });

  it("may be groups of a kind, opening the sentence (en, fr)", () => {
    const en =
      "Microsoft signed a deal with Nebius. Neocloud groups have raised billions of dollars of debt against their chips.";
    assert.deepEqual(owners(en, "en").at(-1)?.[0], "Neocloud groups");
    const fr =
      "Microsoft a signé un accord avec Nebius. Les groupes de néocloud ont levé des milliards de dollars de dette adossée à leurs puces.";
    assert.deepEqual(owners(fr, "fr").at(-1)?.[0], "groupes de néocloud");
  });

  it("stays the owner after a colon and a plural pronoun (fr)", () => {
    const text =
      "AMD signe de nouveaux clients\n\nAMD a présenté mardi ses puces MI450.\n\nTrois laboratoires publics de recherche ont été convaincus : ils achètent pour 2 milliards de dollars de GPU MI450.";
    assert.deepEqual(owners(text, "fr").at(-1), ["trois laboratoires publics de recherche", 2e9]);
  });

  it("keeps a count written with no article, an unnamed group of that size (en, fr)", () => {
    assert.deepEqual(
      owners("Two regional utilities will spend $4 billion on new transmission lines.", "en").at(-1),
      ["two regional utilities", 4e9],
    );
    assert.deepEqual(
      owners(
        "Quatre opérateurs européens de télécommunications investiront 6 milliards d'euros dans la fibre.",
        "fr",
      ).at(-1),
      ["quatre opérateurs européens de télécommunications", 6e9],
    );
  });

  it("keeps a plural noun coordinated before it, the pair one owner (en, fr)", () => {
    const fr =
      "Lumio ouvre son capital\n\nLumio a levé de nouveaux fonds.\n\nLes salariés et autres investisseurs détiennent les 38 % restants du capital.";
    assert.deepEqual(owners(fr, "fr").at(-1), ["salariés et autres investisseurs", 0.38]);
    const en =
      "Lumio opens its capital\n\nLumio raised new money.\n\nThe founders and other investors hold the remaining 38% of the shares.";
    assert.deepEqual(owners(en, "en").at(-1), ["founders and other investors", 0.38]);
  });

  it("does not join a second conjunct that has its own article (near miss)", () => {
    const text =
      "Orvia publie ses comptes\n\nOrvia a vendu ses puces.\n\nLes coûts augmentent et les opérateurs de centres de données dépenseront 90 milliards de dollars.";
    assert.deepEqual(owners(text, "fr").at(-1), ["opérateurs de centres de données", 90e9]);
  });

  it("may be a group picked by rank, written with its count (en, fr)", () => {
    assert.deepEqual(
      owners("The four largest cloud providers plan capital expenditures of $300 billion in 2025.", "en").at(
        -1,
      ),
      ["four largest cloud providers", 300e9],
    );
    assert.deepEqual(
      owners("The three biggest chipmakers will spend $90 billion on new plants.", "en").at(-1),
      ["three biggest chipmakers", 90e9],
    );
    assert.deepEqual(
      owners(
        "Les trois plus gros opérateurs de centres de données investiront 50 milliards d'euros en Europe.",
        "fr",
      ).at(-1),
      ["trois plus gros opérateurs de centres de données", 50e9],
    );
  });

  it("picked by a count alone, points back at companies named (near miss)", () => {
    const text =
      "Microsoft and Amazon signed deals. The two companies plan capital expenditures of $300 billion in 2025.";
    assert.deepEqual(owners(text, "en").at(-1), ["Microsoft+Amazon", 300e9]);
  });

  it("gives way to a company the clause names (en)", () => {
    const text =
      "Anthropic raises money\n\nAnthropic closed a new round on Monday.\n\nInvestors are paying about 40 times Anthropic's revenue.";
    assert.deepEqual(
      owners(text, "en").filter(([, v]) => v === 40),
      [["Anthropic", 40]],
    );
  });

  it("gives way to a word for one company between it and the figure (en)", () => {
    const text =
      "Cipher signs a lease\n\nCipher Mining signed a lease on Monday.\n\nThe deal comes as data centre developers race for power, with the company citing its 2.1 gigawatt pipeline.";
    assert.deepEqual(owners(text, "en").at(-1), ["Cipher Mining", 2.1]);
  });

  it("never owns a round when it puts the money in (fr)", () => {
    const text =
      "Mistral AI lève des fonds\n\nMistral AI a annoncé lundi un nouveau tour de table.\n\nSelon le communiqué, les investisseurs existants ont apporté l'essentiel de cette levée de 600 millions d'euros.";
    assert.deepEqual(owners(text, "fr").at(-1), ["Mistral AI", 600e6]);
  });

  it("is no way of naming the companies just named (fr)", () => {
    const text =
      "Nscale et Microsoft signent\n\nNscale a signé lundi avec Microsoft.\n\nLes deux entreprises construiront 300 MW de capacité en Norvège.";
    assert.notEqual(owners(text, "fr").at(-1)?.[0], "entreprises");
  });

  it("is no way of naming the companies just named (en)", () => {
    const text =
      "Nscale and Microsoft sign\n\nNscale signed a deal with Microsoft on Monday.\n\nThe two companies will build 300 MW of capacity in Norway.";
    assert.notEqual(owners(text, "en").at(-1)?.[0], "companies");
  });
});

describe("an unnamed collective whose clause names a company only after the figure", () => {
  it("owns the figure over the source or the part named after it (en)", () => {
    const text =
      "Nvidia reports record sales\n\nNvidia posted record sales on Wednesday.\n\nCloud operators will spend $250 billion on chips in 2027, estimates Gartner.";
    assert.deepEqual(owners(text, "en").at(-1), ["Cloud operators", 250e9]);
  });

  it("owns the figure over the part named after it (fr)", () => {
    const text =
      "Nvidia publie ses résultats\n\nNvidia a publié mercredi des ventes record.\n\nLes grands acteurs du cloud prévoient de dépenser 500 milliards de dollars en 2027, dont une large part pour Oracle.";
    assert.deepEqual(owners(text, "fr").at(-1), ["grands acteurs du cloud", 500e9]);
  });

  it("may be giants of a sector (fr, en)", () => {
    const fr =
      "Nvidia publie ses résultats\n\nNvidia a publié mercredi des ventes record.\n\nLes géants américains de la tech dépenseront 400 milliards de dollars en 2026.";
    assert.deepEqual(owners(fr, "fr").at(-1), ["géants américains de la tech", 400e9]);
    const en =
      "Nvidia reports record sales\n\nNvidia posted record sales on Wednesday.\n\nAnalysts expect that the cloud giants will spend $400 billion in 2026.";
    assert.deepEqual(owners(en, "en").at(-1), ["cloud giants", 400e9]);
  });
});

describe("a collective opening a contrast clause after a company's", () => {
  it("owns the figure of its own clause (en)", () => {
    const text =
      "Cloud money\n\nAmazon plans to spend $90 billion on data centres, while chip startups themselves raised about $8 billion.";
    assert.deepEqual(
      owners(text, "en").find((c) => c[1] === 8e9),
      ["chip startups", 8e9],
    );
    const kept =
      "Cloud money\n\nAmazon plans to spend $90 billion on data centres, whereas GPU cloud providers spent $8 billion on chips.";
    assert.deepEqual(
      owners(kept, "en").find((c) => c[1] === 8e9),
      ["GPU cloud providers", 8e9],
    );
  });

  it("owns the figure of its own clause (fr)", () => {
    const text =
      "Dépenses du cloud\n\nAmazon prévoit 90 milliards de dollars de dépenses, tandis que les opérateurs de centres de données investiront 8 milliards de dollars.";
    assert.deepEqual(
      owners(text, "fr").find((c) => c[1] === 8e9),
      ["opérateurs de centres de données", 8e9],
    );
  });

  it("leaves a company named in the contrast clause, or a collective before the contrast", () => {
    const named =
      "Cloud money\n\nAmazon plans to spend $90 billion on data centres, while Oracle will spend $8 billion.";
    assert.deepEqual(
      owners(named, "en").find((c) => c[1] === 8e9),
      ["Oracle", 8e9],
    );
    const before =
      "Cloud money\n\nSeveral cloud operators praised Amazon, while it spent $8 billion on data centres.";
    assert.notDeepEqual(
      owners(before, "en").find((c) => c[1] === 8e9),
      ["cloud operators", 8e9],
    );
  });
});
