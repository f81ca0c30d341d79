import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CLAUSE_BREAK, clauseBreaks, SUBCLAUSE_BREAK, subclauseBreaks } from "./clauses.js";

const SENTENCES = [
  "Le groupe a levé 2 milliards, selon la presse ; la startup, elle, vise 5 milliards et davantage.",
  "Its revenue rose to $4 billion (up 30%), while losses narrowed: the company and its lenders agreed.",
  "Nvidia investira 10 milliards tandis qu'AMD fournira des puces — sans autre détail.",
  "OpenAI vaut 500 milliards, tandis que Meta vise 2 GW alors qu’Anthropic attend et alors que Nvidia livre.",
  "No break at all in this one",
];

describe("clause breaks indexed once per sentence", () => {
  it("say whether a break lies within a stretch and where the first one starts, as the patterns do on slices", () => {
    const subclause = new RegExp(SUBCLAUSE_BREAK.source, "iu");
    for (const sentence of SENTENCES) {
      const text = `Avant. ${sentence}`;
      const start = "Avant. ".length;
      const breaks = clauseBreaks(text, start, text.length);
      const subclauses = subclauseBreaks(text, start, text.length);
      for (let a = start; a <= text.length; a++) {
        const rest = text.slice(a);
        const first = rest.search(CLAUSE_BREAK);
        assert.equal(breaks.firstFrom(a), first < 0 ? -1 : a + first, `${sentence} from ${a}`);
        const firstSub = rest.search(subclause);
        assert.equal(subclauses.firstFrom(a), firstSub < 0 ? -1 : a + firstSub, `${sentence} from ${a}`);
        for (let b = a; b <= text.length; b++) {
          const stretch = text.slice(a, b);
          assert.equal(breaks.within(a, b), CLAUSE_BREAK.test(stretch), `${JSON.stringify(stretch)}`);
          assert.equal(subclauses.within(a, b), subclause.test(stretch), `${JSON.stringify(stretch)}`);
        }
      }
      assert.equal(breaks.within(0, start), false, "before the sentence counts as its start");
      assert.equal(breaks.firstFrom(text.length + 5), -1);
    }
  });
});
