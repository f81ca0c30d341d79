import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { extractClaims } from "../index.js";
import { isFinanceLabel } from "../lexicon.js";
import { unknownCompanies } from "./unknown-names.js";

const owners = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-08-01", document: "d.txt" }).claims.map((c) => c.entity);

const found = (text: string) => {
  const gazetteer = defaultGazetteer();
  return unknownCompanies(text, findNames(text, gazetteer), gazetteer);
};

describe("finance acronyms and labels are never company names", () => {
  it("knows the labels as written, not words that share their letters", () => {
    assert.ok(
      isFinanceLabel("IPO") && isFinanceLabel("EPS") && isFinanceLabel("BPA") && isFinanceLabel("H1"),
    );
    assert.ok(!isFinanceLabel("Sam") && !isFinanceLabel("Ipsos"));
  });

  it("an IPO, an offering or a label is no company the name finders may find", () => {
    assert.deepEqual(found("The company priced its IPO at $40 a share, raising $1.5 billion."), []);
    assert.deepEqual(found("After the SPAC closed, the EBITDA of the group doubled."), []);
    assert.deepEqual(found("Son PDG a confirmé que l'OPA avait été lancée."), []);
  });

  it("the company keeps its figures beside the labels", () => {
    assert.deepEqual(owners("Zorvia Cloud priced its IPO at $31 a share, raising $900 million.", "en"), [
      "Zorvia Cloud",
      "Zorvia Cloud",
    ]);
    assert.deepEqual(owners("Zorvia Cloud's CFO said revenue reached $2 billion.", "en"), ["Zorvia Cloud"]);
    assert.deepEqual(
      owners("Selon le PDG, Zorvia Cloud a réalisé un chiffre d'affaires de 2 milliards d'euros.", "fr"),
      ["Zorvia Cloud"],
    );
  });

  it("a list of labelled figures is owned by no label", () => {
    const list = "- EPS: $0.74 (consensus $0.69)\n- Revenue: $2.1 billion";
    assert.ok(!owners(list, "en").some((o) => o === "EPS" || o === "Revenue"));
    const fr = "- BPA : 1,20 euro\n- Chiffre d'affaires : 3 milliards d'euros";
    assert.ok(!owners(fr, "fr").some((o) => o === "BPA"));
  });
});
