import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { keepingCapitals } from "./capitals.js";

describe("a case-insensitive pattern that keeps a name's capital", () => {
  const possessive = /share\s+of\s+\p{Lu}\p{L}*['’]s\s+revenue/iu;

  it("the i flag alone takes any word for a name", () => {
    assert.ok(possessive.test("share of today's revenue"));
  });

  it("matches its words in either case and a name only by its capital", () => {
    const pattern = keepingCapitals(possessive);
    assert.equal(pattern.flags, "u");
    assert.ok(pattern.test("Share Of Nvidia's REVENUE"));
    assert.ok(!pattern.test("share of today's revenue"));
  });

  it("folds the letters of classes, ranges and code-point escapes, never those of escapes or group names", () => {
    const pattern = keepingCapitals(/^(?<word>[a-cé]+)\u00e9\s\p{L}[^x]$/iu);
    assert.ok(pattern.test("aBÉé zY"));
    assert.ok(pattern.test("cÉ zy"));
    assert.ok(!pattern.test("cÉ zX"));
    assert.equal(pattern.exec("Ab\u00c9 q!")?.groups?.word, "Ab");
  });

  it("keeps the global and sticky flags", () => {
    assert.equal(keepingCapitals(/a/giuy).flags, "guy");
  });
});
