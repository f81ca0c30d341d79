import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const owners = (text: string, language: "fr" | "en") =>
  extract(text, language, "2025-06-15").map((c) => `${c.entity} ${c.value.low ?? c.value.high}`);

describe("a plural subject with its member companies apposed acts as their group", () => {
  it("reads 'including', 'such as' lists as the owner (en)", () => {
    assert.deepEqual(
      owners(
        "Its earlier shareholders, including Amazon, Alphabet and Nvidia, have committed a further $450 million to this financing.",
        "en",
      ),
      ["Amazon+Alphabet+Nvidia 450000000"],
    );
    assert.deepEqual(
      owners(
        "Cloud groups such as Oracle and CoreWeave, flush with orders, will spend $40 billion on new sites next year.",
        "en",
      ),
      ["Oracle+CoreWeave 40000000000"],
    );
  });

  it("reads « dont », « parmi lesquels » lists as the owner (fr)", () => {
    assert.deepEqual(
      owners(
        "Les actionnaires historiques, dont Amazon, Ferrovane et Nvidia, ont déjà engagé plus de 700 millions de dollars.",
        "fr",
      ),
      ["Amazon+Ferrovane+Nvidia 700000000"],
    );
    assert.deepEqual(
      owners(
        "Les clients, parmi lesquels Oracle et Microsoft, investiront 12 milliards de dollars dans de nouveaux sites.",
        "fr",
      ),
      ["Oracle+Microsoft 12000000000"],
    );
  });

  it("makes no group of one member, nor of the parts of a named subject", () => {
    assert.ok(
      !owners(
        "Its earlier shareholders, including Amazon, have committed a further $250 million to this financing.",
        "en",
      ).some((o) => o.includes("+")),
    );
    assert.ok(
      !owners(
        "Alphabet, including Google and YouTube, will spend $75 billion on capital expenditures this year.",
        "en",
      ).some((o) => o.includes("+")),
    );
  });
});
