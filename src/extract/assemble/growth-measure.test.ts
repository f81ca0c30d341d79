import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { extractClaims } from "../index.js";

const extract = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2026-02-06", document: "d.txt" });

/** [entity, metric, low value] of every claim, in order. */
const read = claimFields(["entity", "metric", "value"], { published: "2026-02-06" });

describe("percentages that are read, kept or set aside with a reason", () => {
  it("the growth of a business that names no measure is the growth of its sales", () => {
    assert.deepEqual(
      read(
        "Selon Amazon, AWS affiche une croissance de 19 % au troisième trimestre et la publicité progresse de 17 %.",
        "fr",
      ),
      [
        ["Amazon", "revenue_growth", 0.19],
        ["Amazon", "revenue_growth", 0.17],
      ],
    );
    assert.deepEqual(read("Microsoft said Azure grew 31% in the quarter while gaming rose 9%.", "en"), [
      ["Microsoft", "revenue_growth", 0.31],
      ["Microsoft", "revenue_growth", 0.09],
    ]);
  });

  it("a growth told over a period ('au cours du trimestre') still names no measure", () => {
    assert.deepEqual(
      read(
        "Oracle Cloud a connu la croissance la plus vive du secteur au cours du dernier trimestre, avec une hausse de 52 %.",
        "fr",
      ),
      [["Oracle", "revenue_growth", 0.52]],
    );
    assert.deepEqual(read("Au cours de l'exercice, Microsoft a vu Azure progresser de 39 %.", "fr"), [
      ["Microsoft", "revenue_growth", 0.39],
    ]);
    assert.deepEqual(read("Le cours de Nvidia a progressé de 12 % en une semaine.", "fr"), []);
  });

  it("a rate written as a fall or with a present-tense verb of change is a growth rate", () => {
    assert.deepEqual(
      read(
        "Cerebras a publié un chiffre d'affaires de 2 milliards de dollars, en recul de 8 % sur le trimestre.",
        "fr",
      ),
      [
        ["Cerebras", "revenue", 2e9],
        ["Cerebras", "revenue_growth", -0.08],
      ],
    );
    assert.deepEqual(read("Cerebras posted revenue of $2 billion, down 8% compared to a year ago.", "en"), [
      ["Cerebras", "revenue", 2e9],
      ["Cerebras", "revenue_growth", -0.08],
    ]);
    assert.deepEqual(read("Oracle expects its capital spending to rise 40% next year.", "en"), [
      ["Oracle", "capex_growth", 0.4],
    ]);
  });

  it("spending named in a later clause with its own conjunction is not what the growth measures", () => {
    assert.deepEqual(
      read(
        "Au troisième trimestre, les ventes de Nebius ont atteint 2 milliards de dollars, en hausse de 150 %, et le groupe prévoit 9 milliards de dollars de dépenses d'investissement.",
        "fr",
      ).filter((c) => c[2] === 1.5),
      [["Nebius", "revenue_growth", 1.5]],
    );
    assert.deepEqual(
      read(
        "Oracle reported cloud growth of 55% on Monday, and its capital spending reached $12 billion.",
        "en",
      ).filter((c) => c[2] === 0.55),
      [["Oracle", "revenue_growth", 0.55]],
    );
  });

  it("a growth of another measure is set aside with an issue, never silently", () => {
    for (const [text, language] of [
      ["Microsoft said its user base grew 31% in the quarter.", "en"],
      ["Selon Microsoft, le nombre d'abonnés progresse de 31 % sur le trimestre.", "fr"],
    ] as const) {
      const { claims, issues } = extract(text, language);
      assert.deepEqual(claims, [], text);
      assert.deepEqual(
        issues.map((i) => i.code),
        ["unknown_metric"],
        text,
      );
    }
  });

  it("two margins a few tenths of a point apart are two figures", () => {
    assert.deepEqual(
      read(
        "Nvidia vise une marge brute de 71,5 % ce trimestre. Les analystes attendaient une marge brute de 71,2 %.",
        "fr",
      ),
      [
        ["Nvidia", "gross_margin", 0.715],
        ["Nvidia", "gross_margin", 0.712],
      ],
    );
    assert.deepEqual(
      read(
        "Nvidia guided to a gross margin of 71.5% for the quarter. Analysts expected 71.2% gross margin.",
        "en",
      ),
      [
        ["Nvidia", "gross_margin", 0.715],
        ["Nvidia", "gross_margin", 0.712],
      ],
    );
  });

  it("a percentage no word measures raises an issue", () => {
    for (const [text, language] of [
      ["Oracle a indiqué un chiffre de 12 % sans préciser lequel.", "fr"],
      ["Oracle reported a figure of 12% without saying which.", "en"],
    ] as const) {
      const { claims, issues } = extract(text, language);
      assert.equal(claims.length, 0, text);
      assert.ok(
        issues.some((i) => i.code === "unknown_metric" && i.message.startsWith('"12')),
        `${text}: ${JSON.stringify(issues)}`,
      );
    }
  });

  it("a signed rate after an amount whose currency the sentence leaves out is that business's growth", () => {
    assert.deepEqual(
      read(
        "Nvidia a réalisé 57 milliards de dollars de chiffre d'affaires. Le jeu vidéo a généré 4,3 milliards (+30%).",
        "fr",
      ).map((c) => c.slice(1)),
      [
        ["revenue", 57e9],
        ["revenue", 4.3e9],
        ["revenue_growth", 0.3],
      ],
    );
    assert.deepEqual(
      read("Nvidia posted $57 billion in revenue. Gaming brought in 4.3 billion (+30%).", "en").map((c) =>
        c.slice(1),
      ),
      [
        ["revenue", 57e9],
        ["revenue", 4.3e9],
        ["revenue_growth", 0.3],
      ],
    );
  });
});

