import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimValues, skippedReasons } from "../../../test/support/claims.js";

const values = claimValues("2025-11-15");
const skipped = skippedReasons("2025-11-15");

describe("figures of an earlier era given as a yardstick (CLAIMS.md §8)", () => {
  it("a figure set in the dot-com bubble or the railway boom is no claim", () => {
    const en =
      "Nvidia invested $5 billion in Intel. During the dot-com bubble, telecom carriers poured more than $500 billion into fibre networks.";
    assert.deepEqual(values(en, "en"), [5e9]);
    assert.match(skipped(en, "en").join("\n"), /a figure of an earlier era/);
    assert.deepEqual(
      values(
        "Alphabet raised its capex guidance to $91 billion. At the height of the railway mania, British lines absorbed about 7% of national output.",
        "en",
      ),
      [91e9],
    );
    assert.deepEqual(
      values(
        "Nvidia a investi 5 milliards de dollars dans Intel. Lors de la bulle internet, les opérateurs avaient investi plus de 500 milliards de dollars dans la fibre.",
        "fr",
      ),
      [5e9],
    );
  });

  it("a figure dated to a decade or a year long past is no claim", () => {
    assert.deepEqual(
      values(
        "Oracle sold $18 billion of bonds. Back in 2000, Cisco was worth $550 billion before its collapse.",
        "en",
      ),
      [18e9],
    );
    assert.deepEqual(
      values(
        "Microsoft va investir 10 milliards d'euros au Portugal. À la fin des années 1990, Lucent valait 250 milliards de dollars en Bourse.",
        "fr",
      ),
      [10e9],
    );
  });

  it("today's figure set against the era, or a company founded long ago, is still a claim", () => {
    assert.deepEqual(
      values("Unlike the dot-com bubble, Microsoft funds its $80 billion of capex from cash.", "en"),
      [80e9],
    );
    assert.deepEqual(values("IBM, founded in 1911, will invest $150 billion in the US.", "en"), [150e9]);
    assert.deepEqual(
      values("Railway, a cloud start-up, raised $100 million in a Series B round.", "en"),
      [100e6],
    );
  });
});
