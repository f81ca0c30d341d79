import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { Language } from "../../core/index.js";
import { findQuantities } from "./find-quantities.js";
import { writeNumber } from "./write-number.js";

const close = (a: number | null | undefined, b: number): boolean =>
  a !== null && a !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-9;

/** Values as reports write them: up to seven integer digits and two decimals. */
const amount = fc
  .tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([int, cents, decimal]) => (decimal ? int + cents / 100 : int));

function single(text: string, language: Language) {
  const found = findQuantities(text, language);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return found[0]!;
}

describe("findQuantities — round trips", () => {
  it("French: decimal comma, any thousands space, 'milliards de dollars'", () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(" ", "\u00a0", "\u202f", ""), (value, group) => {
        const text = `Le groupe a annoncé ${writeNumber(value, "fr", { group })} milliards de dollars hier.`;
        const q = single(text, "fr");
        assert.ok(close(q.low, value * 1e9), `${text}: ${q.low}`);
        assert.equal(q.unit, "USD");
        assert.equal(q.bound, "exact");
      }),
      { numRuns: 300 },
    );
  });
  it("French: hedges and ranges keep the value", () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        fc.pre(a !== b);
        const text = `entre ${writeNumber(a, "fr")} et ${writeNumber(b, "fr")} millions d’euros`;
        const q = single(text, "fr");
        assert.equal(q.bound, "range");
        assert.ok(close(q.low, Math.min(a, b) * 1e6) && close(q.high, Math.max(a, b) * 1e6), text);
        assert.equal(q.unit, "EUR");
      }),
      { numRuns: 200 },
    );
  });
  it("English: '$x billion', 'x bn', '$xB'", () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom("$x billion", "x bn", "$xB", "about $x billion"),
        (value, shape) => {
          const text = `The company said ${shape.replace("x", writeNumber(value, "en"))} on Monday.`;
          const q = single(text, "en");
          assert.ok(close(shape.startsWith("about") ? q.low : q.low, value * 1e9), `${text}: ${q.low}`);
          assert.equal(q.unit, shape.includes("$") ? "USD" : null);
          assert.equal(q.bound, shape.startsWith("about") ? "approx" : "exact");
        },
      ),
      { numRuns: 300 },
    );
  });
  it("the same figure written French or English gives the same quantity", () => {
    fc.assert(
      fc.property(amount, (value) => {
        const fr = single(`${writeNumber(value, "fr", { group: "\u202f" })} milliards de dollars`, "fr");
        const en = single(`$${writeNumber(value, "en")} billion`, "en");
        assert.ok(close(fr.low, en.low ?? Number.NaN));
        assert.equal(fr.unit, en.unit);
      }),
      { numRuns: 200 },
    );
  });
  it("a vague amount at the very end of the text never reads a scale from before it", () => {
    const [found] = findQuantities(" milliards plus de centaines", "fr");
    assert.ok(found && found.span.start <= found.span.end, JSON.stringify(found?.span));
    assert.equal(found?.high, 1000);
  });
  it("never throws and never returns overlapping or out-of-order spans", () => {
    const alphabet = fc.constantFrom(
      ..."0123456789 ,.$€%-–+~".split(""),
      " milliards",
      " de dollars",
      " entre ",
      " et ",
      " plus de ",
      " billion",
      " GW",
      " des ",
      " centaines",
      "\u00a0",
      "\u202f",
      " un ",
      "’",
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }),
        fc.constantFrom<Language>("fr", "en"),
        (parts, lang) => {
          const text = parts.join("");
          const found = findQuantities(text, lang);
          let last = 0;
          for (const q of found) {
            assert.ok(q.span.start >= last && q.span.end > q.span.start && q.span.end <= text.length, text);
            assert.ok(q.numberSpan.start >= q.span.start && q.numberSpan.end <= q.span.end, text);
            if (q.bound === "range") assert.ok(q.low !== null && q.high !== null && q.low < q.high, text);
            if (q.bound === "exact" || q.bound === "approx") assert.equal(q.low, q.high, text);
            last = q.span.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Inputs whose cost grew faster than their length in earlier versions of the number finder. */
const LONG_SHAPES: [string, string, "fr" | "en"][] = [
  ["groups", "1 000 000 milliards ", "fr"],
  ["entre", "entre 1 et ", "fr"],
  ["spelled", "deux cent mille ", "fr"],
  ["en", "between 1 and ", "en"],
];

describe("findQuantities — long inputs", () => {
  // Timing 1× against 4× input belongs to a bench (bench/linearity.ts); here, what can be counted:
  // 1 MB of each shape is read through, and 4 MB yields four times the quantities.
  it("1 MB and 4 MB of digit groups and scale words, or of 'entre 1 et', are read through", () => {
    const MB = 1 << 20;
    const make = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    for (const [name, unit, lang] of LONG_SHAPES) {
      const one = findQuantities(make(unit, MB), lang).length;
      const four = findQuantities(make(unit, 4 * MB), lang).length;
      assert.ok(one > 0, `${name}: nothing found`);
      assert.ok(Math.abs(four / one - 4) < 0.05, `${name}: ${one} quantities in 1 MB, ${four} in 4 MB`);
    }
  });
});
