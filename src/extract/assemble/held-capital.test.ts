import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const stakes = (text: string, language: "fr" | "en") =>
  extract(`Titre\n\n${text}`, language)
    .filter((c) => c.metric === "equity_stake")
    .map((c) => `${c.entity} → ${c.counterparty} ${c.value.low ?? c.value.high}`);

describe("a stake written as a share of another company's capital ('11 % du capital d'OpenAI')", () => {
  it("is held by the subject, in the company whose capital it is (fr)", () => {
    assert.deepEqual(stakes("SoftBank détient désormais 11 % du capital d'OpenAI.", "fr"), [
      "SoftBank → OpenAI 0.11",
    ]);
    assert.deepEqual(stakes("Oracle pourrait acquérir jusqu'à 10 % du capital d'AMD.", "fr"), [
      "Oracle → AMD 0.1",
    ]);
  });

  it("is held by the subject, in the company whose shares they are (en)", () => {
    assert.deepEqual(stakes("Nvidia holds 4% of the shares of Intel.", "en"), ["Nvidia → Intel 0.04"]);
  });
});

describe("money paid to enter a company's capital ('pour entrer au capital d'Intel')", () => {
  const investments = (text: string, language: "fr" | "en") =>
    extract(text, language)
      .filter((c) => c.metric === "investment")
      .map((c) => `${c.entity} → ${c.counterparty} ${c.value.low}`);

  it("is the payer's investment in the company whose capital it is (fr)", () => {
    assert.deepEqual(
      investments(
        "Nvidia a payé 5 milliards de dollars pour entrer au capital d'Intel, a indiqué le groupe jeudi.",
        "fr",
      ),
      ["Nvidia → Intel 5000000000"],
    );
  });

  it("is the payer's investment in the company whose equity it is (en)", () => {
    assert.deepEqual(investments("Nvidia invested $5 billion in the equity of Intel.", "en"), [
      "Nvidia → Intel 5000000000",
    ]);
  });
});

describe("a stake after « dont » with a subject of its own ('dont il détient 27 %')", () => {
  const stakesOf = (text: string, language: "fr" | "en") =>
    extract(text, language)
      .filter((c) => c.metric === "equity_stake")
      .map((c) => `${c.entity} → ${c.counterparty} ${c.value.low}`);

  it("is held by that subject, in the company « dont » stands for (fr)", () => {
    assert.deepEqual(
      stakesOf("Microsoft a injecté 13 milliards de dollars dans OpenAI, dont il détient 27 %.", "fr"),
      ["Microsoft → OpenAI 0.27"],
    );
  });

  it("is held by that subject, in the company 'of which' stands for (en)", () => {
    assert.deepEqual(stakesOf("Microsoft has put $13 billion into OpenAI, of which it owns 27%.", "en"), [
      "Microsoft → OpenAI 0.27",
    ]);
  });
});

describe("a company said to be held at a share by its owners ('détenue à 30 % par', 'owned 30% by')", () => {
  const stakeValues = (text: string, language: "fr" | "en") =>
    extract(`Titre\n\n${text}`, language)
      .filter((c) => c.metric === "equity_stake")
      .map((c) => c.value.low ?? c.value.high);

  it("is a stake, in both word orders (fr)", () => {
    assert.deepEqual(stakeValues("La nouvelle société sera détenue à 35 % par Equinix.", "fr"), [0.35]);
    assert.deepEqual(
      stakeValues("Détenue à hauteur de 49 % par Oracle, la coentreprise exploitera le site.", "fr"),
      [0.49],
    );
  });

  it("is a stake, before or after the share (en)", () => {
    assert.deepEqual(stakeValues("The venture will be owned 40% by Brookfield.", "en"), [0.4]);
    assert.deepEqual(stakeValues("The 25%-owned affiliate is run by Nvidia.", "en"), [0.25]);
  });
});
