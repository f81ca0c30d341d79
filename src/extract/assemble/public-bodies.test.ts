import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields, claimReader } from "../../../test/support/claims.js";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { withoutPlaces } from "./public-bodies.js";

const claims = claimReader("2025-06-10");

const owners = claimFields(["entity", "value"], { published: "2025-06-10" });

const actors = (text: string) => {
  const gazetteer = defaultGazetteer();
  return withoutPlaces(text, findNames(text, gazetteer), gazetteer)
    .filter((n) => gazetteer.publicBodies.has(n.canonical))
    .map((n) => n.canonical);
};

describe("states, governments and public bodies", () => {
  it("own the figures they pledge, in French and English", () => {
    assert.deepEqual(
      owners(
        "Un sommet sur l'IA à Lyon\n\nLe Qatar, qui a signé un accord-cadre avec Paris, apportera 12 milliards d'euros. La Commission européenne veut mobiliser 40 milliards d'euros pour des usines d'IA.",
        "fr",
      ),
      [
        ["Qatar", 12e9],
        ["European Commission", 40e9],
      ],
    );
    assert.deepEqual(
      owners(
        "Gulf pledges at the summit\n\nThe UAE pledged $25 billion of investment in American data centres, and Japan will spend $9 billion on chips.",
        "en",
      ),
      [
        ["United Arab Emirates", 25e9],
        ["Japan", 9e9],
      ],
    );
  });

  it("are places, not owners, after a preposition that locates, in a dateline or as a modifier", () => {
    assert.deepEqual(actors("Nscale construira un site en Norvège et deux campus aux États-Unis."), []);
    assert.deepEqual(actors("Microsoft will build in the UAE; Abu Dhabi-based G42 runs it."), []);
    assert.deepEqual(
      actors("ABU DHABI, May 3 (wire) - G42 signed. The Abu Dhabi investment firm MGX paid."),
      [],
    );
    assert.deepEqual(actors("Lors du sommet Choose France, un site en Île-de-France a été retenu."), []);
    assert.deepEqual(actors("Les sites de Riyad, la capitale de l'Arabie saoudite, ouvriront."), []);
    assert.deepEqual(actors("Two sites in New Delhi, the capital of India, will open."), []);
    assert.deepEqual(
      actors("The UAE is also the site of a new cluster; la Chine accueillera un campus."),
      [],
    );
    assert.deepEqual(actors("L'Arabie saoudite a promis 600 milliards ; the US government agreed."), [
      "Saudi Arabia",
      "US government",
    ]);
  });

  it("are no company's counterparty merely because they are named beside the owner", () => {
    const [first] = claims(
      "Intel attire l'État\n\nIntel a trouvé deux actionnaires. En juillet, SoftBank puis l'État américain ont pris une participation de 2 milliards de dollars.",
      "fr",
    );
    assert.equal(first?.entity, "SoftBank");
    assert.equal(first?.counterparty, "Intel");
  });

  it("are never the article's subject that 'la société' points back to", () => {
    const found = owners(
      "La France accueille Mistral AI\n\nLa France a salué la croissance de Mistral AI. La société a levé 300 millions d'euros.",
      "fr",
    );
    assert.deepEqual(found, [["Mistral AI", 3e8]]);
  });
});
