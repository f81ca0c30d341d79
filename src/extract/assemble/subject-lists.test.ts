import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.value.low ?? c.value.high}`,
  );

describe("a list of companies as the subject of the figure's verb", () => {
  it("is read whole past a comma before 'and' or 'et'", () => {
    assert.deepEqual(
      owners(
        "Oracle, Nvidia, Meta Platforms, and Microsoft expect to spend between $300 billion and $350 billion together on data centres in 2026.",
      ),
      ["Oracle+Nvidia+Meta+Microsoft 300000000000"],
    );
    assert.deepEqual(
      owners(
        "Oracle, Nvidia, Meta Platforms, et Microsoft prévoient de dépenser entre 300 et 350 milliards de dollars dans des centres de données en 2026.",
        "fr",
      ),
      ["Oracle+Nvidia+Meta+Microsoft 300000000000"],
    );
  });

  it("is read whole past the rest of a member's own name ('Amazon.com', 'Energy Systems')", () => {
    assert.deepEqual(
      owners("Alphabet, Amazon.com, Meta and Microsoft plan to invest $400 billion in 2026."),
      ["Alphabet+Amazon+Meta+Microsoft 400000000000"],
    );
    assert.deepEqual(
      owners(
        "Crusoe Energy Systems et Blue Owl Capital investiront 9 milliards de dollars dans le campus.",
        "fr",
      ),
      ["Crusoe+Blue Owl 9000000000"],
    );
    assert.deepEqual(
      owners("Crusoe Energy Systems and Blue Owl Capital will invest $9 billion in the campus."),
      ["Crusoe+Blue Owl 9000000000"],
    );
  });

  it("counts the speaker's pronoun among the subjects ('said it and Humain would')", () => {
    assert.deepEqual(
      owners(
        "Amazon said it and Humain would invest more than $3 billion in a data-centre campus in Saudi Arabia.",
      ),
      ["Amazon+Humain 3000000000"],
    );
    assert.deepEqual(
      owners(
        "Amazon a indiqué qu'elle et Humain investiraient plus de 3 milliards de dollars dans un campus en Arabie saoudite.",
        "fr",
      ),
      ["Amazon+Humain 3000000000"],
    );
  });

  it("does not reach back past a clause of its own ('…, and Oracle spent')", () => {
    assert.ok(
      owners(
        "Microsoft spent $5 billion on data centres in 2025, and Oracle spent $3 billion on data centres in 2025.",
      ).includes("Oracle 3000000000"),
    );
    assert.deepEqual(
      owners(
        "Microsoft a dépensé 5 milliards de dollars dans ses centres de données en 2025, et Oracle a dépensé 3 milliards de dollars dans ses centres de données en 2025.",
        "fr",
      ),
      ["Microsoft 5000000000", "Oracle 3000000000"],
    );
  });

  it("is no owner when it is the object, or when 'respectively' shares the figures out", () => {
    assert.deepEqual(owners("Oracle signed deals with Alphabet, Amazon and Meta worth $40 billion."), [
      "Oracle 40000000000",
    ]);
    assert.deepEqual(
      owners("Oracle and Nvidia will respectively invest $4 billion and $2 billion in the campus."),
      ["Oracle 4000000000", "Nvidia 2000000000"],
    );
    assert.deepEqual(
      owners("Oracle et Nvidia investiront respectivement 4 et 2 milliards de dollars dans le campus.", "fr"),
      ["Oracle 4000000000", "Nvidia 2000000000"],
    );
  });
});

describe("two investors named together with the company they invest in", () => {
  const read = claimFields(["entity", "metric", "counterparty"]);

  it("invest together: the pair owns the investment, the investee is its counterparty (en, fr)", () => {
    assert.deepEqual(read("Microsoft and Nvidia invested $15 billion in Anthropic.", "en"), [
      ["Microsoft+Nvidia", "investment", "Anthropic"],
    ]);
    assert.deepEqual(read("Microsoft et Nvidia ont investi 15 milliards de dollars dans Anthropic.", "fr"), [
      ["Microsoft+Nvidia", "investment", "Anthropic"],
    ]);
  });
});

describe("a list of companies after the sentence's source ('Selon Morgan Stanley, …')", () => {
  it("is the subject; the source before its comma is not a member (fr, en)", () => {
    assert.deepEqual(
      owners(
        "Selon Morgan Stanley, Microsoft, Alphabet, Amazon et Meta dépenseront près de 3 000 milliards de dollars dans les centres de données d'ici 2028.",
        "fr",
      ),
      ["Microsoft+Alphabet+Amazon+Meta 3000000000000"],
    );
    assert.deepEqual(
      owners(
        "According to Morgan Stanley, Microsoft, Alphabet, Amazon and Meta will spend $400 billion on data centres this year.",
      ),
      ["Microsoft+Alphabet+Amazon+Meta 400000000000"],
    );
  });

  it("leaves a single subject after the source its own (fr, en)", () => {
    assert.deepEqual(
      owners(
        "D'après Goldman Sachs, Oracle dépensera 35 milliards de dollars en investissements cette année.",
        "fr",
      ),
      ["Oracle 35000000000"],
    );
    assert.deepEqual(owners("According to Barclays, Oracle will spend $35 billion on capex this year."), [
      "Oracle 35000000000",
    ]);
  });
});

describe("a list closed by 'and' ends at its last name", () => {
  it("the name after the next comma opens the main clause (EN)", () => {
    assert.deepEqual(owners("Backed by $6 billion from Nvidia and Cisco, xAI closed its Series C."), [
      "xAI 6000000000",
    ]);
  });

  it("the name after the next comma opens the main clause (FR)", () => {
    assert.deepEqual(
      owners("Soutenue par 6 milliards de dollars de Nvidia et Cisco, Mistral AI a bouclé sa série C.", "fr"),
      ["Mistral AI 6000000000"],
    );
  });
});
