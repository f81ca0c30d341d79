import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "value"], { published: "2026-03-02" });

describe("an unnamed collective as the agent of a passive verb of money after the figure", () => {
  it("owns the figure, not the article's subject (en)", () => {
    const cases: [string, string][] = [
      [
        "Korvane closed a new round of $4 billion. Of that sum, $1.5 billion was put up by pension funds.",
        "pension funds",
      ],
      [
        "Korvane closed a new round of $4 billion. The last $500 million was contributed by other investors.",
        "other investors",
      ],
      [
        "Korvane closed a new round of $4 billion, and nearly $2 billion has been committed by Gulf sovereign funds.",
        "Gulf sovereign funds",
      ],
      [
        "Korvane closed a new round of $4 billion. Another $800 million came from institutional investors.",
        "institutional investors",
      ],
    ];
    for (const [text, owner] of cases) assert.deepEqual(owners(text, "en").at(-1)?.[0], owner, text);
  });

  it("owns the figure, not the article's subject (fr)", () => {
    const cases: [string, string][] = [
      [
        "Korvane a bouclé une levée de 4 milliards d'euros. Sur ce total, 1,5 milliard a été apporté par des fonds souverains.",
        "fonds souverains",
      ],
      [
        "Korvane a bouclé une levée de 4 milliards d'euros. Les 500 millions restants ont été investis par d'autres investisseurs.",
        "autres investisseurs",
      ],
      [
        "Korvane a bouclé une levée de 4 milliards d'euros, dont 2 milliards souscrits par des investisseurs institutionnels.",
        "investisseurs institutionnels",
      ],
    ];
    for (const [text, owner] of cases) assert.deepEqual(owners(text, "fr").at(-1)?.[0], owner, text);
  });

  it("puts in what it raises for a company: an investment", () => {
    const claims = owners(
      "Korvane closed a new round of $4 billion. The last $500 million was contributed by other investors.",
      "en",
    );
    assert.deepEqual(claims.at(-1), ["other investors", "investment", 500e6]);
  });

  it("leaves a figure whose agent is a company, or a collective whose members follow, to the company rules", () => {
    const named = owners(
      "Korvane closed a new round of $4 billion. The last $500 million was contributed by Nvidia and other investors.",
      "en",
    );
    assert.notEqual(named.at(-1)?.[0], "other investors");
    const listed = owners(
      "Korvane a bouclé une levée de 4 milliards d'euros, dont 2 milliards apportés par des fonds souverains comme Qatar Investment Authority.",
      "fr",
    );
    assert.notEqual(listed.at(-1)?.[0], "fonds souverains");
    const colon = owners(
      "Korvane a levé 2 milliards d'euros. Les 300 millions restants sont apportés par des actionnaires historiques : Nvidia et Qualcomm.",
      "fr",
    );
    assert.notEqual(colon.at(-1)?.[0], "actionnaires historiques");
  });

  it("is no owner of a figure named as a kind of financing, the company's raise told by its parts", () => {
    const en = owners(
      "Korvane closed a $6 billion financing: $3 billion of debt and $3 billion of equity provided by strategic investors.",
      "en",
    );
    assert.equal(en.at(-1)?.[0], "Korvane");
    const fr = owners(
      "Korvane a bouclé un financement de 6 milliards d'euros : 3 milliards de dette et 3 milliards de capital apportés par des investisseurs stratégiques.",
      "fr",
    );
    assert.equal(fr.at(-1)?.[0], "Korvane");
  });

  it("is no owner when it only values the company or buys its products", () => {
    const valued = owners("Korvane is now valued by investors at $12 billion.", "en");
    assert.notEqual(valued.at(-1)?.[0], "investors");
    const bought = owners("Korvane sold $300 million of servers, bought by customers in Asia.", "en");
    assert.notEqual(bought.at(-1)?.[0], "customers");
  });

  it("may follow a source marker with no verb: « de la part de », an investment from (fr, en)", () => {
    const fr = owners(
      "Brava Systems finalise son tour de table.\n\nLe groupe obtient un apport de 2 milliards d'euros de la part des co-investisseurs, et son engagement est couvert.",
      "fr",
    );
    assert.deepEqual(fr.at(-1)?.[0], "co-investisseurs");
    const frPlural = owners(
      "Brava Systems finalise son tour de table.\n\nIl reçoit une contribution de 900 millions d'euros de la part des fonds souverains du Golfe.",
      "fr",
    );
    assert.deepEqual(frPlural.at(-1)?.[0], "fonds souverains du Golfe");
    const en = owners(
      "Brava Systems completes its financing.\n\nThe group secured a $3 billion investment from regional pension funds for its campus.",
      "en",
    );
    assert.deepEqual(en.at(-1)?.[0], "regional pension funds");
  });

  it("leaves a round, revenue from customers, or a named source to the company rules (near miss)", () => {
    const round = owners(
      "Brava Systems a bouclé une levée de 2 milliards d'euros de la part d'investisseurs privés.",
      "fr",
    );
    assert.notEqual(round.at(-1)?.[0], "investisseurs privés");
    const revenue = owners(
      "Brava Systems booked $700 million of revenue from cloud operators last year.",
      "en",
    );
    assert.notEqual(revenue.at(-1)?.[0], "cloud operators");
    const named = owners(
      "Brava Systems obtient un apport de 3 milliards de dollars de la part de Nvidia et d'autres investisseurs.",
      "fr",
    );
    assert.notEqual(named.at(-1)?.[0], "autres investisseurs");
  });
});
