import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value"]);

describe("shares of a named company handed over in a deal", () => {
  it("are the value of those shares, not the deal's size", () => {
    assert.deepEqual(
      read(
        "Nscale a signé un contrat de 4 milliards de dollars avec Lambda. Nscale recevra aussi pour 200 millions de dollars d'actions Lambda.",
        "fr",
      ),
      [
        ["compute_commitment", 4e9],
        ["deal_value", 2e8],
      ],
    );
    assert.deepEqual(
      read(
        "Nscale signed a $4 billion contract with Lambda last spring and received $200 million of Lambda stock alongside it.",
        "en",
      ),
      [
        ["compute_commitment", 4e9],
        ["deal_value", 2e8],
      ],
    );
  });
});

describe("a round's shares", () => {
  it("are no value of shares handed over in a deal", () => {
    assert.ok(
      !read("Nscale sold $2 billion of Series C stock to investors.", "en").some(([m]) => m === "deal_value"),
    );
  });
});

describe("shares bought", () => {
  it("are no value of shares handed over", () => {
    const metrics = (text: string, language: "fr" | "en") => read(text, language).map(([metric]) => metric);
    assert.deepEqual(metrics("Nscale achète pour 300 millions de dollars d'actions Lambda.", "fr"), [
      "investment",
    ]);
    assert.ok(
      !metrics("Nscale bought $300 million of Lambda stock on Tuesday.", "en").includes("deal_value"),
    );
  });
});

describe("a figure that adds to a deal", () => {
  it("adds to the deal, not to the value of shares handed over beside it", () => {
    const list = (text: string, language: "fr" | "en") => read(text, language).map(([metric]) => metric);
    assert.deepEqual(
      list(
        "- Nscale signed a $4 billion contract with Lambda and received $200 million of Lambda stock alongside it.\n- It then added $1 billion in May.",
        "en",
      ),
      ["compute_commitment", "deal_value", "compute_commitment"],
    );
    assert.deepEqual(
      list(
        "- Nscale a signé un contrat de 4 milliards de dollars avec Lambda et a reçu 200 millions de dollars d'actions Lambda.\n- Nscale a ensuite ajouté 1 milliard de dollars en mai.",
        "fr",
      ),
      ["compute_commitment", "deal_value", "compute_commitment"],
    );
  });
});

describe("a share of a company taken or kept", () => {
  it("is a stake", () => {
    assert.deepEqual(read("Selon l'accord, Nscale pourrait prendre jusqu'à 12 % de Lambda.", "fr"), [
      ["equity_stake", 0.12],
    ]);
    assert.deepEqual(read("Nscale conservera environ 30 % de la coentreprise.", "fr"), [
      ["equity_stake", 0.3],
    ]);
    assert.deepEqual(
      read("Under the agreement, Nscale will retain about 30 per cent equity in the joint venture.", "en"),
      [["equity_stake", 0.3]],
    );
    assert.deepEqual(read("Nscale could take up to 12% of Lambda under the deal.", "en"), [
      ["equity_stake", 0.12],
    ]);
  });

  it("is a stake when the piece kept is named after the figure", () => {
    assert.deepEqual(read("Lambda keeps a modest 25 per cent slice, according to the rating agency.", "en"), [
      ["equity_stake", 0.25],
    ]);
    assert.deepEqual(read("Lambda retained a 15% chunk of the campus venture.", "en"), [
      ["equity_stake", 0.15],
    ]);
    assert.deepEqual(read("Lambda garde une petite part de 25 % du campus, selon l'agence.", "fr"), [
      ["equity_stake", 0.25],
    ]);
    assert.ok(
      !read("Lambda keeps a 40 per cent gross margin on its cloud rentals.", "en").some(
        ([metric]) => metric === "equity_stake",
      ),
    );
  });

  it("unless it is a share of revenue or of a market", () => {
    assert.deepEqual(read("Nscale will keep 20% of the revenue of the joint venture.", "en"), [
      ["revenue_share", 0.2],
    ]);
    assert.ok(
      !read("Nscale pourrait prendre 30 % du marché européen.", "fr").some(
        ([metric]) => metric === "equity_stake",
      ),
    );
    assert.ok(
      !read("Nscale could take 30% of the European market.", "en").some(
        ([metric]) => metric === "equity_stake",
      ),
    );
  });
});

