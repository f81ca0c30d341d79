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