describe("a percentage more or higher than a year before", () => {
  it("is the growth of the figure it follows (fr, en)", () => {
    const fr = extract(
      "Amazon a investi 30 milliards de dollars au troisième trimestre, soit 60 % de plus qu'un an plus tôt.",
      "fr",
    ).claims;
    assert.deepEqual(
      fr.map((c) => [c.metric, c.value.low]),
      [
        ["capex", 30e9],
        ["capex_growth", 0.6],
      ],
    );
    const en = extract("Lambda's revenue reached $500 million, 16% higher than last year.", "en").claims;
    assert.deepEqual(
      en.map((c) => [c.metric, c.value.low]),
      [
        ["revenue", 5e8],
        ["revenue_growth", 0.16],
      ],
    );
  });

  it("a fiscal quarter ('trimestre budgétaire') is no budget: the amount spent in it is reported", () => {
    const [claim] = extract(
      "Amazon a investi 30 milliards de dollars sur son trimestre budgétaire clos fin juin.",
      "fr",
    ).claims;
    assert.equal(claim?.qualifier, "reported");
  });
});

describe("a rate whose complement names another measure", () => {
  it("is that measure's change, no growth of sales", () => {
    assert.deepEqual(
      read(
        "Selon Morgan Stanley, Nvidia risque une baisse de 10 à 15 % du multiple de valorisation du secteur.",
        "fr",
      ),
      [],
    );
    assert.deepEqual(read("Oracle said diluted EPS rose 25% in the quarter.", "en"), []);
    assert.deepEqual(read("Nvidia a annoncé une hausse de 12 % de son chiffre d'affaires.", "fr"), [
      ["Nvidia", "revenue_growth", 0.12],
    ]);
  });
});

describe("a growth of earnings per share", () => {
  it("is no growth of sales when earnings per share are named nearer than sales", () => {
    assert.deepEqual(
      read(
        "UBS expects Nvidia's earnings per share to grow 35% this year, with revenue near $200 billion.",
        "en",
      ).map(([, metric]) => metric),
      ["revenue"],
    );
    assert.deepEqual(
      read("Selon Oracle, le bénéfice par action a progressé de 18 % sur l'exercice.", "fr"),
      [],
    );
  });

  it("reads a growth noun with an adjective before its rate", () => {
    assert.deepEqual(
      read("Meta a affiché une hausse spectaculaire de 26 % de ses revenus sur un an.", "fr"),
      [["Meta", "revenue_growth", 0.26]],
    );
    assert.deepEqual(read("Intel a subi une chute brutale de 11 % de son chiffre d'affaires.", "fr"), [
      ["Intel", "revenue_growth", -0.11],
    ]);
  });
});
