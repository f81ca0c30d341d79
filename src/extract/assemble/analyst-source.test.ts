import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const read = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => [c.entity, c.qualifier, c.attribution]);

describe("an analyst speaking about a company's figure: the firm is the source, the company the owner", () => {
  it("credits the firm of 'an analyst at X' and keeps the company named as subject (en)", () => {
    assert.deepEqual(
      read("Microsoft will spend $80 billion on data centers this year, said an analyst at Bernstein.", "en"),
      [["Microsoft", "estimated", "Bernstein"]],
    );
    assert.deepEqual(
      read(
        "Microsoft will spend $80 billion on data centers this year, said Jane Roe, an analyst at Bernstein.",
        "en",
      )[0]?.slice(0, 2),
      ["Microsoft", "estimated"],
    );
    assert.deepEqual(
      read("Microsoft will spend $80 billion on data centers this year, Bernstein analysts estimate.", "en"),
      [["Microsoft", "estimated", "Bernstein"]],
    );
  });

  it("credits the firm of « un analyste de X » (fr)", () => {
    assert.deepEqual(
      read("Microsoft dépensera 80 milliards de dollars cette année, estime un analyste de Bernstein.", "fr"),
      [["Microsoft", "estimated", "Bernstein"]],
    );
  });

  it("leaves the company's own plan, with no analyst, a target", () => {
    assert.deepEqual(
      read("Microsoft will spend $80 billion on data centers this year, it said.", "en")[0]?.[1],
      "target",
    );
  });
});
