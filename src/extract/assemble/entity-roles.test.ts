import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "value"]);

describe("a table whose first column names the other side of each deal", () => {
  it("leaves the figures of its rows to the company the text is about (fr)", () => {
    const text =
      "Les engagements de Meta\n\nMeta a signé plusieurs contrats de calcul.\n\n| Fournisseur | Date | Montant |\n|---|---|---|\n| Oracle | 2025 | 20 milliards de dollars |\n| CoreWeave | 2025 | 14 milliards de dollars |";
    assert.deepEqual(owners(text, "fr"), [
      ["Meta", 20e9],
      ["Meta", 14e9],
    ]);
  });

  it("leaves the figures of its rows to the company the text is about (en)", () => {
    const text =
      "Meta's compute deals\n\nMeta has signed several compute contracts.\n\n| Supplier | Year | Value |\n|---|---|---|\n| Oracle | 2025 | $20 billion |\n| CoreWeave | 2025 | $14 billion |";
    assert.deepEqual(owners(text, "en"), [
      ["Meta", 20e9],
      ["Meta", 14e9],
    ]);
  });
});

describe("a partner's product in a row of a partner table", () => {
  it("is the partner's, not the owner (fr)", () => {
    const text =
      "Les engagements d'OpenAI\n\nOpenAI a signé plusieurs accords.\n\n| Partenaire | Date | Nature | Capacité |\n|---|---|---|---|\n| AMD | octobre 2025 | puces MI450 | 6 GW |";
    assert.deepEqual(owners(text, "fr"), [["OpenAI", 6]]);
  });

  it("is the partner's, not the owner (en)", () => {
    const text =
      "OpenAI's deals\n\nOpenAI has signed several deals.\n\n| Partner | Date | Kind | Capacity |\n|---|---|---|---|\n| AMD | October 2025 | MI450 chips | 6 GW |";
    assert.deepEqual(owners(text, "en"), [["OpenAI", 6]]);
  });
});

describe("a speaker set off by an apposition", () => {
  it("gives the figures after a colon to the company of the reported clause (en)", () => {
    const text =
      "xAI raises money\n\nIn July Morgan Stanley, which arranged the deal, said xAI had raised $10 billion in total: $5 billion of secured notes and $5 billion of equity.";
    assert.deepEqual(owners(text, "en"), [
      ["xAI", 10e9],
      ["xAI", 5e9],
      ["xAI", 5e9],
    ]);
  });

  it("gives the figures after a colon to the company of the reported clause (fr)", () => {
    const text =
      "xAI lève des fonds\n\nEn juillet, Morgan Stanley, qui a arrangé l'opération, a indiqué que xAI avait levé 10 milliards de dollars au total : 5 milliards de dollars d'obligations et 5 milliards de fonds propres.";
    assert.deepEqual(owners(text, "fr"), [
      ["xAI", 10e9],
      ["xAI", 5e9],
    ]);
  });
});

describe("a name after a possessive determiner", () => {
  it("qualifies a noun and leaves the figure to the subject (en)", () => {
    const text =
      "SoftBank cashes out\n\nSoftBank said on Tuesday it had sold its Nvidia shares, raising $5.8 billion.";
    assert.deepEqual(owners(text, "en"), [["SoftBank", 5.8e9]]);
  });

  it("qualifies a noun and leaves the figure to the subject (fr)", () => {
    const text =
      "SoftBank encaisse\n\nSoftBank a indiqué mardi avoir cédé ses actions Nvidia, levant 5,8 milliards de dollars.";
    assert.deepEqual(owners(text, "fr"), [["SoftBank", 5.8e9]]);
  });
});

describe("the lender or arranger of a debt", () => {
  it("does not owe the debt it places on someone's behalf (fr)", () => {
    const text =
      "Crusoe finance Abilene\n\nCet été, JPMorgan avait déjà placé pour son compte 3 milliards de dollars de dette.";
    assert.deepEqual(owners(text, "fr"), [["Crusoe", 3e9]]);
  });

  it("does not owe the debt it lends (en)", () => {
    const text = "Crusoe finances Abilene\n\nLast year JPMorgan lent $2.3 billion of debt to the project.";
    assert.deepEqual(owners(text, "en"), [["Crusoe", 2.3e9]]);
  });
});

describe("a relative clause after an agent complement", () => {
  it("speaks of the head noun the participle hangs on (fr)", () => {
    const text =
      "Le programme\n\nLe programme Stargate, lancé par OpenAI, SoftBank et Oracle, qui prévoit 500 milliards de dollars de dépenses.";
    assert.deepEqual(owners(text, "fr"), [["Stargate", 500e9]]);
  });

  it("speaks of the head noun the participle hangs on (en)", () => {
    const text =
      "Campus\n\nIn the UAE, Microsoft backs Stargate, a campus being built by Crusoe with Oracle and SoftBank, whose first phase will have a capacity of 200 megawatts.";
    assert.deepEqual(owners(text, "en"), [["Stargate", 0.2]]);
  });
});

