/**
 * Time against input size, where tests count instead: findQuantities over 1 MB and 4 MB of the
 * shapes that once grew faster than their length, then extractClaims over 12 KB and 48 KB of long
 * sentences, clause chains, lists and nesting (the shapes the tests count steps of). Prints the
 * best of 3 per size and the 4×/1× ratio (about 4 when linear, 16 when quadratic).
 *
 *   npm run build && node dist/bench/linearity.js
 */
import { extractClaims } from "../src/extract/index.js";
import { findQuantities } from "../src/extract/numbers/find-quantities.js";
import { HOSTILE_TEXT_SHAPES, LINEAR_SHAPES, type TextShape, textOf } from "../test/support/text-shapes.js";

const MB = 1 << 20;
const SHAPES: [string, string, "fr" | "en"][] = [
  ["groups", "1 000 000 milliards ", "fr"],
  ["entre", "entre 1 et ", "fr"],
  ["spelled", "deux cent mille ", "fr"],
  ["en", "between 1 and ", "en"],
];

function bestOf3(text: string, lang: "fr" | "en"): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    findQuantities(text, lang);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

console.log("shape      1 MB ms   4 MB ms   4×/1×");
for (const [name, unit, lang] of SHAPES) {
  const make = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const one = bestOf3(make(MB), lang);
  const four = bestOf3(make(4 * MB), lang);
  console.log(
    `${name.padEnd(9)} ${one.toFixed(0).padStart(8)} ${four.toFixed(0).padStart(9)} ${(four / one).toFixed(1).padStart(7)}`,
  );
}

function extractionBestOf3(shape: TextShape, size: number): number {
  const text = textOf(shape, size);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    extractClaims({ text, language: shape.language, published: "2025-10-01", document: shape.name });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

console.log("\nextraction                                   12 KB ms  48 KB ms   4×/1×");
for (const shape of [...LINEAR_SHAPES, ...HOSTILE_TEXT_SHAPES]) {
  const one = extractionBestOf3(shape, 12 * 1024);
  const four = extractionBestOf3(shape, 48 * 1024);
  console.log(
    `${shape.name.padEnd(44)} ${one.toFixed(0).padStart(8)} ${four.toFixed(0).padStart(9)} ${(four / one).toFixed(1).padStart(7)}`,
  );
}
