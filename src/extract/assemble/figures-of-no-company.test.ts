import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields, skippedReasons } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "value"]);
const skipped = skippedReasons("2025-11-10");

/** Figures CLAIMS.md §8 sets aside although a company is named beside them. */
describe("a cost stated as a share of sales (§8: no metric records it)", () => {
  it("sets the share aside after a share verb whose subject is a cost (fr and en)", () => {
    for (const [text, lang] of [
      ["Ces dépenses représentent 45 % de son chiffre d'affaires, selon Zentrix.", "fr"],
      ["Chez Zentrix, les coûts d'infrastructure pèsent près de 30 % des ventes.", "fr"],
      ["These expenses represent 45% of its revenue, Zentrix said.", "en"],
      ["Those costs make up roughly 30% of sales at Zentrix.", "en"],
    ] as const) {
      assert.deepEqual(owners(text, lang), [], text);
      assert.equal(skipped(text, lang).length, 1, text);
    }
  });

  it("keeps a product's share of revenue (near misses)", () => {
    assert.deepEqual(owners("Le cloud représente 45 % du chiffre d'affaires de Zentrix.", "fr"), [
      ["Zentrix", "revenue_share", 0.45],
    ]);
    assert.deepEqual(owners("Despite higher costs, cloud sales represent 45% of Zentrix's revenue."), [
      ["Zentrix", "revenue_share", 0.45],
    ]);
  });
});

describe("the power a country's data centres draw (§8: outside company finance)", () => {
  it("sets aside a place's data-centre consumption (fr and en)", () => {
    for (const [text, lang] of [
      ["Data centres in Ireland draw 5 GW, while Zentrix builds more.", "en"],
      ["Germany's data centers use about 4 GW, Zentrix said.", "en"],
      ["En France, les centres de données consomment 3 GW, selon Zentrix.", "fr"],
      ["Les centres de données situés en Irlande absorbent près de 5 GW, note Zentrix.", "fr"],
    ] as const) {
      assert.deepEqual(owners(text, lang), [], text);
    }
  });

  it("keeps a company's own data centres (near misses)", () => {
    assert.deepEqual(owners("Microsoft's data centres draw 5 GW."), [
      ["Microsoft", "datacenter_capacity", 5],
    ]);
    assert.deepEqual(
      owners("Microsoft a indiqué que ses centres de données en Irlande consomment 1 GW.", "fr"),
      [["Microsoft", "datacenter_capacity", 1]],
    );
  });
});

describe("a figure of the whole industry, quoted by a company", () => {
  it("credits the industry, not the speaker's company (fr and en)", () => {
    for (const [text, lang] of [
      [
        "« L'ensemble du secteur investira 1 000 milliards de dollars », a déclaré le patron de Nvidia.",
        "fr",
      ],
      ["The whole industry will spend $1 trillion on data centres, Nvidia said.", "en"],
      ["Nvidia's chief executive said the whole industry will spend $1 trillion on data centres.", "en"],
      [
        "Selon Nvidia, tout le secteur dépensera 1 000 milliards de dollars dans les centres de données.",
        "fr",
      ],
    ] as const) {
      assert.ok(
        owners(text, lang).every(([entity]) => entity !== "Nvidia"),
        `${text}: ${JSON.stringify(owners(text, lang))}`,
      );
    }
  });

  it("keeps the company's own spending (near misses)", () => {
    assert.deepEqual(
      owners("Nvidia, the industry leader, will spend $10 billion on data centres.").map((c) => c[0]),
      ["Nvidia"],
    );
    assert.deepEqual(
      owners("Nvidia will spend $10 billion on data centres, its chief executive said.").map((c) => c[0]),
      ["Nvidia"],
    );
  });
});

describe("a handful of people written as a count (§8: counts of people)", () => {
  it("sets aside a small count of developers or users (fr and en)", () => {
    for (const [text, lang] of [
      ["Deux développeurs ont quitté Zentrix pour fonder leur propre société.", "fr"],
      ["Trois utilisateurs ont porté plainte contre Zentrix.", "fr"],
      ["Three users sued Zentrix last week.", "en"],
      ["Twelve developers signed the open letter to Zentrix.", "en"],
    ] as const) {
      assert.deepEqual(owners(text, lang), [], text);
    }
  });

  it("keeps a product's users written with a scale (near miss)", () => {
    assert.deepEqual(owners("Mistral compte 4 millions de développeurs.", "fr"), [
      ["Mistral AI", "active_users", 4e6],
    ]);
    assert.deepEqual(owners("OpenAI now has two million weekly users."), [
      ["OpenAI", "weekly_active_users", 2e6],
    ]);
  });
});
