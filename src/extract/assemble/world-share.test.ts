import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract, ownerMetricValue } from "../../../test/support/claims.js";

describe("a region's share of a world total is no claim", () => {
  it("« détient 0,4 % des serveurs du monde, contre 70 % pour … » gives no stake (fr)", () => {
    const text =
      "« L'Asie détient aujourd'hui 0,4 % des serveurs d'IA du monde, contre 70 % pour l'Amérique du Nord », explique le patron de Crusoe.";
    assert.deepEqual(extract(text, "fr"), []);
  });

  it('"holds 5% of the world\'s compute, compared with 74% for …" gives no stake (en)', () => {
    const text =
      '"Europe holds just 5% of the world\'s AI compute, compared with 74% for the United States," said the Crusoe chief executive.';
    assert.deepEqual(extract(text, "en"), []);
  });

  it("a company's stake in another is kept (fr, en)", () => {
    assert.deepEqual(ownerMetricValue("Crusoe détient 12 % du capital de TeraWulf.", "fr"), [
      ["Crusoe", "equity_stake", 0.12],
    ]);
    assert.deepEqual(ownerMetricValue("Crusoe holds a 12% stake in TeraWulf.", "en"), [
      ["Crusoe", "equity_stake", 0.12],
    ]);
  });
});
