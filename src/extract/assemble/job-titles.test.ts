import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { namesAPostField, POST_HELD_AT } from "./job-titles.js";

const field = (text: string, name: string) => namesAPostField(text, name, text.indexOf(name));
const heldAt = (text: string) => [...text.matchAll(POST_HELD_AT)].map((m) => m[1]);

describe("a job title's field and the company it is held at", () => {
  it("reads the capitalised words after a title as its field when a company holds the post", () => {
    assert.ok(
      field("Jane Roe, Vice-President of Global Data Centers at Velorine, said", "Global Data Centers"),
    );
    assert.ok(field("said John Poe, Head of Cloud Infrastructure at Pellaro.", "Cloud Infrastructure"));
    assert.ok(
      field("Marie Lenoir, directrice des Opérations Mondiales chez Quarkon, a dit", "Opérations Mondiales"),
    );
    assert.ok(
      field(
        "Paul Girard, responsable de Digital Infrastructure au sein de Korvex, a dit",
        "Digital Infrastructure",
      ),
    );
    assert.ok(
      field("Halvard Inc's Vice-President of Global Data Centers, Jane Roe, said", "Global Data Centers"),
    );
    assert.ok(field("la directrice des Opérations Mondiales de Korvex SAS a dit", "Opérations Mondiales"));
  });

  it("keeps a company a title names with no company after it", () => {
    assert.ok(!field("Jane Roe, director of Halvard Data Centers, said", "Halvard Data Centers"));
    assert.ok(!field("the chief executive of Talvane Energy since 2021", "Talvane Energy"));
    assert.ok(!field("Velorine bought Global Data Centers at a discount.", "Global Data Centers"));
  });

  it("finds the company after at, chez, au sein de", () => {
    assert.deepEqual(heldAt("Jane Roe, Vice-President of Global Data Centers at Velorine, said"), [
      "Velorine",
    ]);
    assert.deepEqual(heldAt("Marie Lenoir, directrice des opérations chez Quarkon, a dit"), ["Quarkon"]);
    assert.deepEqual(heldAt("Paul Girard, responsable des achats au sein de Korvex, a dit"), ["Korvex"]);
    assert.deepEqual(heldAt("Velorine sold chips at Lisbon prices."), []);
  });
});
