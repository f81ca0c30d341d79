import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader } from "../../test/support/claims.js";

const extract = claimReader("2026-03-10");

describe("qualifier: a plan named without a verb of planning is a target", () => {
  it("'in the works' and 'on the drawing board' put a figure ahead (EN, before or after it)", () => {
    assert.equal(
      at(extract("Kestrel Systems has a $4 billion campus in the works in Ohio."), 4e9).qualifier,
      "target",
    );
    assert.equal(
      at(extract("A 2-gigawatt site is in the works, Halvorn Labs said on Tuesday."), 2).qualifier,
      "target",
    );
    const board = extract("Halvorn Labs has a $12 billion chip plant on the drawing board for Arizona.");
    assert.equal(at(board, 12e9).qualifier, "target");
    const capacity = extract("Kestrel Systems said a further 1.5 GW of capacity was on the drawing board.");
    assert.equal(at(capacity, 1.5).qualifier, "target");
  });

  it("« en projet » and « dans les cartons » put a figure ahead (FR)", () => {
    const enProjet = extract(
      "Le groupe Volterra Compute a en projet un campus de 3 milliards d'euros près de Lyon.",
      "fr",
    );
    assert.equal(at(enProjet, 3e9).qualifier, "target");
    const cartons = extract(
      "La société Brisklane a dans les cartons un centre de données de 800 mégawatts en Bretagne.",
      "fr",
    );
    assert.equal(at(cartons, 0.8).qualifier, "target");
  });

  it("near misses: « projet » and 'works' as nouns, and a plan taken out of the boxes, are no plan", () => {
    const done = extract(
      "Le groupe Volterra Compute a achevé son projet de campus de 3 milliards d'euros près de Lyon.",
      "fr",
    );
    assert.notEqual(at(done, 3e9).qualifier, "target");
    const works = extract("Kestrel Systems finished the works on its $4 billion campus in Ohio last year.");
    assert.equal(at(works, 4e9).qualifier, "reported");
    const out = extract(
      "La société Brisklane a sorti des cartons un centre de données de 800 mégawatts, ouvert en 2025.",
      "fr",
    );
    assert.equal(at(out, 0.8).qualifier, "reported");
  });
});