describe("a customer's weight in a supplier's revenue", () => {
  it("belongs to the supplier with a bare 'is' (en)", () => {
    const text = "CoreWeave customers\n\nMicrosoft is 62% of its revenue, analysts say.";
    assert.deepEqual(owners(text, "en"), [["CoreWeave", 0.62]]);
  });

  it("belongs to the supplier with a bare 'est' (fr)", () => {
    const text = "Les clients de CoreWeave\n\nMicrosoft est 62 % de ses revenus, selon les analystes.";
    assert.deepEqual(owners(text, "fr"), [["CoreWeave", 0.62]]);
  });
});

describe("a company named after the figure past a contrast", () => {
  it("is another actor's subject, not the figure's owner (en)", () => {
    const text =
      "xAI debt\n\nSome $5 billion of debt was placed last summer, while SpaceX put in $2 billion.";
    assert.deepEqual(owners(text, "en"), [
      ["xAI", 5e9],
      ["SpaceX", 2e9],
    ]);
  });

  it("is another actor's subject, not the figure's owner (fr)", () => {
    const text =
      "La dette de xAI\n\nQuelque 5 milliards de dollars de dette ont été placés l'été dernier, tandis que SpaceX y injectait 2 milliards de dollars.";
    assert.deepEqual(owners(text, "fr"), [
      ["xAI", 5e9],
      ["SpaceX", 2e9],
    ]);
  });
});

describe("the agent of a raise named after the figure", () => {
  it("is the company raising the round, not the investor who opens the sentence (fr)", () => {
    const text =
      "SoftBank paie\n\nLe groupe japonais s'est engagé à apporter 30 milliards de dollars sur les 40 milliards levés par l'inventeur de ChatGPT au printemps.";
    assert.deepEqual(owners(text, "fr").at(-1), ["OpenAI", 40e9]);
  });

  it("is the company raising the round, not the investor who opens the sentence (en)", () => {
    const text =
      "SoftBank pays\n\nSoftBank agreed to provide $30 billion of the $40 billion raised by OpenAI in the spring.";
    assert.deepEqual(owners(text, "en").at(-1), ["OpenAI", 40e9]);
  });
});

describe("hardware or capacity a supplier hands over", () => {
  it("belongs to the company it goes to, named after the verb or after the figure (en)", () => {
    assert.deepEqual(
      owners("Brookline Power has agreed to sell Meta 800 megawatts from its gas plants.", "en"),
      [["Meta", 0.8]],
    );
    assert.deepEqual(owners("Cerebras will ship 40,000 GPUs to Mistral AI next year.", "en"), [
      ["Mistral AI", 40000],
    ]);
  });

  it("belongs to the company it goes to (fr)", () => {
    assert.deepEqual(owners("Nebius va fournir à Microsoft 100 000 GPU dans le New Jersey.", "fr"), [
      ["Microsoft", 100000],
    ]);
  });

  it("belongs to the company the text is about when the supplier names no recipient", () => {
    const text =
      "Humain builds its first campus\n\nHumain is building data centres in Riyadh. AMD will supply 500 megawatts of accelerators for the first phase.";
    assert.deepEqual(owners(text, "en"), [["Humain", 0.5]]);
  });
});

describe("a compute deal named after its supplier or supplied to a buyer", () => {
  it("belongs to the buyer: the recipient, or the company the text is about (en)", () => {
    assert.deepEqual(
      owners("Nebius will provide cloud capacity to Meta in a $3 billion compute contract.", "en"),
      [["Meta", 3e9]],
    );
    assert.deepEqual(
      owners("xAI keeps buying chips. Analysts valued the Broadcom contract at $20 billion.", "en"),
      [["xAI", 20e9]],
    );
  });

  it("belongs to the buyer the text is about (fr)", () => {
    assert.deepEqual(
      owners(
        "xAI multiplie les achats de puces. Des analystes évaluent le contrat Broadcom à 20 milliards de dollars.",
        "fr",
      ),
      [["xAI", 20e9]],
    );
  });
});

describe("a customer's weight in a supplier's revenue, told in a relative clause", () => {
  it("is the supplier's revenue share (fr)", () => {
    assert.deepEqual(
      owners(
        "Jusqu'ici, Nebius dépendait fortement de Meta, qui représentait 55 % de son chiffre d'affaires en 2024.",
        "fr",
      ),
      [["Nebius", 0.55]],
    );
  });

  it("is the supplier's revenue share (en)", () => {
    assert.deepEqual(
      owners(
        "Until now, Nebius has relied heavily on Meta, which accounted for 55% of its revenue in 2024.",
        "en",
      ),
      [["Nebius", 0.55]],
    );
  });
});
