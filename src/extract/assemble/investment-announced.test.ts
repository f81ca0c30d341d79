import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const qualifiers = claimFields(["entity", "metric", "qualifier"], { published: "2025-11-06" });

describe("an amount a company announces putting into a place or a project", () => {
  it("is committed, told in the present or the future (fr)", () => {
    assert.deepEqual(qualifiers("Oracle investit 6 milliards d'euros en Espagne dans deux campus.", "fr"), [
      ["Oracle", "capex", "commitment"],
    ]);
    assert.deepEqual(qualifiers("Oracle consacrera 6 milliards d'euros à ses campus espagnols.", "fr"), [
      ["Oracle", "capex", "commitment"],
    ]);
  });

  it("is committed when a company brings or stakes it on another (fr)", () => {
    assert.deepEqual(
      qualifiers("Oracle apporte 2 milliards de dollars à Zorbex.", "fr")[0]?.[2],
      "commitment",
    );
    assert.deepEqual(
      qualifiers("Oracle mise 2 milliards de dollars sur Zorbex.", "fr")[0]?.[2],
      "commitment",
    );
  });

  it("is committed, told in the present or the future (en)", () => {
    assert.deepEqual(qualifiers("Oracle is pouring $6 billion into two campuses in Spain.", "en"), [
      ["Oracle", "capex", "commitment"],
    ]);
  });

  it("stays a plan after a word of plan or purpose", () => {
    assert.deepEqual(qualifiers("Oracle prévoit d'investir 6 milliards d'euros en Espagne.", "fr"), [
      ["Oracle", "capex", "target"],
    ]);
    assert.notDeepEqual(
      qualifiers("Oracle launched a scheme meant to mobilise $6 billion for campuses in Spain.", "en"),
      [["Oracle", "capex", "commitment"]],
    );
  });
});
