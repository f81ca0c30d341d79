import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { opensClauseAfterAnd } from "./clause-after-and.js";

/** Splits a sentence around its one bracketed name: the text before it and the text after it. */
const around = (sentence: string): [string, string] => {
  const match = /\[([^\]]+)\]/u.exec(sentence);
  if (!match) throw new Error(`no bracketed name in ${sentence}`);
  return [sentence.slice(0, match.index), sentence.slice(match.index + match[0].length)];
};
const opens = (sentence: string) => {
  const [before, after] = around(sentence);
  return opensClauseAfterAnd(before, /\[([^\]]+)\]/u.exec(sentence)![1]!, after);
};

describe("a name after 'and' with a finite verb of its own", () => {
  it("opens a clause after 'and', with or without a comma (en)", () => {
    assert.ok(opens("Harlow put $2 billion into Corvel and [Talvik] has pledged $1 billion."));
    assert.ok(opens("Harlow signed with Corvel, and [Talvik] agreed to add $500 million."));
    assert.ok(opens("Harlow backs Corvel and [Talvik] also holds a stake."));
  });

  it("opens a clause after « et » (fr)", () => {
    assert.ok(opens("Harlow a versé 2 milliards à Corvel et [Talvik] a ajouté 1 milliard."));
    assert.ok(opens("Harlow finance Corvel et [Talvik] s'est engagé à suivre."));
    assert.ok(opens("Harlow soutient Corvel et [Talvik] prévoient d'entrer au capital."));
  });

  it("near-misses: no verb after the name, or no 'and' before it (en, fr)", () => {
    assert.equal(opens("Harlow put $2 billion into Corvel and [Talvik] last spring."), false);
    assert.equal(opens("Harlow a investi dans Corvel et [Talvik] au printemps."), false);
    assert.equal(opens("Harlow put $2 billion into Corvel with [Talvik] has pledged more."), false);
    assert.equal(opens("Harlow put $2 billion into Corvel band [Talvik] has pledged more."), false);
    assert.equal(opens("Harlow invested in Corvel and [Talvik] Systems."), false);
    assert.equal(opens("Harlow détient 5 % de Corvel et [lui] a vendu des serveurs."), false);
    assert.equal(opens("Harlow finance Corvel et Talvik et [leur] apporte son réseau."), false);
  });
});
