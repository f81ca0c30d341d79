import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract, skippedReasons } from "../../../test/support/claims.js";

const skipped = skippedReasons("2025-11-10");
const values = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => c.value.low ?? c.value.high);

describe("an exchange rate in a bracketed note", () => {
  it("is no claim, on either side of its equals sign (fr, en)", () => {
    const fr = "Le chiffre d'affaires de Brixon Data a atteint 9,1 billions de wons. (1 $ = 1 391,5000 wons)";
    assert.equal(skipped(fr, "fr").filter((r) => /exchange rate/.test(r)).length, 2);
    assert.deepEqual(values(fr, "fr"), [9.1e12]);
    const en = "Brixon Data's revenue rose to €9.1 billion. ($1 = 0.9150 euro)";
    assert.match(skipped(en, "en").join(), /exchange rate/);
    assert.deepEqual(values(en, "en"), [9.1e9]);
  });

  it("a conversion printed beside an amount stays a claim (fr, en)", () => {
    assert.deepEqual(
      values("Brixon Data a levé 7 milliards de dollars (6,4 milliards d'euros).", "fr"),
      [7e9, 6.4e9],
    );
    assert.deepEqual(values("Brixon Data raised $7 billion (€6.4 billion).", "en"), [7e9, 6.4e9]);
  });
});