describe("money committed with no compute named", () => {
  it("is a backer's investment in an AI developer", () => {
    assert.deepEqual(
      read(
        "Cette semaine, SoftBank doit verser 5 milliards de dollars à Anthropic, le solde d'un engagement total de 12 milliards.",
        "fr",
      ),
      [
        ["investment", 5e9],
        ["investment", 12e9],
      ],
    );
    assert.deepEqual(
      read(
        "SoftBank will pay Anthropic $5 billion this week, the balance of a total commitment of $12 billion.",
        "en",
      ),
      [
        ["investment", 5e9],
        ["investment", 12e9],
      ],
    );
  });

  it("is compute bought when the commitments are to neoclouds", () => {
    assert.deepEqual(
      read("Microsoft a dépassé les 40 milliards de dollars d'engagements neocloud en mai.", "fr"),
      [["compute_commitment", 40e9]],
    );
    assert.deepEqual(read("Microsoft passed $40 billion of neocloud commitments in May.", "en"), [
      ["compute_commitment", 40e9],
    ]);
  });
});

const rolesOf = claimFields(["entity", "counterparty", "metric", "value"]);

describe("money paid for a stake, a company's purchase, a contribution to a programme", () => {
  it("money paid for a stake is the buyer's investment in the company (en)", () => {
    const claims = rolesOf("Alphabet paid $2.7 billion for a 14% stake in Character.AI.", "en");
    assert.deepEqual(claims[0], ["Alphabet", "Character.AI", "investment", 2.7e9]);
  });

  it("money paid for a stake is the buyer's investment in the company (fr)", () => {
    const claims = rolesOf(
      "Alphabet a payé 2,7 milliards de dollars pour une participation de 14 % dans Character.AI.",
      "fr",
    );
    assert.deepEqual(claims[0], ["Alphabet", "Character.AI", "investment", 2.7e9]);
  });

  it("'the purchase of' or 'the takeover of' a company names its price, and a '… Systems' name is a company (en)", () => {
    assert.deepEqual(rolesOf("Cisco completed its $1.2 billion purchase of Lumen Systems.", "en")[0], [
      "Cisco",
      "Lumen Systems",
      "acquisition_price",
      1.2e9,
    ]);
    assert.deepEqual(rolesOf("Nvidia agreed a $900 million takeover of Enfabrica Networks.", "en")[0], [
      "Nvidia",
      "Enfabrica Networks",
      "acquisition_price",
      9e8,
    ]);
  });

  it("companies contributing money to a programme invest in it (en)", () => {
    const claims = rolesOf(
      "SoftBank, Oracle and MGX will together contribute $21 billion to Stargate.",
      "en",
    );
    assert.deepEqual(claims[0], ["SoftBank+Oracle+MGX", "Stargate", "investment", 21e9]);
  });
});

describe("an investor buying or holding part of another company's bonds", () => {
  it("is its investment, not a debt issue", () => {
    assert.deepEqual(read("Fidelity snapped up $4 billion of the notes sold by Lambda.", "en"), [
      ["investment", 4e9],
    ]);
    assert.deepEqual(read("Fidelity scooped up about 3 billion US dollars of the offering.", "en"), [
      ["investment", 3e9],
    ]);
    assert.deepEqual(
      read("Fidelity's income fund made the campus its largest holding at 1.5 million US dollars.", "en"),
      [["investment", 1.5e6]],
    );
    assert.deepEqual(
      read(
        "Lambda a émis 10 milliards de dollars d'obligations pour son campus. Nscale en a raflé 4 milliards de dollars d'obligations.",
        "fr",
      ),
      [
        ["debt_issuance", 1e10],
        ["investment", 4e9],
      ],
    );
  });

  it("while a company raising money in bonds issues debt", () => {
    assert.deepEqual(read("Lambda raised $4 billion in bonds to fund its campus.", "en"), [
      ["debt_issuance", 4e9],
    ]);
    assert.deepEqual(read("Lambda a levé 4 milliards de dollars d'obligations pour son campus.", "fr"), [
      ["debt_issuance", 4e9],
    ]);
  });
});

describe("a loss said with a verb", () => {
  it("'could lose $N this year' is a net loss (EN)", () => {
    assert.deepEqual(read("Analysts say xAI could lose $13 billion this year.", "en"), [["net_loss", 13e9]]);
  });

  it("« devrait perdre N cette année » is a net loss (FR)", () => {
    assert.deepEqual(read("Anthropic devrait perdre 3 milliards de dollars cette année.", "fr"), [
      ["net_loss", 3e9],
    ]);
  });
});
