import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = (text: string, language: "fr" | "en", value: number) =>
  claimFields(["entity", "metric"], {
    published: "2026-02-05",
    where: (c) => (c.value.low ?? c.value.high) === value,
  })(text, language);

describe("a figure in an absolute 'with' clause", () => {
  it("belongs to the company the clause names, not the main clause's subject (en)", () => {
    const text =
      "Microsoft guided for $90 billion of capital expenditure in 2026, with analysts expecting Oracle to lift capital expenditure to about $48.5 billion.";
    assert.deepEqual(owners(text, "en", 48.5e9), [["Oracle", "capex"]]);
    assert.deepEqual(owners(text, "en", 90e9), [["Microsoft", "capex"]]);
  });

  it("leaves a clause that names no company to the main subject (en)", () => {
    const text =
      "Microsoft raised its capital expenditure guidance to $90 billion, with analysts expecting a further increase to about $95 billion.";
    assert.deepEqual(owners(text, "en", 95e9), [["Microsoft", "capex"]]);
  });

  it("does not read a French 'avec' complement as such a clause (fr)", () => {
    const text =
      "Microsoft a relevé ses dépenses d'investissement à 90 milliards de dollars, avec Oracle comme principal fournisseur de capacité.";
    assert.deepEqual(owners(text, "fr", 90e9), [["Microsoft", "capex"]]);
  });
});
