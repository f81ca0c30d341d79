import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

/** [entity, attribution] of the claim of `value`. */
const ownerAndSpeaker = (text: string, language: "fr" | "en", value: number) => {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.attribution];
};

describe("a figure a speaker gives in the first person, inside a quotation", () => {
  it("is the company of the speaker named with a title after the quotation, not a company it names (en)", () => {
    const text =
      '"Our intention is to raise $4 billion of capital working with Nvidia and all the other hyperscalers," Dana Whitlow, chief executive of Crusoe, told the conference.';
    assert.deepEqual(ownerAndSpeaker(text, "en", 4_000_000_000), ["Crusoe", "Dana Whitlow"]);
  });

  it("is the company of the speaker named with a title after the quotation (fr)", () => {
    const text =
      "« Nous prévoyons de lever 4 milliards d'euros avec Nvidia et les hyperscalers », a déclaré Claire Marchal, PDG de Crusoe.";
    assert.deepEqual(ownerAndSpeaker(text, "fr", 4_000_000_000), ["Crusoe", "Claire Marchal"]);
  });

  it('is the company whose officer speaks: "X\'s chief executive Y", "le PDG de X, Y" (en, fr)', () => {
    const en =
      '"We expect to raise about $2 billion of debt alongside Microsoft," Nscale\'s chief executive Dana Whitlow said.';
    assert.deepEqual(ownerAndSpeaker(en, "en", 2_000_000_000), ["Nscale", "Dana Whitlow"]);
    const fr =
      "« Avec Microsoft, nous comptons lever environ 2 milliards de dollars de dette », affirme le PDG de Nscale, Claire Marchal.";
    assert.deepEqual(ownerAndSpeaker(fr, "fr", 2_000_000_000), ["Nscale", "Claire Marchal"]);
  });

  it("is the company of a speaker the gazetteer knows (en)", () => {
    const text =
      '"We plan to raise $30 billion of capital with Alphabet and the other hyperscalers," Larry Fink said on Tuesday.';
    assert.deepEqual(ownerAndSpeaker(text, "en", 30_000_000_000), ["BlackRock", "Larry Fink"]);
  });

  it("is the company of a speaker named before a colon that opens the quotation (en, fr)", () => {
    const en =
      'Dana Whitlow, chief financial officer of Nscale: "We are raising $900 million from Microsoft and other backers this quarter."';
    assert.deepEqual(ownerAndSpeaker(en, "en", 900_000_000), ["Nscale", "Dana Whitlow"]);
    const fr =
      "Claire Marchal, directrice financière de Nscale : « Nous levons 900 millions de dollars auprès de Microsoft et d'autres investisseurs ce trimestre. »";
    assert.deepEqual(ownerAndSpeaker(fr, "fr", 900_000_000), ["Nscale", "Claire Marchal"]);
  });

  it("stays with a company the quotation names on the figure itself (en, fr)", () => {
    const en =
      '"We think Microsoft\'s capital spending will reach $120 billion next year," Dana Whitlow, chief executive of Crusoe, said.';
    assert.equal(claimAt(extract(en, "en"), 120_000_000_000).entity, "Microsoft");
    const fr =
      "« Nous pensons que les dépenses d'investissement de Microsoft atteindront 120 milliards de dollars l'an prochain », a déclaré Claire Marchal, PDG de Crusoe.";
    assert.equal(claimAt(extract(fr, "fr"), 120_000_000_000).entity, "Microsoft");
  });

  it("is left alone without a first person or without a speaker of a company (en)", () => {
    const thirdPerson =
      '"Microsoft is raising $4 billion of debt with the other hyperscalers," Dana Whitlow, chief executive of Crusoe, said.';
    assert.equal(claimAt(extract(thirdPerson, "en"), 4_000_000_000).entity, "Microsoft");
  });
});

describe("a quotation whose speaker is named by a title only ('assure le cofondateur de Y')", () => {
  it("is the titled speaker's company's figure, whatever maker the quotation names (fr)", () => {
    assert.deepEqual(
      ownerAndSpeaker(
        "« Nous déploierons 200 000 puces Nvidia en Suède », assure le cofondateur de Nscale.",
        "fr",
        200000,
      ),
      ["Nscale", "cofondateur de Nscale"],
    );
  });

  it("is the titled speaker's company's figure, whatever maker the quotation names (en)", () => {
    assert.deepEqual(
      ownerAndSpeaker(
        '"We will deploy 200,000 Nvidia chips in Sweden," said the co-founder of Nscale.',
        "en",
        200000,
      ),
      ["Nscale", "co-founder of Nscale"],
    );
    assert.deepEqual(
      ownerAndSpeaker(
        '"We will deploy 200,000 Nvidia chips in Sweden," Nscale\'s co-founder said.',
        "en",
        200000,
      ),
      ["Nscale", "Nscale's co-founder"],
    );
  });
});
