import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { unknownCompanies } from "./unknown-names.js";

const unknown = (text: string) =>
  unknownCompanies(text, findNames(text, defaultGazetteer()), defaultGazetteer());

const owners = claimFields(["entity", "metric", "value"]);
const parties = claimFields(["entity", "counterparty", "value"]);

describe("a company the gazetteer does not know, found by how the sentence speaks of it", () => {
  it("says something of itself as 'it' (en)", () => {
    assert.deepEqual(unknown("Quorvia said on Monday it would deploy 20,000 GPUs in Ohio."), ["Quorvia"]);
    assert.deepEqual(unknown("Talmic announced that its revenue doubled."), ["Talmic"]);
    assert.deepEqual(owners("Quorvia said on Monday it would deploy 20,000 GPUs in Ohio by 2026.", "en"), [
      ["Quorvia", "gpu_count", 20000],
    ]);
  });

  it("runs a business in a relative clause (en, fr)", () => {
    assert.deepEqual(unknown("Brenlow, which operates three sites in Texas, expects growth."), ["Brenlow"]);
    assert.deepEqual(unknown("Talmic, qui exploite trois centres de données, vise la Bourse."), ["Talmic"]);
    assert.deepEqual(
      owners("Talmic, qui exploite trois sites, vise 2 gigawatts de capacité en 2028.", "fr"),
      [["Talmic", "datacenter_capacity", 2]],
    );
  });

  it("has an executive named after it (en)", () => {
    assert.deepEqual(unknown("Quorvia CEO Jane Roe said the company was growing."), ["Quorvia"]);
    assert.deepEqual(unknown("Talmic's chief executive expects more demand."), ["Talmic"]);
  });

  it("is the other party to a deal or a contract (en, fr)", () => {
    assert.deepEqual(unknown("Microsoft signed a $9.7 billion deal with Quorvia for chips."), ["Quorvia"]);
    assert.deepEqual(unknown("Meta a conclu un contrat de 3 milliards de dollars avec la société Talmic."), [
      "Talmic",
    ]);
  });

  it("has shares that trade (en, fr)", () => {
    assert.deepEqual(unknown("Shares of Brenlow rose 12% on the news."), ["Brenlow"]);
    assert.deepEqual(unknown("Quorvia shares jumped 8% on Tuesday."), ["Quorvia"]);
    assert.deepEqual(unknown("L'action Talmic a bondi de 12 % mardi."), ["Talmic"]);
  });

  it("leases or supplies capacity, as the supplier to the user (en, fr)", () => {
    assert.deepEqual(
      parties("Quorvia will lease 300 megawatts of capacity to Amazon under a 15-year deal.", "en"),
      [["Amazon", "Quorvia", 0.3]],
    );
    assert.deepEqual(parties("Talmic louera 300 mégawatts de capacité à Amazon pendant quinze ans.", "fr"), [
      ["Amazon", "Talmic", 0.3],
    ]);
  });
});

describe("a cue of how the sentence speaks leaves alone", () => {
  it("people, places and sentence openers (en, fr)", () => {
    assert.deepEqual(unknown("John Carver said on Monday it was a good year."), []);
    assert.deepEqual(unknown("Texas, which hosts many data centres, said its grid was ready."), []);
    assert.deepEqual(unknown("The company said it would build more."), []);
    assert.deepEqual(unknown("Le ministre a signé un accord avec la France."), []);
  });
});
